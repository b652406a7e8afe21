// 0. Size: what each element adds to the pasted bundle, gzip, built with the bundle's own plugins
// from entries that define only some of the elements (deterministic, so no repetition), and the
// form's part, which only pages with a form load.
import { rollup } from 'rollup';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { bundlePlugins } from '../../../rollup.config.mjs';
import { partFilesIn } from '../../rollup-parts.mjs';

const DEFINE = {
  banner: 'src/define/itc-status-banner.ts',
  provider: 'src/define/itc-status-provider.ts',
  subscribe: 'src/define/itc-subscribe.ts',
};

/** Builds the bundle with only `defines`; returns its code. */
export async function buildVariant(defines) {
  const entry = '\0itc-size-entry';
  const bundle = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? defines.map((d) => `import ${JSON.stringify(resolve(DEFINE[d]))};`).join('\n') : null) },
      ...bundlePlugins(),
    ],
  });
  const { output } = await bundle.generate({ format: 'iife' });
  await bundle.close();
  return output[0].code;
}

const gzipOf = async (defines) => gzipSync(await buildVariant(defines), { level: 9 }).length;

/** The pasted bundle without the sign-up form (banner + provider), written to `file`, for the script-cost section. */
export async function writeBannerOnly(file) {
  writeFileSync(file, await buildVariant(['banner', 'provider']));
  return file;
}

export async function size({ bareBundle }) {
  const bareLit = gzipSync(readFileSync(bareBundle), { level: 9 }).length;
  const banner = await gzipOf(['banner']);
  const bannerProvider = await gzipOf(['banner', 'provider']);
  const subscribe = await gzipOf(['subscribe']);
  const all = gzipSync(readFileSync('dist/itc-status.js'), { level: 9 }).length;
  const formPart = gzipSync(readFileSync(partFilesIn('dist')[0]), { level: 9 }).length;
  return {
    gzip: { bareLit, banner, bannerProvider, subscribe, all, formPart, formPage: all + formPart },
    adds: {
      bannerBeyondLit: banner - bareLit,
      provider: bannerProvider - banner,
      // What the bundle carries for <itc-subscribe>: the code that loads the form's part.
      formLoader: all - bannerProvider,
      subscribeBeyondLit: subscribe - bareLit,
    },
  };
}
