// Broken networks against a real HTTP server on 127.0.0.1 (msw cannot show redirects, CORS or
// slow sockets). For every fault of the status host, a page that loads the built bundle:
//  - first load fails  → the neutral notice and nothing else, then recovery on the next poll;
//  - later load fails  → the last good document stays with "kunde inte uppdateras", also after a
//                        reload of the page while the host is still broken, then recovery;
// and for every fault of the sign-up endpoint: an error message, nothing typed is lost, and the
// retry (same idempotency key) succeeds once the endpoint is back. Nothing is raised in the page,
// and the page asks no origin but the site, the status host and the sign-up endpoint.
//
// Page timers run 100× faster (support/time-scale.mjs): poll-interval="15" polls every 150 ms and
// the 30 s request timeout (15 s for the form) becomes 300 ms (150 ms), so the slow host (2 s) is
// well past it. Prints "fault scenarios survived: N".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer, send, CORS, answerPreflight, delay } from './support/server.mjs';
import { openPage, readBundle, shadowText } from './support/page.mjs';
import { sampleDocument } from './support/status-docs.mjs';
import { scaleTimers } from './support/time-scale.mjs';
import { recordFigure } from './support/figures.mjs';
import { EMAIL, fillForm, formValues, submitForm as submit } from './support/form.mjs';

const SPEED = 100;
const FIRST = 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.';
const SECOND = 'Driftstörningen i e-posten är åtgärdad för Tierp; felsökning pågår för övriga.';
const NOTICE = /Driftinformationen kan inte visas just nu/;
const STALE = /kunde inte uppdateras/;

let browser, statusHost, loginHost, site;
let survived = 0;
/** What the status host answers now: 'first', 'second', or the name of a fault. */
let statusMode = 'first';
/** What the sign-up endpoint answers now: 'ok' or the name of a fault. */
let formMode = 'ok';
const signups = [];

const json = (value) => JSON.stringify(value);

/** Every way a status host can fail. Each answers `(req, res)`. */
const STATUS_FAULTS = {
  'slow past the timeout': async (req, res) => {
    await delay(2000);
    send(res, 200, sampleDocument({ title: FIRST }), CORS);
  },
  '500 Internal Server Error': (req, res) => send(res, 500, 'Internal Server Error', CORS),
  '503 with Retry-After': (req, res) => send(res, 503, 'Service Unavailable', { ...CORS, 'Retry-After': '20', 'Access-Control-Expose-Headers': 'Retry-After' }),
  '404 Not Found': (req, res) => send(res, 404, 'Not Found', CORS),
  '302 to a login page on another origin': (req, res) => send(res, 302, '', { ...CORS, Location: `${loginHost.origin}/login?return=/status.json` }),
  'HTML page with status 200': (req, res) =>
    send(res, 200, '<!doctype html><html><head><title>Logga in</title></head><body><form>…</form></body></html>', { ...CORS, 'Content-Type': 'text/html; charset=utf-8' }),
  'truncated JSON': (req, res) => send(res, 200, json(sampleDocument({ title: FIRST })).slice(0, 180), { ...CORS, 'Content-Type': 'application/json' }),
  'empty body': (req, res) => send(res, 200, '', { ...CORS, 'Content-Type': 'application/json' }),
  'JSON array': (req, res) => send(res, 200, [sampleDocument({ title: FIRST })], CORS),
  'missing CORS header': (req, res) => send(res, 200, sampleDocument({ title: FIRST })),
  'unknown format version': (req, res) => send(res, 200, { ...sampleDocument({ title: FIRST }), version: 2 }, CORS),
  'connection reset': (req) => req.socket.destroy(),
};

/** Every way the sign-up endpoint can fail. */
const FORM_FAULTS = {
  '500 Internal Server Error': (req, res) => send(res, 500, 'Internal Server Error', CORS),
  '503 Service Unavailable': (req, res) => send(res, 503, 'Service Unavailable', CORS),
  '404 Not Found': (req, res) => send(res, 404, 'Not Found', CORS),
  '429 with Retry-After': (req, res) => send(res, 429, 'Too Many Requests', { ...CORS, 'Retry-After': '30', 'Access-Control-Expose-Headers': 'Retry-After' }),
  'slow past the timeout': async (req, res) => {
    await delay(2000);
    send(res, 202, { status: 'pending' }, CORS);
  },
  'connection reset': (req) => req.socket.destroy(),
  'missing CORS header': (req, res) => send(res, 202, { status: 'pending' }),
  '302 to a login page on another origin': (req, res) => send(res, 302, '', { ...CORS, Location: `${loginHost.origin}/login` }),
  '400 with a body that is not JSON': (req, res) => send(res, 400, '<html>Bad Request</html>', { ...CORS, 'Content-Type': 'text/html' }),
};

