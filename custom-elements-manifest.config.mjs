// Custom Elements Manifest (custom-elements.json): the elements' attributes, properties, events,
// CSS parts and custom properties, read from the element classes and their JSDoc. Written by
// `npm run build`; the tables in docs/elements.md are generated from it (scripts/element-docs.mjs).

/** `src/x/y.ts` → `dist/esm/x/y.js`: the modules a package user has (src/ is not published). */
const published = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/esm/$1.js');

/**
 * Keeps the manifest to the public API: internal reactive state (private fields such as
 * `expanded`) is no attribute, and only documented events (`@fires`) are listed, with the
 * event class from the description's leading `{Type}` / `{@link Type}` as their type. Module paths
 * point at the published ES modules.
 */
function publicApiOnly() {
  return {
    name: 'itc-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = published(module.path);
        for (const item of module.exports ?? []) if (item.declaration?.module) item.declaration.module = published(item.declaration.module);
      }
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (!declaration.customElement) continue;
        const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
        declaration.attributes = declaration.attributes?.filter((a) => !hidden.has(a.fieldName ?? a.name));
        declaration.events = declaration.events
          ?.filter((e) => e.name && e.description)
          .map((e) => {
            const match = /^\{(?:@link\s+)?([\w.]+)\}\s*/.exec(e.description);
            return match ? { ...e, type: { text: match[1] }, description: e.description.slice(match[0].length) } : e;
          });
        if (!declaration.events?.length) delete declaration.events;
      }
    },
  };
}

export default {
  // status-element.ts: the base class whose src, poll-interval and max-age the elements inherit.
  globs: ['src/components/**/*.component.ts', 'src/data/status-element.ts', 'src/define/*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
