#!/usr/bin/env node
// `npm run size`: raw (the bundle is minified), gzip and brotli bytes of every file in dist/ that users load.
// With --check, fails when a file is over its budget (deterministic: the same build gives the
// same bytes, so the budget may fail a test run).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Gzip budgets in bytes (1 KB = 1000 bytes, as browsers' devtools count). */
export const BUDGETS = { 'dist/itc-status.js': 12_000 };

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function measure(path) {
  const bytes = readFileSync(path);
  return {
    file: relative(process.cwd(), path),
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (!existsSync('dist/itc-status.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// What users load: the pasted bundle, and the ES modules an application imports (not types, not the CLI).
const files = ['dist/itc-status.js', ...filesUnder('dist/esm').filter((f) => f.endsWith('.js'))];
const rows = files.map(measure);
const esm = rows.slice(1).reduce((sum, r) => ({ minified: sum.minified + r.minified, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), { minified: 0, gzip: 0, brotli: 0 });

const pad = (value, width) => String(value).padStart(width);
console.log(`${'file'.padEnd(44)} ${pad('bytes', 9)} ${pad('gzip', 7)} ${pad('brotli', 7)}  budget (gzip)`);
for (const r of rows) {
  const budget = BUDGETS[r.file];
  const verdict = budget ? `${budget} ${r.gzip <= budget ? 'ok' : 'OVER'}` : '';
  console.log(`${r.file.padEnd(44)} ${pad(r.minified, 9)} ${pad(r.gzip, 7)} ${pad(r.brotli, 7)}  ${verdict}`);
}
console.log(`${'dist/esm (sum of files, Lit external)'.padEnd(44)} ${pad(esm.minified, 9)} ${pad(esm.gzip, 7)} ${pad(esm.brotli, 7)}`);

if (process.argv.includes('--check')) {
  const over = rows.filter((r) => BUDGETS[r.file] && r.gzip > BUDGETS[r.file]);
  for (const r of over) console.error(`Over budget: ${r.file} is ${r.gzip} bytes gzip, budget ${BUDGETS[r.file]}.`);
  process.exit(over.length > 0 ? 1 : 0);
}
