#!/usr/bin/env node
// `npm run size:modules`: what each module adds to dist/itc-status.js after tree-shaking,
// minified and gzipped on its own (an estimate: gzip of the whole bundle is smaller than the
// sum). Shows where bytes go before trimming anything.
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { bundleResolve } from '../rollup.config.mjs';

const bundle = await rollup({
  input: 'src/itc-status.ts',
  plugins: [bundleResolve(), typescript({ tsconfig: './tsconfig.build.json', compilerOptions: { declaration: false, noEmit: false, outDir: undefined } })],
});
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();
const rows = [];
for (const [id, module] of Object.entries(output[0].modules)) {
  if (!module.code?.trim()) continue;
  const { code = '' } = await minify(module.code, { module: false, toplevel: false, compress: { passes: 2, unused: false, toplevel: false } });
  const name = id.replace(/^.*node_modules\//, '').replace(process.cwd() + '/', '').replace(/\.(js|ts)$/, '');
  rows.push({ name, minified: code.length, gzip: gzipSync(code, { level: 9 }).length });
}
rows.sort((a, b) => b.gzip - a.gzip);
const group = (prefix) => rows.filter((r) => r.name.startsWith(prefix)).reduce((s, r) => s + r.gzip, 0);
console.log(`${'module'.padEnd(60)} ${'min'.padStart(7)} ${'gzip'.padStart(6)}`);
for (const r of rows) console.log(`${r.name.padEnd(60)} ${String(r.minified).padStart(7)} ${String(r.gzip).padStart(6)}`);
console.log(`\ngzip by area (sum of modules): lit ${group('lit') + group('@lit')}, core ${group('src/core')}, data ${group('src/data')}, components ${group('src/components')}`);
