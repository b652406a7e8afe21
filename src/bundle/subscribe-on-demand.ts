/**
 * In the pasted bundle, `<itc-subscribe>` is defined by a part of its own (the form's code is
 * about a fifth of the bundle, and most pages show status only). This module loads that part as
 * soon as the page has an `<itc-subscribe>`, at once or when one is added later; the part then
 * defines the tag, and the browser upgrades every `<itc-subscribe>` already on the page. Until
 * then (and if the part cannot be loaded) the element shows its own content, so an editor can put
 * a link to another way of signing up inside it.
 *
 * Also inside other elements' shadow roots (a portal's own components): those open before this
 * script ran are searched once, and every shadow root made afterwards, open or closed, is watched
 * from its creation. To see those, the script wraps `Element.prototype.attachShadow` until the form
 * is found; the wrapper only starts watching the new root, and is removed again then.
 */
import { LitElement, css, html, nothing } from 'lit';
import form from 'itc-status:subscribe-part';
import { loadPart } from './load-part.js';

const TAG = 'itc-subscribe';

/**
 * Where the part finds what it imports from 'lit' (scripts/rollup-parts.mjs): the bundle's Lit, so
 * the page runs one. A symbol, which no element id or name on the page can clobber.
 */
const LIT = Symbol.for('itc-status.lit');

if (!customElements.get(TAG)) {
  const found = (node: Node) => node instanceof Element && (node.localName == TAG || !!node.getElementsByTagName(TAG)[0]);
  const watcher = new MutationObserver((records) => records.some((r) => [...r.addedNodes].some(found)) && load());
  const watch = (root: Document | ShadowRoot) => watcher.observe(root, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  function watchNewShadowRoot(this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  }
  const load = () => {
    watcher.disconnect();
    // Unless another script wrapped it since: then ours stays in its chain, watching nothing.
    if (Element.prototype.attachShadow == watchNewShadowRoot) Element.prototype.attachShadow = attachShadow;
    (globalThis as Record<symbol, unknown>)[LIT] = { LitElement, css, html, nothing };
    loadPart(form).catch((reason) => console.error(`itc-subscribe: the form cannot be shown: ${reason}`));
  };
  /** The document and every open shadow root in it, nested ones too. */
  const roots = (root: Document | ShadowRoot): (Document | ShadowRoot)[] => [
    root,
    ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? roots(element.shadowRoot) : [])),
  ];
  const existing = roots(document);
  if (existing.some((root) => root.querySelector(TAG))) load();
  else {
    existing.forEach(watch);
    Element.prototype.attachShadow = watchNewShadowRoot;
  }
}
