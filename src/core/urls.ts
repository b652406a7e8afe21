/**
 * Links from a status document. Only `https:`, `http:`, `mailto:` and `tel:` are kept. The check
 * runs on the URL as the browser itself parses it (the WHATWG URL parser strips tabs, newlines and
 * surrounding control characters, so `java\tscript:` is seen as `javascript:` and refused).
 */

/** Why a link was not kept. */
export type LinkProblem = 'unsafe-link' | 'relative-link' | 'invalid-link';

const ALLOWED = /^(https?|mailto|tel):$/;

/**
 * The absolute link `value` stands for, or the reason it is refused. A relative link resolves
 * against `baseUrl` (the document's own absolute URL); without one it is refused.
 */
export function resolveLink(value: string, baseUrl?: string): { href: string } | { problem: LinkProblem } {
  let base: URL | undefined;
  try {
    if (baseUrl) base = new URL(baseUrl);
  } catch {
    // A base that is no absolute URL counts as none.
  }
  try {
    const url = new URL(value, base);
    return ALLOWED.test(url.protocol) ? { href: url.href } : { problem: 'unsafe-link' };
  } catch {
    return { problem: base || /^\s*[a-z][a-z\d+.-]*:/i.test(value) ? 'invalid-link' : 'relative-link' };
  }
}
