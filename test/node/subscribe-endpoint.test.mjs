// The demo sign-up endpoint answers as docs/subscribe-api.md says, and a form on another origin
// can use it in real Chromium: CORS preflight passes and Retry-After reaches the element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { createSubscribeEndpoint, SUBSCRIBE_PATH } from '../../demo/server/subscribe-endpoint.mjs';
import { resolveChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const quiet = { readCliArgs: false, readFileConfig: false, autoExitProcess: false, logStartMessage: false };
let api;
let apiUrl;

before(async () => {
  api = await startDevServer({
    ...quiet,
    config: { rootDir: '.', hostname: '127.0.0.1', middleware: [createSubscribeEndpoint({ delayMs: 0 })], watch: false },
  });
  apiUrl = `http://127.0.0.1:${api.config.port}${SUBSCRIBE_PATH}`;
});
after(() => api?.stop());

let keys = 0;
const signUp = (change = {}) => ({
  email: 'anna@tierp.se',
  topics: ['operations'],
  municipalities: ['tierp'],
  consent: true,
  consentVersion: '2024-01',
  lang: 'sv',
  idempotencyKey: `key-${++keys}`,
  honeypot: '',
  elapsedMs: 5000,
  ...change,
});
const post = (body, headers = { 'Content-Type': 'application/json' }) =>
  fetch(apiUrl, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

test('202 pending for a valid sign-up', async () => {
  const response = await post(signUp());
  assert.equal(response.status, 202);
  assert.deepEqual(await response.json(), { status: 'pending' });
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
});

test('a repeated idempotency key gets the same answer', async () => {
  const body = signUp();
  assert.equal((await post(body)).status, 202);
  const again = await post({ ...body, email: 'fel@tierp.se' });
  assert.equal(again.status, 202);
});

test('an address containing "fel" gets a 422 field error in the request language', async () => {
  const sv = await post(signUp({ email: 'fel@tierp.se' }));
  assert.equal(sv.status, 422);
  assert.deepEqual(Object.keys((await sv.json()).errors), ['email']);
  const en = await post(signUp({ email: 'fel@tierp.se', lang: 'en' }));
  assert.match((await en.json()).errors.email, /^This address cannot receive email/);
});

test('invalid fields get 422 with one message per field', async () => {
  const response = await post(signUp({ email: 'anna', topics: [], municipalities: ['uppsala'], consent: false }));
  assert.equal(response.status, 422);
  const { errors } = await response.json();
  assert.deepEqual(Object.keys(errors).sort(), ['consent', 'email', 'municipalities', 'topics']);
  for (const message of Object.values(errors)) assert.equal(typeof message, 'string');
});

test('"upptagen" gets 429 with Retry-After: 30, exposed to scripts', async () => {
  const response = await post(signUp({ email: 'upptagen@tierp.se' }));
  assert.equal(response.status, 429);
  assert.equal(response.headers.get('retry-after'), '30');
  assert.equal(response.headers.get('access-control-expose-headers'), 'Retry-After');
});

test('"krasch" gets 500', async () => {
  assert.equal((await post(signUp({ email: 'krasch@tierp.se' }))).status, 500);
});

test('not JSON: 415 for another content type, 400 for a broken body or a missing key', async () => {
  assert.equal((await post('email=anna@tierp.se', { 'Content-Type': 'application/x-www-form-urlencoded' })).status, 415);
  assert.equal((await post('{"email":')).status, 400);
  assert.equal((await post(signUp({ idempotencyKey: '' }))).status, 400);
});

test('the preflight allows POST with Content-Type from any origin; other methods get 405', async () => {
  const preflight = await fetch(apiUrl, {
    method: 'OPTIONS',
    headers: { Origin: 'https://intranat.tierp.se', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
  assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST');
  assert.equal(preflight.headers.get('access-control-allow-headers'), 'Content-Type');
  const get = await fetch(apiUrl);
  assert.equal(get.status, 405);
  assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
});

test('other paths are passed on', async () => {
  const response = await fetch(apiUrl.replace(SUBSCRIBE_PATH, '/demo/api/something-else'));
  assert.equal(response.status, 404);
});

test('in Chromium, a form on another origin signs up and shows the exposed Retry-After', { timeout: 60000 }, async () => {
  const executablePath = await resolveChromium();
  assert.ok(executablePath, 'Chromium is needed for this test');
  // The page's origin: serves a page that loads the element from source.
  const page = `<!doctype html><html lang="sv"><body>
    <itc-subscribe action="${apiUrl}" municipality="tierp" topics="driftinformation"></itc-subscribe>
    <script type="module" src="/src/define/itc-subscribe.ts"></script></body></html>`;
  const site = await startDevServer({
    ...quiet,
    config: {
      rootDir: '.',
      hostname: '127.0.0.1',
      nodeResolve: { exportConditions: ['production'] },
      plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
      middleware: [(ctx, next) => (ctx.path === '/form.html' ? ((ctx.type = 'html'), (ctx.body = page)) : next())],
      watch: false,
    },
  });
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    assert.notEqual(site.config.port, api.config.port);
    await tab.goto(`http://127.0.0.1:${site.config.port}/form.html`);
    await tab.waitForFunction(() => customElements.get('itc-subscribe') && document.querySelector('itc-subscribe').shadowRoot?.querySelector('form'));

    const send = (email) =>
      tab.evaluate(async (email) => {
        const el = document.querySelector('itc-subscribe');
        const root = el.shadowRoot;
        root.querySelector('#email').value = email;
        root.querySelector('#consent').checked = true;
        const result = new Promise((resolve) => {
          const done = (event) => resolve({ type: event.type, detail: JSON.parse(JSON.stringify(event.detail)) });
          el.addEventListener('itc-subscribe-success', done, { once: true });
          el.addEventListener('itc-subscribe-error', done, { once: true });
        });
        root.querySelector('button').click();
        const event = await result;
        await el.updateComplete;
        return { ...event, status: root.querySelector('[role=status]').textContent.trim() };
      }, email);

    const busy = await send('upptagen@tierp.se');
    assert.equal(busy.type, 'itc-subscribe-error');
    assert.deepEqual(busy.detail.outcome, { kind: 'rate-limited', status: 429, retryAfter: 30 });
    assert.match(busy.status, /Vänta 30 sekunder/);

    const done = await send('anna@tierp.se');
    assert.equal(done.type, 'itc-subscribe-success');
    assert.equal(done.detail.status, 202);
    assert.match(done.status, /^Tack! Bekräfta prenumerationen via länken vi har skickat till anna@tierp.se\.$/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await site.stop();
  }
});
