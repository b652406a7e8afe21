#!/usr/bin/env node
// Subresource Integrity for the pasted bundle: writes the SHA-384 of dist/itc-status.js to
// dist/itc-status.js.sri (one line, "sha384-…") so that every build publishes the value sites
// put in <script integrity>. Run by `npm run build` after rollup.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/itc-status.js', import.meta.url));

/** The SRI value of `bytes`: "sha384-" and the base64 digest. */
export function integrityOf(bytes) {
  return 'sha384-' + createHash('sha384').update(bytes).digest('base64');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const integrity = integrityOf(readFileSync(bundle));
  writeFileSync(bundle + '.sri', integrity + '\n');
  console.log(`dist/itc-status.js ${integrity}`);
}
