// Live data against real HTTP servers on 127.0.0.1, in real Chromium (puppeteer-core): what msw
// cannot show. ETag → 304 revalidation, a status host without CORS headers, and several tabs of
// one browser sharing one request per interval (Web Locks + BroadcastChannel), with takeover when
// the polling tab closes and the fallback without Web Locks.
//
// Uses the built bundle (dist/itc-status.js; `npm test` builds it first). The harness page
// (fixtures/live-data.html) runs its timers 15× faster, so the minimum 15 s interval takes 1 s.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, resolveChromium } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url);
const bundle = new URL('dist/itc-status.js', root);
const body = readFileSync(new URL('demo/data/sample-status.json', root), 'utf8');
const TITLE = JSON.parse(body).disruptions[0].title;
/** One poll interval of the harness page in real time (15 s of page time at speed 15). */
const INTERVAL_MS = 1000;
const PAGE_INTERVAL_MS = 15_000;
const PAGE = `speed=15&interval=15&epoch=${Date.now()}`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(predicate, what, timeout = 15_000) {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** An HTTP server on 127.0.0.1 (free port) that records every request it answers. */
async function startServer(route) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const entry = { method: req.method, path: new URL(req.url, 'http://host').pathname, headers: req.headers };
    requests.push(entry);
    route(req, res, entry);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const count = (path) => requests.filter((r) => r.path === path && r.method === 'GET').length;
  return { server, requests, origin, count };
}

function send(res, status, headers, content = '') {
  res.writeHead(status, headers);
  res.end(content);
}

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' };

let site; // the intranet page's origin, also a same-origin status host
let otherHost; // a status host on another origin (port)
let browser;

