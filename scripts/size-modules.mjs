#!/usr/bin/env node
// Where the pasted bundle's bytes come from: minified bytes per source module and per area
// (esbuild metafile of the same entry, production Lit). A guide for trimming; gzip of parts
// does not add up to gzip of the whole, so the whole is measured too.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const result = await build({
  entryPoints: ['src/itc-status.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  metafile: true,
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  ignoreAnnotations: true, // the package's sideEffects field names dist/ files, not src/
  outfile: 'size-modules.js',
});
const [output] = Object.values(result.metafile.outputs);
const rows = Object.entries(output.inputs).map(([file, { bytesInOutput }]) => [file.replace(/^node_modules\//, ''), bytesInOutput]);
const area = (file) => (file.startsWith('src/') ? file.split('/').slice(0, file.startsWith('src/components/') ? 3 : 2).join('/') : file.split('/')[0].startsWith('@') ? file.split('/').slice(0, 2).join('/') : file.split('/')[0]);
const areas = {};
for (const [file, bytes] of rows) areas[area(file)] = (areas[area(file)] ?? 0) + bytes;
console.log('minified bytes by area:');
for (const [name, bytes] of Object.entries(areas).sort((a, b) => b[1] - a[1])) console.log(`  ${String(bytes).padStart(7)}  ${name}`);
console.log('\nminified bytes by module:');
for (const [file, bytes] of rows.sort((a, b) => b[1] - a[1])) if (bytes > 0) console.log(`  ${String(bytes).padStart(7)}  ${file}`);
const code = result.outputFiles[0].contents;
console.log(`\nwhole (esbuild): ${code.length} bytes, ${gzipSync(code, { level: 9 }).length} gzip`);
