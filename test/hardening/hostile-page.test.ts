/**
 * Hostile host pages. Each scenario is a same-origin iframe that loads the pasted bundle
 * (dist/itc-status.js, as editors paste it; `npm test` builds it first) next to the page's own
 * markup, CSS and scripts:
 * - the script included twice;
 * - page CSS on generic selectors (even `!important`) never reaches inside the elements, and the
 *   elements' CSS never reaches the page;
 * - the universal selector styles the host element itself, by design (documented);
 * - DOM clobbering (ids and names that match globals, tags and the elements' inner ids);
 * - no cookies, no IndexedDB, no storage beyond `itc-status:v1:<src>`, no request but `src` and
 *   `action` (and the form's part beside the bundle).
 */
import { expect } from '@open-wc/testing';
import { fullDocument } from './documents.js';

const BUNDLE = '/dist/itc-status.js';
const ACTION = `${location.origin}/itc-test/subscribe`;
const TITLE = 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.';

/** Runs first in every scenario page: records errors, spies on fetch, answers the form's endpoint. */
const RECORDER = `<script>
  window.__errors = [];
  window.__fetches = [];
  window.__globalsBefore = Object.getOwnPropertyNames(window);
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push('unhandled rejection: ' + String(e.reason)));
  const realFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof Request ? input.url : String(input);
    __fetches.push({ url, credentials: init && init.credentials, method: (init && init.method) || 'GET' });
    if (url === ${JSON.stringify(ACTION)}) return Promise.resolve(new Response('{"status":"pending"}', { status: 202, headers: { 'Content-Type': 'application/json' } }));
    return realFetch.apply(this, arguments);
  };
</script>`;

/** The page's own content: the generic elements hostile CSS targets. */
const PAGE_CONTENT = `<header><h1>Intranät</h1><nav><ul><li><a href="#a">Start</a></li><li><a href="#b">Personal</a></li></ul></nav></header>
<main><section><h2>Nyheter</h2><article><h3>Rubrik</h3><p>Brödtext <span>med</span> <a href="#c">länk</a>.</p></article>
<form><label for="q">Sök</label><input id="q"><button>Sök</button></form><div class="box"><p>Ruta</p></div></section></main>`;

type ScenarioWindow = Window &
  typeof globalThis & { __errors: string[]; __fetches: Array<{ url: string; credentials?: string; method: string }>; __globalsBefore: string[] };

interface Scenario {
  win: ScenarioWindow;
  doc: Document;
  frame: HTMLIFrameElement;
}

let bundleChecked = false;
async function assertBundleBuilt(): Promise<void> {
  if (bundleChecked) return;
  const response = await fetch(BUNDLE, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does).`);
  bundleChecked = true;
}

/** A status document URL the scenario page can fetch (same origin, no network). */
function statusUrl(): string {
  return URL.createObjectURL(new Blob([JSON.stringify(fullDocument(Date.now(), 2))], { type: 'application/json' }));
}

function pageHtml({ head = '', body = PAGE_CONTENT, scripts = 1, elements = true, src = statusUrl() } = {}): string {
  // As editors paste it: deferred, so it runs after the whole page (and any clobbering markup) is parsed.
  const script = `<script src="${BUNDLE}" defer></script>`;
  const ours = elements
    ? `<itc-status-banner src="${src}" municipality="tierp"></itc-status-banner>
       <itc-subscribe action="${ACTION}" municipality="tierp" privacy-url="https://itcentrum.se/sekretesspolicy" terms-url="https://itcentrum.se/anvandarvillkor"></itc-subscribe>`
    : '';
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8">${RECORDER}${head}${script.repeat(scripts)}</head><body>${body}${ours}</body></html>`;
}