before(async () => {
  readBundle();
  loginHost = await startServer({
    routes: { '/login': (req, res) => send(res, 200, '<!doctype html><title>Logga in</title><form>…</form>', { 'Content-Type': 'text/html' }) },
  });
  statusHost = await startServer({
    routes: {
      '/status.json': async (req, res) => {
        if (statusMode === 'first' || statusMode === 'second') {
          return send(res, 200, sampleDocument({ title: statusMode === 'first' ? FIRST : SECOND }), CORS);
        }
        await STATUS_FAULTS[statusMode](req, res);
      },
      '/subscribe': (req, res) => {
        if (answerPreflight(req, res)) return;
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (chunk) => (body += chunk));
        req.on('end', async () => {
          signups.push({ mode: formMode, body: body ? JSON.parse(body) : undefined });
          if (formMode === 'ok') send(res, 202, { status: 'pending' }, CORS);
          else await FORM_FAULTS[formMode](req, res);
        });
      },
    },
  });
  site = await startServer({
    routes: {
      '/banner.html': (req, res) =>
        send(
          res,
          200,
          `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Intranät</title>
<script src="/dist/itc-status.js" defer></script>
<h1>Startsida</h1>
<itc-status-banner src="${statusHost.origin}/status.json" municipality="tierp" poll-interval="15"></itc-status-banner>`,
          { 'Content-Type': 'text/html; charset=utf-8' },
        ),
      '/form.html': (req, res) =>
        send(
          res,
          200,
          `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Intranät</title>
<script src="/dist/itc-status.js" defer></script>
<itc-subscribe action="${statusHost.origin}/subscribe" municipality="tierp" privacy-url="https://itcentrum.se/sekretesspolicy" terms-url="https://itcentrum.se/anvandarvillkor"></itc-subscribe>`,
          { 'Content-Type': 'text/html; charset=utf-8' },
        ),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all([statusHost?.close(), loginHost?.close(), site?.close()]);
  console.log(`fault scenarios survived: ${survived}`);
  recordFigure('faultScenarios', survived);
});

/** A fresh browser profile (empty storage) with a recorded, time-scaled page. */
async function freshPage() {
  const context = await browser.createBrowserContext();
  const opened = await openPage(context, { beforeScripts: scaleTimers, beforeScriptsArg: SPEED });
  return { ...opened, context };
}

const bannerText = (page) => shadowText(page, 'itc-status-banner');
const statusRequests = () => statusHost.log.filter((r) => r.path === '/status.json' && r.method === 'GET').length;

/** Waits until the banner's text matches every pattern in `has` and none in `hasNot`. */
async function bannerShows(page, { has = [], hasNot = [] }, message) {
  const end = Date.now() + 8000;
  let text;
  for (;;) {
    text = (await bannerText(page)) ?? '';
    if (has.every((p) => p.test(text)) && !hasNot.some((p) => p.test(text))) return text;
    if (Date.now() > end) throw new Error(`${message}: banner shows "${text.slice(0, 300)}"`);
    await delay(30);
  }
}

/** The page raised nothing and asked no origin it has no business with. */
async function assertQuiet({ record, harness }, allowedOrigins) {
  const { errors, violations } = await harness();
  assert.deepEqual(errors, [], 'no error or unhandled rejection in the page');
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(violations, []);
  const origins = new Set(record.requests.map((r) => new URL(r.url).origin));
  for (const origin of origins) assert.ok(allowedOrigins.includes(origin), `unexpected request to ${origin}`);
}

const rx = (s) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

for (const fault of Object.keys(STATUS_FAULTS)) {
  const allowed = () => [site.origin, statusHost.origin, ...(fault.startsWith('302') ? [loginHost.origin] : [])];

  test(`status host: ${fault} on the first load → neutral notice, then recovery on the next poll`, async () => {
    statusMode = fault;
    const opened = await freshPage();
    try {
      await opened.page.goto(`${site.origin}/banner.html`, { waitUntil: 'load' });
      const text = await bannerShows(opened.page, { has: [NOTICE] }, 'neutral notice');
      assert.doesNotMatch(text, rx(FIRST), 'nothing of the unusable document');
      assert.doesNotMatch(text, /inga störningar/i);
      const asked = statusRequests();
      statusMode = 'first';
      await bannerShows(opened.page, { has: [rx(FIRST)], hasNot: [NOTICE, STALE] }, 'recovery');
      assert.ok(statusRequests() > asked, 'recovered by polling');
      await assertQuiet(opened, allowed());
      survived += 1;
    } finally {
      statusMode = 'first';
      await opened.context.close();
    }
  });

  test(`status host: ${fault} after a good load → last good document kept (also after a reload), then recovery`, async () => {
    statusMode = 'first';
    const opened = await freshPage();
    try {
      await opened.page.goto(`${site.origin}/banner.html`, { waitUntil: 'load' });
      await bannerShows(opened.page, { has: [rx(FIRST)], hasNot: [STALE] }, 'first document');
      statusMode = fault;
      await bannerShows(opened.page, { has: [rx(FIRST), STALE], hasNot: [NOTICE] }, 'stale line with the last good document');
      // A new page load while the host is still broken: the last good document at once, from storage.
      await opened.page.reload({ waitUntil: 'load' });
      await bannerShows(opened.page, { has: [rx(FIRST), STALE], hasNot: [NOTICE] }, 'last good document after reload');
      statusMode = 'second';
      await bannerShows(opened.page, { has: [rx(SECOND)], hasNot: [rx(FIRST), STALE, NOTICE] }, 'recovery with the new document');
      await assertQuiet(opened, allowed());
      survived += 1;
    } finally {
      statusMode = 'first';
      await opened.context.close();
    }
  });
}

const formText = (page) => shadowText(page, 'itc-subscribe');

async function waitFor(predicate, message, timeout = 8000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out: ${message}`);
    await delay(30);
  }
}

for (const fault of Object.keys(FORM_FAULTS)) {
  test(`sign-up endpoint: ${fault} → an error message, nothing typed lost, retry with the same key succeeds`, async () => {
    formMode = fault;
    const opened = await freshPage();
    const { page } = opened;
    try {
      await page.goto(`${site.origin}/form.html`, { waitUntil: 'load' });
      await waitFor(() => page.$('itc-subscribe >>> input[name="email"]'), 'the form');
      await fillForm(page);
      const typed = await formValues(page);
      assert.ok(typed.includes(`email:${EMAIL}=${EMAIL}`) && typed.includes('consent:on=true') && typed.includes('topics:operations=true'), typed.join(' '));
      const sent = signups.length;
      await submit(page);
      await waitFor(() => signups.length > sent, 'the sign-up request');
      // The element settles on a failure message (not "Tack!") while every field keeps its value.
      const failure = await waitFor(
        () =>
          page.evaluate(() => {
            const root = document.querySelector('itc-subscribe').shadowRoot;
            const busy = root.querySelector('form')?.getAttribute('aria-busy') === 'true';
            const status = root.querySelector('[part="status"]')?.textContent.trim();
            return !busy && status;
          }),
        'the failure message',
      );
      assert.doesNotMatch(failure, /Tack!/);
      assert.match(failure, /försök igen/, 'the user is invited to try again');
      assert.deepEqual(await formValues(page), typed, 'what the user typed is kept');
      const firstKey = signups[signups.length - 1].body?.idempotencyKey;
      assert.ok(firstKey, 'the request carried an idempotency key');
      formMode = 'ok';
      const before = signups.length;
      await submit(page);
      await waitFor(async () => /Tack!/.test((await formText(page)) ?? ''), 'success after retry');
      const retry = signups.slice(before).filter((s) => s.mode === 'ok');
      assert.equal(retry.length, 1, 'exactly one retry request');
      assert.equal(retry[0].body.idempotencyKey, firstKey, 'the retry reuses the idempotency key');
      assert.equal(retry[0].body.email, EMAIL);
      assert.deepEqual(retry[0].body.topics, ['operations']);
      await assertQuiet(opened, [site.origin, statusHost.origin, ...(fault.startsWith('302') ? [loginHost.origin] : [])]);
      survived += 1;
    } finally {
      formMode = 'ok';
      await opened.context.close();
    }
  });
}
