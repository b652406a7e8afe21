// Two builds from one source:
// - dist/itc-status.js: the file editors paste as a classic <script defer>. A minified IIFE with
//   Lit inlined (production build of Lit: no dev-mode warnings). The sign-up form is a part of
//   its own beside it, dist/itc-subscribe.<hash>.js, loaded only on pages with a form, and so is
//   the calendar file's generator, dist/itc-calendar.<hash>.js, loaded when someone presses
//   "Lägg till i kalender" (scripts/rollup-parts.mjs).
// - dist/esm/: ES modules for npm users, one file per source module, Lit kept external so an
//   application shares its own copy. Type declarations are written by `tsc` (see package.json).
// - dist/cli.js: the `itc-status` command-line tool for Node 20, the core bundled in.
import { chmod } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';
import { bundleParts, calendarOnDemand } from './scripts/rollup-parts.mjs';

/** Minifier settings of the pasted bundle; the benchmark builds its reference bundle with the same. */
export const bundleTerser = () => terser({ ecma: 2021, module: false, compress: { passes: 2 }, format: { comments: false } });
/** Resolves Lit's production build (no dev-mode warnings) for browsers. */
export const bundleResolve = () => nodeResolve({ browser: true, exportConditions: ['production'] });

const ts = (options = {}) =>
  typescript({
    tsconfig: './tsconfig.build.json',
    compilerOptions: { declaration: false, noEmit: false, outDir: undefined },
    ...options,
  });

/** The plugins that compile and minify the pasted bundle and its parts. */
const compile = () => [bundleResolve(), ts(), minifyTemplates(), bundleTerser()];
/** Every plugin of the pasted bundle, in order (the benchmark builds variants of it with the same). */
export const bundlePlugins = () => [bundleParts(compile), calendarOnDemand(), ...compile()];

export default [
  {
    input: 'src/itc-status.ts',
    output: {
      file: 'dist/itc-status.js',
      format: 'iife',
      sourcemap: false,
      // Pasted twice (or after the npm build defined the tags): stop before Lit runs again. A second
      // copy of Lit would create its Trusted Types policy "lit-html" a second time, which a page's
      // `trusted-types lit-html` (without 'allow-duplicates') refuses with an uncaught error.
      intro: "if (self.customElements && customElements.get('itc-status-banner')) return;",
    },
    plugins: bundlePlugins(),
  },
  {
    input: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
    },
    external: (id) => /^(lit|@lit\/)/.test(id),
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: false,
    },
    plugins: [ts()],
  },
  {
    input: 'src/cli/itc-status.ts',
    external: (id) => id.startsWith('node:') || builtinModules.includes(id),
    output: {
      file: 'dist/cli.js',
      format: 'es',
      banner: '#!/usr/bin/env node',
      sourcemap: false,
    },
    plugins: [
      // tsconfig.build.json leaves the tool out (no declarations for it); compile src/ with the base config.
      ts({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'] }),
      { name: 'executable', writeBundle: ({ file }) => chmod(file, 0o755) },
    ],
  },
];