/** Loads `html` in an iframe and waits until the elements (if any) have rendered. */
async function open(html: string, { elements = true } = {}): Promise<Scenario> {
  await assertBundleBuilt();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ScenarioWindow;
  const doc = frame.contentDocument!;
  if (elements) {
    const end = Date.now() + 5000;
    while (!doc.querySelector('itc-status-banner')?.shadowRoot?.textContent?.includes(TITLE) || !doc.querySelector('itc-subscribe')?.shadowRoot?.querySelector('form')) {
      if (Date.now() > end) throw new Error(`the elements did not render; errors: ${JSON.stringify(win.__errors)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return { win, doc, frame };
}

const PROPS = ['display', 'position', 'visibility', 'opacity', 'font-size', 'font-weight', 'font-style', 'line-height', 'color', 'background-color', 'margin-top', 'margin-left', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'text-transform', 'text-decoration-line', 'transform', 'float', 'z-index'];

/** Computed styles of every element inside both elements' shadow roots. */
function shadowStyles({ win, doc }: Scenario): string[] {
  return ['itc-status-banner', 'itc-subscribe'].flatMap((tag) =>
    [...doc.querySelector(tag)!.shadowRoot!.querySelectorAll('*')].map((el) => {
      const style = win.getComputedStyle(el);
      return `${tag} ${el.tagName.toLowerCase()}.${el.className}: ${PROPS.map((p) => `${p}=${style.getPropertyValue(p)}`).join('; ')}`;
    }),
  );
}

/** Computed styles of the page's own elements (not ours). */
function pageStyles({ win, doc }: Scenario): string[] {
  return [...doc.body.querySelectorAll('header *, main *, header, main')].map((el) => {
    const style = win.getComputedStyle(el);
    return `${el.tagName.toLowerCase()}: ${PROPS.map((p) => `${p}=${style.getPropertyValue(p)}`).join('; ')}`;
  });
}

const close = (s: Scenario) => s.frame.remove();

let baselineIds: string[] = [];
/** The ids used inside our shadow roots (the page repeats them to try to capture references). */
const innerIds = () => baselineIds;

describe('hostile host pages (the pasted bundle in a page we do not control)', function () {
  this.timeout(30_000);
  let baseline: Scenario;
  let baselineStyles: string[];

  before(async () => {
    baseline = await open(pageHtml());
    baselineStyles = shadowStyles(baseline);
    baselineIds = ['itc-status-banner', 'itc-subscribe'].flatMap((tag) => [...baseline.doc.querySelector(tag)!.shadowRoot!.querySelectorAll('[id]')].map((e) => e.id));
    expect(baselineIds.length).to.be.greaterThan(3);
    expect(baselineStyles.length).to.be.greaterThan(20);
  });

  after(() => close(baseline));

  it('the script included twice: each tag defined once, no error, both elements work', async () => {
    const s = await open(pageHtml({ scripts: 2 }));
    expect(s.win.__errors).to.deep.equal([]);
    for (const tag of ['itc-status-banner', 'itc-status-provider', 'itc-subscribe']) expect(s.win.customElements.get(tag), tag).to.be.a('function');
    expect(shadowStyles(s)).to.deep.equal(baselineStyles);
    close(s);
  });

  it('page CSS on generic selectors, even !important, leaves the elements’ contents exactly as they were', async () => {
    const hostile = `<style>
      div, p, ul, li, h2, h3, span, a, section, article, time, button, input, label, form, fieldset, legend {
        display: none !important; visibility: hidden !important; opacity: 0 !important; color: transparent !important;
        background-color: lime !important; font-size: 200px !important; line-height: 0 !important; margin: 80px !important;
        padding: 80px !important; border: 9px dashed red !important; position: fixed !important; transform: rotate(90deg) !important;
        text-transform: uppercase !important; float: right !important; z-index: -1 !important; font-weight: 100 !important;
      }
      h2 { font-size: 200px !important; }
      .root, .card, .disruption, .notice, #email, #consent, [part], [part~="banner"], [role="status"] { display: none !important; }
    </style>`;
    const s = await open(pageHtml({ head: hostile }));
    expect(shadowStyles(s)).to.deep.equal(baselineStyles);
    // The host elements match none of those selectors: shown as the elements define them.
    expect(s.win.getComputedStyle(s.doc.querySelector('itc-status-banner')!).display).to.equal('block');
    expect(s.win.getComputedStyle(s.doc.querySelector('itc-subscribe')!).display).to.equal('block');
    // …while the page's own elements did get the page's rules.
    expect(s.win.getComputedStyle(s.doc.querySelector('h2')!).fontSize).to.equal('200px');
    expect(s.win.__errors).to.deep.equal([]);
    close(s);
  });

  it('the universal selector styles the host element itself (by design); the contents keep their own rules', async () => {
    const s = await open(pageHtml({ head: '<style>* { display: none !important; }</style>' }));
    const banner = s.doc.querySelector('itc-status-banner')!;
    // `*` matches the host like any other element of the page: the page may hide it…
    expect(s.win.getComputedStyle(banner).display).to.equal('none');
    // …but nothing inside is matched: every inner element keeps its own display.
    const inner = (sc: Scenario) => [...sc.doc.querySelector('itc-status-banner')!.shadowRoot!.querySelectorAll('*')].map((e) => sc.win.getComputedStyle(e).display);
    expect(inner(s)).to.deep.equal(inner(baseline));
    close(s);

    // A page that restores the host gets the elements exactly as designed.
    const restored = await open(pageHtml({ head: '<style>* { display: none !important; } html, body, itc-status-banner, itc-subscribe { display: block !important; }</style>' }));
    expect(shadowStyles(restored)).to.deep.equal(baselineStyles);
    close(restored);
  });

  it('the elements leave the page’s own styles, style sheets and markup as they were', async () => {
    const without = await open(pageHtml({ elements: false, scripts: 0 }), { elements: false });
    const withOurs = await open(pageHtml());
    expect(pageStyles(withOurs)).to.deep.equal(pageStyles(without));
    expect(withOurs.doc.styleSheets.length).to.equal(without.doc.styleSheets.length);
    expect(withOurs.doc.adoptedStyleSheets.length).to.equal(0);
    expect(withOurs.doc.head.querySelectorAll('style, link').length).to.equal(without.doc.head.querySelectorAll('style, link').length);
    // The page's light DOM holds exactly the page's elements plus our two hosts.
    expect(withOurs.doc.body.querySelectorAll('*').length).to.equal(without.doc.body.querySelectorAll('*').length + 2);
    // Globals: only Lit's own version registries and metadata (shared by every Lit on the page).
    const added = Object.getOwnPropertyNames(withOurs.win).filter((n) => !withOurs.win.__globalsBefore.includes(n) && !n.startsWith('__'));
    expect(added.sort()).to.deep.equal(['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions']);
    close(without);
    close(withOurs);
  });

  it('DOM clobbering: ids and names that match globals, our tags and our inner ids change nothing', async () => {
    const clobber = `
      <img name="currentScript"><img name="currentScript">
      <form id="itc-status-banner"></form><form name="itc-subscribe"></form><div id="itc-status-provider"></div>
      <div id="litHtmlVersions"></div><img name="litElementVersions"><div id="reactiveElementVersions"></div>
      <div id="litPropertyMetadata"></div><div id="litHtmlPolyfillSupport"></div><form name="litElementPolyfillSupport"></form>
      <div id="litElementHydrateSupport"></div><div id="reactiveElementPolyfillSupport"></div><div id="ShadyCSS"></div>
      <embed name="litNonce"><iframe name="trustedTypes"></iframe>
      <div id="fetch"></div><div id="localStorage"></div><div id="BroadcastChannel"></div><div id="customElements"></div>
      <div id="AbortController"></div><img name="locks"><div id="navigator"></div>
      ${innerIds().map((id) => `<h2 id="${id}" name="${id}">Sidans ${id}</h2>`).join('')}
      <input id="email" value="sidans@example.org"><input id="consent" type="checkbox"><p id="summary"></p>`;
    const s = await open(pageHtml({ body: clobber + PAGE_CONTENT }));
    expect(s.win.__errors).to.deep.equal([]);
    // Styled as usual: Lit still adopts its style sheets (a clobbered ShadyCSS would have made it fall back).
    expect(s.doc.querySelector('itc-status-banner')!.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(shadowStyles(s)).to.deep.equal(baselineStyles);
    const text = (sc: Scenario, tag: string) => sc.doc.querySelector(tag)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text(s, 'itc-status-banner')).to.equal(text(baseline, 'itc-status-banner'));
    expect(text(s, 'itc-subscribe')).to.equal(text(baseline, 'itc-subscribe'));
    // aria-labelledby and label[for] resolve inside the shadow root, not to the page's same-named ids.
    for (const tag of ['itc-status-banner', 'itc-subscribe']) {
      const root = s.doc.querySelector(tag)!.shadowRoot!;
      for (const el of root.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls], label[for]')) {
        const refs = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'].flatMap((a) => el.getAttribute(a)?.split(/\s+/) ?? []);
        for (const ref of refs) expect(root.getElementById(ref)?.textContent ?? '', `${tag} #${ref}`).not.to.include('Sidans');
      }
    }
    const form = s.doc.querySelector('itc-subscribe')!.shadowRoot!;
    expect((form.getElementById('email') as HTMLInputElement).value).to.equal('');
    expect(s.doc.querySelector<HTMLInputElement>('body > input#email')!.value).to.equal('sidans@example.org');
    close(s);
  });

  it('no cookies, no IndexedDB, no storage but itc-status:v1:<src>, no request but src and action', async () => {
    const before = { cookie: document.cookie, databases: (await indexedDB.databases()).map((d) => d.name), session: sessionStorage.length };
    const keysBefore = new Set(Object.keys(localStorage));
    const src = statusUrl();
    const s = await open(pageHtml({ src }));
    // Sign up, so that the form's request is made too.
    const form = s.doc.querySelector('itc-subscribe')!.shadowRoot!;
    const email = form.querySelector<HTMLInputElement>('#email')!;
    email.value = 'anna.andersson@tierp.se';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.querySelector<HTMLInputElement>('input[name="topics"][value="operations"]')!.click();
    form.querySelector<HTMLInputElement>('#consent')!.click();
    form.querySelector<HTMLButtonElement>('button[part="button"]')!.click();
    const end = Date.now() + 5000;
    while (!/Tack!/.test(form.textContent ?? '')) {
      if (Date.now() > end) throw new Error(`no thank-you text: ${form.textContent}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    expect(s.doc.cookie).to.equal(before.cookie);
    expect((await s.win.indexedDB.databases()).map((d) => d.name)).to.deep.equal(before.databases);
    expect(s.win.sessionStorage.length).to.equal(before.session);
    const newKeys = Object.keys(s.win.localStorage).filter((k) => !keysBefore.has(k));
    expect(newKeys).to.deep.equal([`itc-status:v1:${src}`]);
    expect(await s.win.caches.keys()).to.deep.equal([]);

    const urls = [...new Set(s.win.__fetches.map((f) => f.url))].sort();
    expect(urls).to.deep.equal([src, ACTION].sort());
    for (const f of s.win.__fetches) expect(f.credentials, f.url).to.equal('omit');
    // Everything the page loaded besides: the bundle and the form's part beside it, and nothing from any other origin.
    const resources = s.win.performance.getEntriesByType('resource').map((e) => e.name);
    const bundle = new URL(BUNDLE, location.href).href;
    const parts = resources.filter((name) => /^itc-subscribe\.[\w-]{8}\.js$/.test(name.slice(bundle.lastIndexOf('/') + 1)) && name.startsWith(bundle.slice(0, bundle.lastIndexOf('/') + 1)));
    expect(parts).to.have.length(1);
    for (const name of resources) expect([bundle, parts[0], src, ACTION], name).to.include(name);
    expect(s.win.__errors).to.deep.equal([]);
    close(s);
    localStorage.removeItem(`itc-status:v1:${src}`);
  });
});
