// Rollup plugin for the pasted bundle: builds the code most pages do not need as parts of their
// own, which the bundle loads from beside itself when a page needs them:
// - the sign-up form (src/define/itc-subscribe.ts), on pages that have an <itc-subscribe>
//   (src/bundle/subscribe-on-demand.ts). It takes Lit from the bundle, so a page still runs one Lit.
// - the calendar file's generator (src/bundle/calendar-part.ts), when someone presses "Lägg till i
//   kalender" (src/bundle/calendar-on-demand.ts).
// Each is written beside the bundle as <name>.<hash>.js: a new build never meets an old bundle in a
// cache. The bundle gets each part's file name and SHA-384 through the module "itc-status:<name>-part".
import { rollup } from 'rollup';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrityOf } from './sri.mjs';

/**
 * The parts. `lit`: what the bundle hands the part from its Lit (under Symbol.for('itc-status.lit'));
 * the part may import nothing else from 'lit'.
 */
const PARTS = [
  { module: 'itc-status:subscribe-part', entry: 'src/define/itc-subscribe.ts', name: 'itc-subscribe', lit: ['LitElement', 'css', 'html', 'nothing'] },
  { module: 'itc-status:calendar-part', entry: 'src/bundle/calendar-part.ts', name: 'itc-calendar', lit: [] },
];

/** A part's files, by its name: the name carries the first characters of the part's hash. */
const fileOf = (name) => new RegExp(`^${name}\\.[\\w-]{8}\\.js$`);
/** The form's part's files. */
export const PART_FILE = fileOf('itc-subscribe');
/** The calendar part's files. */
export const CALENDAR_PART_FILE = fileOf('itc-calendar');

const filesIn = (dir, pattern) => readdirSync(dir).filter((name) => pattern.test(name)).map((name) => join(dir, name));
/** The paths of the form's part files in `dir` (one after a build). */
export const partFilesIn = (dir) => filesIn(dir, PART_FILE);
/** The paths of the calendar part's files in `dir` (one after a build). */
export const calendarPartFilesIn = (dir) => filesIn(dir, CALENDAR_PART_FILE);

/**
 * `plugins`: the bundle's own plugins (TypeScript, template minifier, terser), made fresh for each part.
 */
export function bundleParts(plugins) {
  /** Built parts by module id: { file, code }. */
  const built = new Map();
  return {
    name: 'bundle-parts',
    resolveId: (id) => (PARTS.some((p) => p.module === id) ? '\0' + id : null),
    async load(id) {
      const part = PARTS.find((p) => '\0' + p.module === id);
      if (!part) return null;
      const build = await rollup({ input: part.entry, external: ['lit'], onwarn: (warning, warn) => warn(warning), plugins: plugins() });
      const { output } = await build.generate({ format: 'iife', globals: { lit: 'globalThis[Symbol.for("itc-status.lit")]' } });
      await build.close();
      // A name the bundle does not hand over would be undefined in the part, and fail only in a browser.
      const missing = (output[0].importedBindings.lit ?? []).filter((name) => !part.lit.includes(name));
      if (missing.length) this.error(`${part.entry} imports ${missing.map((name) => `"${name}"`).join(', ')} from 'lit': hand it over from the bundle and list it in PARTS`);
      const code = output[0].code;
      const integrity = integrityOf(code);
      const file = `${part.name}.${integrity.slice(7, 15).replace(/[+/]/g, '-')}.js`;
      built.set(part.module, { file, code });
      return `export default ${JSON.stringify({ file, integrity })};`;
    },
    generateBundle() {
      for (const { file, code } of built.values()) this.emitFile({ type: 'asset', fileName: file, source: code });
    },
    writeBundle({ dir, file }) {
      // Parts of earlier builds go: dist/ holds the files of one build.
      const folder = dir ?? join(file, '..');
      const current = new Set([...built.values()].map((part) => join(folder, part.file)));
      for (const path of PARTS.flatMap((part) => filesIn(folder, fileOf(part.name)))) if (!current.has(path)) rmSync(path);
    },
  };
}

/**
 * In the pasted bundle, the calendar button gets the calendar file from calendar-on-demand.ts
 * (which loads the generator as a part) instead of calendar-file.ts (which imports it: the npm
 * build, and the tests of the element). The absolute path of the module that stands in for `id`
 * imported by `importer`; undefined for every other import. (Also used by scripts/size-modules.mjs,
 * so that its esbuild build counts what the bundle holds.)
 */
export const calendarFileStandIn = (id, importer) =>
  id === './calendar-file.js' && importer?.replace(/\\/g, '/').endsWith('src/components/status-banner/calendar-button.ts')
    ? fileURLToPath(new URL('../src/bundle/calendar-on-demand.ts', import.meta.url))
    : undefined;

/** The rollup plugin for calendarFileStandIn(). */
export function calendarOnDemand() {
  return {
    name: 'calendar-on-demand',
    resolveId(id, importer) {
      const standIn = calendarFileStandIn(id, importer);
      return standIn ? this.resolve(standIn, importer) : null;
    },
  };
}
