// Rollup plugin for the pasted bundle: builds the sign-up form (src/define/itc-subscribe.ts) as a
// part of its own, which the bundle loads only on pages that have an <itc-subscribe>
// (src/bundle/subscribe-on-demand.ts). The part takes Lit from the bundle, so a page still runs
// one Lit. It is written beside the bundle as itc-subscribe.<hash>.js: a new build never meets an
// old bundle in a cache. The bundle gets its file name and SHA-384 through the module
// "itc-status:subscribe-part".
import { rollup } from 'rollup';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { integrityOf } from './sri.mjs';

const MODULE = 'itc-status:subscribe-part';
const ENTRY = 'src/define/itc-subscribe.ts';
/** What src/bundle/subscribe-on-demand.ts hands the part from its Lit: the part may import nothing else from 'lit'. */
const LIT_HANDED_OVER = ['LitElement', 'css', 'html', 'nothing'];
/** The part's files: its name carries the first characters of its hash. */
export const PART_FILE = /^itc-subscribe\.[\w-]{8}\.js$/;

/** The paths of the form's part files in `dir` (one after a build). */
export const partFilesIn = (dir) => readdirSync(dir).filter((name) => PART_FILE.test(name)).map((name) => join(dir, name));

/**
 * `plugins`: the bundle's own plugins (TypeScript, template minifier, terser), made fresh for the part.
 * The part's imports from 'lit' are read from the object the bundle puts under Symbol.for('itc-status.lit').
 */
export function subscribePart(plugins) {
  let part;
  return {
    name: 'subscribe-part',
    resolveId: (id) => (id === MODULE ? '\0' + MODULE : null),
    async load(id) {
      if (id !== '\0' + MODULE) return null;
      const build = await rollup({ input: ENTRY, external: ['lit'], onwarn: (warning, warn) => warn(warning), plugins: plugins() });
      const { output } = await build.generate({ format: 'iife', globals: { lit: 'globalThis[Symbol.for("itc-status.lit")]' } });
      await build.close();
      // A name the bundle does not hand over would be undefined in the part, and fail only in a browser.
      const missing = (output[0].importedBindings.lit ?? []).filter((name) => !LIT_HANDED_OVER.includes(name));
      if (missing.length) this.error(`${ENTRY} imports ${missing.map((name) => `"${name}"`).join(', ')} from 'lit': hand it over in src/bundle/subscribe-on-demand.ts and list it in LIT_HANDED_OVER`);
      const code = output[0].code;
      const integrity = integrityOf(code);
      const file = `itc-subscribe.${integrity.slice(7, 15).replace(/[+/]/g, '-')}.js`;
      part = { file, code };
      return `export default ${JSON.stringify({ file, integrity })};`;
    },
    generateBundle() {
      if (part) this.emitFile({ type: 'asset', fileName: part.file, source: part.code });
    },
    writeBundle({ dir, file }) {
      // Parts of earlier builds go: dist/ holds the files of one build.
      const folder = dir ?? join(file, '..');
      const current = part && join(folder, part.file);
      for (const path of partFilesIn(folder)) if (path !== current) rmSync(path);
    },
  };
}
