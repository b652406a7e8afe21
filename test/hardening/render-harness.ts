/**
 * Renders banners from status documents that the test hands over directly: `window.fetch` answers
 * `https://status.test/…` URLs from a table (no network, no service worker), so thousands of
 * documents render in seconds. Also inspects a shadow root for anything that is not plain text:
 * elements, attributes, links.
 */
import '../../src/define/itc-status-banner.js';

export const STATUS_ORIGIN = 'https://status.test';
export const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Tags the banner itself renders; anything else came from content. */
export const BANNER_TAGS = new Set(['DIV', 'P', 'A', 'SPAN', 'SECTION', 'H2', 'H3', 'ARTICLE', 'TIME', 'UL', 'LI', 'BUTTON']);
/** Attribute names the banner itself sets. */
const BANNER_ATTRIBUTE = /^(class|part|id|lang|role|href|datetime|tabindex|hidden|aria-[a-z]+)$/;

type Answer = { status: number; body: string; headers?: Record<string, string> };
const answers = new Map<string, Answer>();
let counter = 0;
let installed: typeof window.fetch | undefined;

/** Routes `https://status.test/…` requests to the answers table; everything else to the real fetch. */
export function installStatusFetch(): void {
  if (installed) return;
  const real = window.fetch.bind(window);
  installed = real;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const answer = answers.get(url);
    if (!answer) return real(input, init);
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return new Response(answer.status === 204 ? null : answer.body, {
      status: answer.status,
      headers: { 'Content-Type': 'application/json', ...answer.headers },
    });
  };
}

/** A new URL that answers `body` (a value sent as JSON, or text) with `status`. */
export function serve(body: unknown, status = 200): string {
  const src = `${STATUS_ORIGIN}/doc-${++counter}.json`;
  answers.set(src, { status, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return src;
}

/** Forgets every answer and every last-good copy in storage. */
export function resetServed(): void {
  answers.clear();
  localStorage.clear();
}

export type BannerAttributes = Partial<Record<'municipality' | 'lang' | 'show' | 'max' | 'horizon-days' | 'max-age' | 'poll-interval', string>>;

/** Every combination of `show`, `lang` and `max` a page might use. */
export const ATTRIBUTE_COMBOS: BannerAttributes[] = ['all', 'disruptions', 'maintenance'].flatMap((show) =>
  ['sv', 'en'].flatMap((lang) => ['1', '3'].map((max) => ({ show, lang, max, municipality: 'tierp' }))),
);

/** Creates a banner for `src` inside `container` and waits until it shows the loaded document. */
export async function renderBanner(container: HTMLElement, src: string, attributes: BannerAttributes = {}): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = document.createElement('itc-status-banner') as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value);
  el.setAttribute('src', src);
  container.append(el);
  await el.updateComplete;
  // A second pass: the first update may only have started the load.
  await el.updateComplete;
  return el;
}

export interface ShadowReport {
  elements: number;
  /** Tags the banner never renders itself. */
  foreignTags: string[];
  /** Attributes the banner never sets itself (event handlers, src, style, …). */
  foreignAttributes: string[];
  hrefs: string[];
  text: string;
}

/** What a banner's shadow root holds. */
export function inspect(el: Element): ShadowReport {
  const root = el.shadowRoot!;
  const all = [...root.querySelectorAll('*')];
  const foreignTags = all.filter((e) => !BANNER_TAGS.has(e.tagName)).map((e) => e.tagName);
  const foreignAttributes = all.flatMap((e) => e.getAttributeNames().filter((n) => !BANNER_ATTRIBUTE.test(n)).map((n) => `${e.tagName}[${n}]`));
  const hrefs = all.filter((e) => e.tagName === 'A').map((a) => a.getAttribute('href') ?? '');
  return { elements: all.length, foreignTags, foreignAttributes, hrefs, text: root.textContent ?? '' };
}

/** True when `href` parses to an allowed scheme. */
export function isAllowedHref(href: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}
