/**
 * In the pasted bundle, `<itc-subscribe>` is defined by a part of its own (the form's code is
 * about a fifth of the bundle, and most pages show status only). This module loads that part as
 * soon as the page has an `<itc-subscribe>`, at once or when one is added later; the part then
 * defines the tag, and the browser upgrades every `<itc-subscribe>` already on the page. Until
 * then (and if the part cannot be loaded) the element shows its own content, so an editor can put
 * a link to another way of signing up inside it.
 *
 * Not seen: an `<itc-subscribe>` inside another element's shadow root, while none is in the
 * document itself. Applications that build such pages import the npm package instead.
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
  const load = () => {
    watcher.disconnect();
    (globalThis as Record<symbol, unknown>)[LIT] = { LitElement, css, html, nothing };
    loadPart(form).catch((reason) => console.error(`itc-subscribe: the form cannot be shown: ${reason}`));
  };
  const watcher = new MutationObserver((records) => records.some((r) => [...r.addedNodes].some(found)) && load());
  if (found(document.documentElement)) load();
  else watcher.observe(document, { childList: true, subtree: true });
}
