// What every benchmark section shares: pages in fresh browser contexts (no cache, no storage,
// no other tab) with CPU throttling, status documents served by the loopback server with ETags,
// and the intranet page with the banner in a given placement.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const INTRANET = readFileSync(new URL('./pages/intranet.html', import.meta.url), 'utf8');

/**
 * Page CSS for each placement of the banner (see docs/performance.md). `reserve` keeps room for
 * the banner in the page's own CSS: room inside the element's shadow DOM would come too late,
 * since the element is defined after the first paint.
 */
export const PLACEMENT_CSS = {
  flow: '',
  // Room for the sample document's banner (one disruption, one service window) at each width:
  // 666 px at 1280 px and 838 px at 390 px wide (40rem and 50rem were enough until the cards got
  // their calendar button: a reservation has to follow every change of the banner).
  reserve: `
      .itc-status-slot { min-height: 44rem; }
      @media (max-width: 48rem) { .itc-status-slot { min-height: 56rem; } }`,
  overlay: '',
  below: '',
  split: '',
  // Inline at the top, the script without `defer`: it blocks the parser, and so the first paint, until it has run.
  blocking: '',
  // Inline at the top, the README's snippet: `defer blocking="render"`. The parser goes on, the first paint
  // waits for the script (Chromium, Safari 18.2+; Firefox ignores the attribute and behaves as `flow`).
  render: '',
  // Inline at the top, script and element pasted together in the body, the script without `defer`: the
  // parser waits for it there, so what comes below the banner is laid out after the banner is.
  pasted: '',
};
export const PLACEMENTS = Object.keys(PLACEMENT_CSS);

let counter = 0;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export { sleep };

/**
 * Serves a status document at a path of its own (so runs share nothing), answering
 * If-None-Match with 304 as a status host should. `latency` delays each answer (ms), as the
 * real host is further away than the loopback.
 */
export function serveStatus(server, docText, { latency = 0 } = {}) {
  const path = `/bench/status-${++counter}.json`;
  let body = docText;
  let etag;
  const state = { ok: 0, notModified: 0 };
  const tag = () => (etag ??= `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`);
  server.routes[path] = async (req, res) => {
    if (latency) await sleep(latency);
    const headers = { 'Cache-Control': 'no-cache', ETag: tag(), 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' };
    if (req.headers['if-none-match'] === tag()) {
      state.notModified++;
      res.writeHead(304, headers).end();
      return;
    }
    state.ok++;
    res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' }).end(body);
  };
  return {
    path,
    /** Replaces the document (the host publishes a change). */
    set(text) {
      body = text;
      etag = undefined;
    },
    /** Requests for this document so far, from the server's log. */
    requests: () => server.log.filter((r) => r.path === path).length,
    answers: () => ({ ...state }),
  };
}

/** The intranet page with the banner(s) in a placement. */
export function intranetPath({ placement = 'flow', src, municipality = 'tierp', poll, copies = 1, bundle }) {
  const q = new URLSearchParams({ placement, src, municipality, copies: String(copies) });
  if (poll) q.set('poll', String(poll));
  // Another build of the script (e.g. a baseline to compare with), served from the repository.
  if (bundle) q.set('bundle', bundle);
  return `/bench/intranet?${q}`;
}

/** Route for intranetPath(): fills the page's markers. */
export function intranetRoute(req, res, url) {
  const p = url.searchParams;
  const placement = p.get('placement') ?? 'flow';
  const attrs = [`src="${p.get('src')}"`, `municipality="${p.get('municipality')}"`];
  if (p.get('poll')) attrs.push(`poll-interval="${p.get('poll')}"`);
  const banner = (...more) => `<itc-status-banner ${[...attrs, ...more].join(' ')}></itc-status-banner>`;
  const tag = (placement === 'overlay' ? banner('placement="overlay"') : banner()).repeat(Number(p.get('copies') ?? 1));
  // split: disruptions in an overlay at the top, service-window cards further down the page.
  const top = { below: '', pasted: `<script src="/dist/itc-status.js"></script>${tag}`, reserve: `<div class="itc-status-slot">${tag}</div>`, split: banner('placement="overlay"', 'show="disruptions"') }[placement] ?? tag;
  const below = { below: tag, split: banner('show="maintenance"') }[placement] ?? '';
  const html = INTRANET.replace(/<!--banner-top-->[\s\S]*?<!--\/banner-top-->/, top)
    .replace(/<!--banner-below-->[\s\S]*?<!--\/banner-below-->/, below)
    .replace('/*placement-css*/', PLACEMENT_CSS[placement] ?? '')
    .replace(p.get('script') === 'none' || placement === 'pasted' ? /<script src="\/dist\/itc-status.js" defer><\/script>/ : /$^/, '')
    .replace(/ defer><\/script>/, { blocking: '></script>', render: ' defer blocking="render"></script>' }[placement] ?? '$&');
  const bundle = p.get('bundle');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(bundle ? html.replaceAll('/dist/itc-status.js', bundle) : html);
}

/**
 * A page in a browser context of its own (fresh cache and storage unless `context` is given),
 * with CPU throttling `rate` (1 = none, 4 = a slow laptop) and scripts installed before load.
 */
export async function openPage(browser, { rate = 1, viewport = { width: 1280, height: 800 }, before = [], context } = {}) {
  const ownContext = !context;
  context ??= await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  for (const script of before) await page.evaluateOnNewDocument(script);
  return {
    page,
    context,
    cdp,
    close: async () => {
      await page.close().catch(() => {});
      if (ownContext) await context.close().catch(() => {});
    },
  };
}

/** Waits for `count` frames in the page, then `ms` more. */
export const settle = (page, ms = 0, frames = 2) =>
  page.evaluate(
    (frames, ms) =>
      new Promise((resolve) => {
        const step = (n) => (n === 0 ? setTimeout(resolve, ms) : requestAnimationFrame(() => step(n - 1)));
        step(frames);
      }),
    frames,
    ms,
  );

/** Resolves once the server has answered `n` requests for a status document (or after `timeout`). */
export async function waitForRequests(status, n, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const a = status.answers();
    if (a.ok + a.notModified >= n) return true;
    await sleep(20);
  }
  return false;
}
