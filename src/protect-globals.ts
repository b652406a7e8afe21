/**
 * DOM clobbering: an element whose id (or, for img/form/embed/object, name) equals a global makes
 * that global the element — `<div id="litHtmlVersions">` turns `window.litHtmlVersions` into a div,
 * and Lit, which reads a few such globals when it loads, stops with an uncaught TypeError (or, for
 * `ShadyCSS`, falls back to <style> elements that a strict CSP refuses). Imported first by the
 * pasted bundle: before Lit runs, each of these names that holds an element, a collection of
 * elements or a frame's window is shadowed by `undefined`, so Lit sets it up as it normally does.
 * The page's elements are left as they are.
 */
const LIT_GLOBALS = [
  'litHtmlVersions',
  'litHtmlPolyfillSupport',
  'litElementVersions',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'reactiveElementVersions',
  'reactiveElementPolyfillSupport',
  'litPropertyMetadata',
  'litNonce',
  'ShadyCSS',
];

const scope = globalThis as unknown as Record<string, unknown>;
for (const name of LIT_GLOBALS) {
  const value = scope[name] as { window?: unknown } | undefined;
  if (typeof Node === 'function' && (value instanceof Node || value instanceof HTMLCollection || (value != null && value.window === value))) {
    scope[name] = undefined;
  }
}

export {};
