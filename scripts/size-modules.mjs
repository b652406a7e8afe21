#!/usr/bin/env node
// Where the pasted bundle's bytes come from: minified bytes per source module and per area
// (esbuild metafile of the same entries, production Lit), for the bundle and for the form's part
// (loaded on demand, Lit taken from the bundle). A guide for trimming; gzip of parts does not add
// up to gzip of the whole, so each whole is measured too (`npm run size` is the budget's measure).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { calendarFileStandIn } from './rollup-parts.mjs';

/** The bundle imports each part's file name and hash from the build (scripts/rollup-parts.mjs): a stand-in here. */
const partStandIn = {
  name: 'part-stand-in',
  setup(builder) {
    builder.onResolve({ filter: /^itc-status:(subscribe|calendar)-part$/ }, (args) => ({ path: args.path, namespace: 'part' }));
    builder.onLoad({ filter: /.*/, namespace: 'part' }, () => ({ contents: 'export default { file: "", integrity: "" };', loader: 'js' }));
  },
};

/** As in the rollup build (calendarOnDemand): the calendar button gets its file from the calendar part. */
const calendarOnDemand = {
  name: 'calendar-on-demand',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/calendar-file\.js$/ }, (args) => {
      const standIn = calendarFileStandIn(args.path, args.importer);
      return standIn ? { path: standIn } : undefined;
    });
  },
};

async function measure(label, entry, external = []) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    metafile: true,
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    ignoreAnnotations: true, // the package's sideEffects field names dist/ files, not src/
    outfile: 'size-modules.js',
    external,
    plugins: [partStandIn, calendarOnDemand],
  });
  const [output] = Object.values(result.metafile.outputs);
  const rows = Object.entries(output.inputs).map(([file, { bytesInOutput }]) => [file.replace(/^node_modules\//, ''), bytesInOutput]);
  const area = (file) =>
    file.startsWith('src/')
      ? file.split('/').slice(0, file.startsWith('src/components/') ? 3 : 2).join('/')
      : file.split('/')[0].startsWith('@')
        ? file.split('/').slice(0, 2).join('/')
        : file.split('/')[0];
  const areas = {};
  for (const [file, bytes] of rows) areas[area(file)] = (areas[area(file)] ?? 0) + bytes;
  console.log(`${label} (${entry})\n\nminified bytes by area:`);
  for (const [name, bytes] of Object.entries(areas).sort((a, b) => b[1] - a[1])) console.log(`  ${String(bytes).padStart(7)}  ${name}`);
  console.log('\nminified bytes by module:');
  for (const [file, bytes] of rows.sort((a, b) => b[1] - a[1])) if (bytes > 0) console.log(`  ${String(bytes).padStart(7)}  ${file}`);
  const code = result.outputFiles[0].contents;
  console.log(`\nwhole (esbuild): ${code.length} bytes, ${gzipSync(code, { level: 9 }).length} gzip\n`);
}

await measure('The pasted bundle', 'src/itc-status.ts');
await measure("The form's part (Lit comes from the bundle)", 'src/define/itc-subscribe.ts', ['lit']);
