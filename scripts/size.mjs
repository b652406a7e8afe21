#!/usr/bin/env node
// `npm run size`: raw (the bundle is minified), gzip and brotli bytes of every file in dist/ that users load
// (the bundle, its form and calendar parts, the ES modules), and what a page with a form loads.
// With --check, fails when a file is over its ceiling (deterministic: the same build gives the
// same bytes, so the check may fail a test run).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { CALENDAR_PART_FILE, PART_FILE, calendarPartFilesIn, partFilesIn } from './rollup-parts.mjs';

const PART_FILE_IN_DIST = new RegExp('^dist/' + PART_FILE.source.slice(1));
const CALENDAR_PART_IN_DIST = new RegExp('^dist/' + CALENDAR_PART_FILE.source.slice(1));

/** The sign-up form's part of the pasted bundle, by the name this script shows for it. */
export const FORM_PART = 'dist/itc-subscribe.<hash>.js';
/** The calendar file's part (loaded on "Lägg till i kalender"), likewise. */
export const CALENDAR_PART = 'dist/itc-calendar.<hash>.js';

/**
 * Gzip targets in bytes (1 KB = 1000 bytes, as browsers' devtools count), for files that should
 * shrink to one. None today: the 12 KB target of the pasted bundle is retired, because the features
 * it would cost (validation of untrusted documents, DST-correct times without Intl's start-up,
 * cross-tab polling, the last good state) matter more to staff; the ceilings hold instead.
 */
export const TARGETS = {};

/**
 * Gzip ceilings that --check enforces: the pasted bundle and the form's part, their sizes when the
 * ceiling was set, plus a little. No file can grow unnoticed; code that few pages need is loaded on
 * demand (the form's and the calendar's parts) instead of raising them.
 */
export const CEILINGS = { 'dist/itc-status.js': 16_600, [FORM_PART]: 4_800 };

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function measure(path) {
  const bytes = readFileSync(path);
  return {
    file: relative(process.cwd(), path).replace(PART_FILE_IN_DIST, FORM_PART).replace(CALENDAR_PART_IN_DIST, CALENDAR_PART),
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// Run as a command (not when imported by the benchmark).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

function main() {
  if (!existsSync('dist/itc-status.js')) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }

  // What users load: the pasted bundle and its parts, and the ES modules an application
  // imports (not types, not the CLI).
  const form = partFilesIn('dist');
  const calendar = calendarPartFilesIn('dist');
  const files = ['dist/itc-status.js', ...form, ...calendar, ...filesUnder('dist/esm').filter((f) => f.endsWith('.js'))];
  const rows = files.map(measure);
  const esm = rows.slice(1 + form.length + calendar.length).reduce((sum, r) => ({ minified: sum.minified + r.minified, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), { minified: 0, gzip: 0, brotli: 0 });

  const pad = (value, width) => String(value).padStart(width);
  console.log(`${'file'.padEnd(44)} ${pad('bytes', 9)} ${pad('gzip', 7)} ${pad('brotli', 7)}  target / ceiling (gzip)`);
  for (const r of rows) {
    const target = TARGETS[r.file];
    const ceiling = CEILINGS[r.file];
    const verdict =
      (target ? `${target} ${r.gzip <= target ? 'met' : `missed by ${r.gzip - target}`}` : '') +
      (ceiling ? `${target ? ' / ' : ''}${ceiling} ${r.gzip <= ceiling ? 'ok' : 'OVER'}` : '');
    console.log(`${r.file.padEnd(44)} ${pad(r.minified, 9)} ${pad(r.gzip, 7)} ${pad(r.brotli, 7)}  ${verdict}`);
  }
  if (form.length) {
    const [bundle, part] = rows;
    console.log(`${'a page with a form (bundle + form part)'.padEnd(44)} ${pad(bundle.minified + part.minified, 9)} ${pad(bundle.gzip + part.gzip, 7)} ${pad(bundle.brotli + part.brotli, 7)}`);
  }
  console.log(`${'dist/esm (sum of files, Lit external)'.padEnd(44)} ${pad(esm.minified, 9)} ${pad(esm.gzip, 7)} ${pad(esm.brotli, 7)}`);

  if (process.argv.includes('--check')) {
    if (form.length != 1) console.error(`Expected one form part beside the bundle (${FORM_PART}), found ${form.length}.`);
    if (calendar.length != 1) console.error(`Expected one calendar part beside the bundle (${CALENDAR_PART}), found ${calendar.length}.`);
    // The ceiling where a file has one, else its target.
    const limit = (file) => CEILINGS[file] ?? TARGETS[file] ?? Infinity;
    const over = rows.filter((r) => r.gzip > limit(r.file));
    for (const r of over) console.error(`Too big: ${r.file} is ${r.gzip} bytes gzip, limit ${limit(r.file)}${TARGETS[r.file] ? ` (target ${TARGETS[r.file]})` : ''}.`);
    process.exit(over.length > 0 || form.length != 1 || calendar.length != 1 ? 1 : 0);
  }
}