before(async () => {
  assert.ok(existsSync(bundle), 'dist/itc-status.js is missing: run `npm run build` first');
  site = await startServer((req, res, entry) => {
    const { path } = entry;
    if (path === '/dist/itc-status.js') return send(res, 200, { 'Content-Type': 'text/javascript' }, readFileSync(bundle));
    if (path.startsWith('/fixtures/') && path.endsWith('.html')) {
      return send(res, 200, { 'Content-Type': 'text/html; charset=utf-8' }, readFileSync(new URL('test/node' + path, root)));
    }
    if (path === '/etag/status.json') {
      const etag = '"2022-10-28T15:00"';
      entry.status = req.headers['if-none-match'] === etag ? 304 : 200;
      return send(res, entry.status, { ...JSON_HEADERS, ETag: etag }, entry.status === 200 ? body : '');
    }
    if (path.endsWith('.json')) return send(res, 200, JSON_HEADERS, body);
    send(res, 404, {});
  });
  otherHost = await startServer((req, res, { path }) => {
    // A host that forgot CORS: the browser sends the request but does not let the page read it.
    if (path === '/no-cors/status.json') return send(res, 200, JSON_HEADERS, body);
    // A host configured as docs/live-data.md says.
    if (path === '/cors/status.json') {
      return send(res, 200, {
        ...JSON_HEADERS,
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'ETag, Retry-After',
        ETag: '"1"',
      }, body);
    }
    send(res, 404, {});
  });
  browser = await puppeteer.launch({ executablePath: await resolveChromium(), headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  site?.server.close();
  otherHost?.server.close();
});

/** Opens the harness page in `context`, in a new tab or a new window (each window is visible); records page errors and the element's console warnings. */
async function openPage(context, query, type = 'tab') {
  const page = await context.newPage({ type });
  page.warnings = [];
  page.errors = [];
  page.on('console', (message) => {
    if (message.type() === 'warn' && message.text().startsWith('itc-status')) page.warnings.push(message.text());
  });
  page.on('pageerror', (error) => page.errors.push(String(error)));
  await page.goto(`${site.origin}/fixtures/live-data.html?${query}`);
  await page.waitForFunction(() => window.harness && harness.state().status !== 'loading');
  return page;
}

const stateOf = (page) => page.evaluate(() => harness.state());
const uncaught = (page) => page.evaluate(() => harness.errors).then((errors) => [...errors, ...page.errors]);

describe('live data against real HTTP servers', () => {
  it('revalidates with ETag: the host sees If-None-Match and answers 304, the document is kept', async () => {
    const context = await browser.createBrowserContext();
    // A cookie the browser would send if the request carried credentials.
    await context.setCookie({ name: 'session', value: 'secret', domain: '127.0.0.1', path: '/' });
    const page = await openPage(context, `src=/etag/status.json&${PAGE}`);
    const first = await stateOf(page);
    assert.equal(first.status, 'ready');
    await waitFor(() => site.count('/etag/status.json') >= 4, 'three revalidations');
    await sleep(100);
    const requests = site.requests.filter((r) => r.path === '/etag/status.json');
    const statuses = requests.map((r) => r.status);
    console.log(`[requests] ETag revalidation: ${requests.length} requests, answered ${statuses.join(', ')}`);
    assert.equal(statuses[0], 200);
    assert.equal(requests[0].headers['if-none-match'], undefined);
    for (const request of requests.slice(1)) {
      assert.equal(request.headers['if-none-match'], '"2022-10-28T15:00"');
      assert.equal(request.status, 304);
    }
    for (const request of requests) {
      assert.equal(request.headers.cookie, undefined, 'credentials are omitted');
      assert.deepEqual(Object.keys(request.headers).filter((h) => h.startsWith('x-')), [], 'no custom headers');
    }
    const latest = await stateOf(page);
    assert.equal(latest.status, 'ready');
    assert.equal(latest.title, TITLE);
    assert.ok(latest.receivedAt > first.receivedAt, 'a 304 confirms the document: its time moves on');
    assert.deepEqual(await uncaught(page), []);
    await context.close();
  });

  it('a status host on another origin without CORS headers: the neutral error state, one warning, no uncaught error', async () => {
    const context = await browser.createBrowserContext();
    const src = `${otherHost.origin}/no-cors/status.json`;
    const page = await openPage(context, `src=${encodeURIComponent(src)}&${PAGE}`);
    const state = await stateOf(page);
    assert.equal(state.status, 'error');
    assert.equal(state.error.kind, 'network');
    await waitFor(() => otherHost.count('/no-cors/status.json') >= 3, 'two retries');
    await sleep(100);
    console.log(`[requests] host without CORS: ${otherHost.count('/no-cors/status.json')} requests sent, page state "${(await stateOf(page)).status}"`);
    assert.equal(page.warnings.length, 1, page.warnings.join('\n'));
    assert.equal(otherHost.requests.filter((r) => r.method === 'OPTIONS').length, 0, 'a simple request: no preflight');
    assert.deepEqual(await uncaught(page), []);

    // The same host configured as documented works from the same page origin.
    const good = await openPage(context, `src=${encodeURIComponent(`${otherHost.origin}/cors/status.json`)}&${PAGE}`);
    assert.equal((await stateOf(good)).status, 'ready');
    assert.equal(otherHost.requests.filter((r) => r.method === 'OPTIONS').length, 0);
    assert.deepEqual(await uncaught(good), []);
    await context.close();
  });

  it('three visible pages (windows) of one browser context make one request per interval between them; another takes over when the polling page closes', async () => {
    const context = await browser.createBrowserContext();
    const path = '/shared/status.json';
    const pages = [];
    for (let i = 0; i < 3; i++) pages.push(await openPage(context, `src=${path}&${PAGE}`, 'window'));
    const visibility = await Promise.all(pages.map((p) => p.evaluate(() => document.visibilityState)));
    assert.deepEqual(visibility, ['visible', 'visible', 'visible']);
    const N = 6;

    let mark = site.count(path);
    await sleep(N * INTERVAL_MS + INTERVAL_MS / 2);
    const shared = site.count(path) - mark;
    console.log(`[requests] 3 pages, ${N} intervals: ${shared} requests (each page polling alone would make ${3 * N}); first loads: 3`);
    assert.ok(shared >= N - 1 && shared <= N + 1, `${shared} requests`);
    // Every page shows the same confirmed document (the polling page's results reach the others).
    const states = await Promise.all(pages.map(stateOf));
    assert.deepEqual(states.map((s) => s.status), ['ready', 'ready', 'ready']);
    const times = states.map((s) => s.receivedAt);
    assert.ok(Math.max(...times) - Math.min(...times) < PAGE_INTERVAL_MS, `confirmation times ${times}`);

    // The first page holds the lock (it asked first). Closing it hands polling to another page.
    await pages.shift().close();
    mark = site.count(path);
    await sleep(N * INTERVAL_MS + INTERVAL_MS / 2);
    const afterClose = site.count(path) - mark;
    console.log(`[requests] after the polling page closed, 2 pages, ${N} intervals: ${afterClose} requests`);
    assert.ok(afterClose >= N - 1 && afterClose <= N + 1, `${afterClose} requests`);
    const fresh = await Promise.all(pages.map(stateOf));
    for (const s of fresh) assert.ok(s.age < 2 * PAGE_INTERVAL_MS, `still being refreshed (age ${s.age} ms)`);

    // Every page hidden: no polling at all.
    for (const page of pages) await page.evaluate(() => harness.setVisibility('hidden'));
    mark = site.count(path);
    await sleep(4 * INTERVAL_MS);
    const hidden = site.count(path) - mark;
    console.log(`[requests] all pages hidden, 4 intervals: ${hidden} requests`);
    assert.equal(hidden, 0);

    // One page visible again: it fetches at once (its data is stale) and polls from then on.
    await pages[1].evaluate(() => harness.setVisibility('visible'));
    await waitFor(() => site.count(path) > mark, 'a fetch on becoming visible', INTERVAL_MS / 2);
    await sleep(3 * INTERVAL_MS + INTERVAL_MS / 2);
    const resumed = site.count(path) - mark;
    console.log(`[requests] one page visible again: 1 at once + ${resumed - 1} in 3 intervals`);
    assert.ok(resumed >= 3 && resumed <= 5, `${resumed} requests`);
    for (const page of pages) assert.deepEqual(await uncaught(page), []);
    await context.close();
  });

  it('three tabs of one window: only the visible tab polls; bringing another tab to the front moves polling there', async () => {
    const context = await browser.createBrowserContext();
    const path = '/tabs/status.json';
    const pages = [];
    for (let i = 0; i < 3; i++) pages.push(await openPage(context, `src=${path}&${PAGE}`));
    const visibleOnly = () => Promise.all(pages.map((p) => p.evaluate(() => document.visibilityState)));
    // Chromium hides background tabs. Its headless shell (the one shipped for machines without
    // Chromium) keeps every tab visible: there the harness gives the tabs the states Chromium would.
    const realTabs = (await visibleOnly()).join() === 'hidden,hidden,visible';
    const setVisible = (page, state) => page.evaluate((s) => harness.setVisibility(s), state);
    if (!realTabs) for (const page of pages.slice(0, 2)) await setVisible(page, 'hidden');
    assert.deepEqual(await visibleOnly(), ['hidden', 'hidden', 'visible']);
    const N = 5;
    let mark = site.count(path);
    await sleep(N * INTERVAL_MS + INTERVAL_MS / 2);
    const front = site.count(path) - mark;
    console.log(`[requests] 3 tabs (1 visible${realTabs ? '' : ', states set by the harness'}), ${N} intervals: ${front} requests`);
    assert.ok(front >= N - 1 && front <= N + 1, `${front} requests`);

    if (realTabs) await pages[0].bringToFront();
    else await Promise.all([setVisible(pages[0], 'visible'), setVisible(pages[2], 'hidden')]);
    assert.deepEqual(await visibleOnly(), ['visible', 'hidden', 'hidden']);
    mark = site.count(path);
    await sleep(N * INTERVAL_MS + INTERVAL_MS / 2);
    const switched = site.count(path) - mark;
    console.log(`[requests] another tab brought to the front, ${N} intervals: ${switched} requests`);
    assert.ok(switched >= N - 1 && switched <= N + 1, `${switched} requests`);
    const state = await stateOf(pages[0]);
    assert.ok(state.age < 2 * PAGE_INTERVAL_MS, `the front tab is refreshed (age ${state.age} ms)`);
    for (const page of pages) assert.deepEqual(await uncaught(page), []);
    await context.close();
  });

  it('without Web Locks (plain http intranets) every visible page polls for itself, once per interval per page', async () => {
    const context = await browser.createBrowserContext();
    const path = '/fallback/status.json';
    const pages = [];
    for (let i = 0; i < 2; i++) pages.push(await openPage(context, `src=${path}&${PAGE}&nolocks`, 'window'));
    assert.equal(await pages[0].evaluate(() => navigator.locks), undefined);
    const N = 5;
    const mark = site.count(path);
    await sleep(N * INTERVAL_MS + INTERVAL_MS / 2);
    const polled = site.count(path) - mark;
    console.log(`[requests] 2 pages without Web Locks, ${N} intervals: ${polled} requests`);
    assert.ok(polled >= 2 * N - 2 && polled <= 2 * N + 2, `${polled} requests`);
    for (const page of pages) {
      assert.equal((await stateOf(page)).status, 'ready');
      assert.deepEqual(await uncaught(page), []);
    }
    await context.close();
  });
});
