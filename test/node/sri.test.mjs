// Subresource Integrity: the bundle loaded from a second origin (a CDN-like host that sends CORS)
// with <script integrity crossorigin="anonymous"> runs with the published hash and is refused with
// a wrong one. The published hash is the one `npm run build` writes to dist/itc-status.js.sri.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer, send, CORS } from './support/server.mjs';
import { openPage, readBundle, BUNDLE } from './support/page.mjs';

const TAGS = ['itc-status-banner', 'itc-status-provider', 'itc-subscribe'];
let browser, cdn, cdnWithoutCors, site;
const published = () => readFileSync(BUNDLE + '.sri', 'utf8').trim();

before(async () => {
  const bundle = readBundle();
  const serveBundle = (headers) => (req, res) => send(res, 200, bundle, { 'Content-Type': 'text/javascript; charset=utf-8', ...headers });
  cdn = await startServer({ routes: { '/itc-status.js': serveBundle(CORS) } });
  cdnWithoutCors = await startServer({ routes: { '/itc-status.js': serveBundle({}) } });
  const page = (src, integrity) =>
    (req, res) =>
      send(res, 200, `<!doctype html><html lang="sv"><title>SRI</title>
<script src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>
<itc-status-banner src="${cdn.origin}/none.json"></itc-status-banner>`, { 'Content-Type': 'text/html; charset=utf-8' });
  site = await startServer({
    routes: {
      '/right.html': (req, res) => page(`${cdn.origin}/itc-status.js`, published())(req, res),
      '/wrong.html': page(`${cdn.origin}/itc-status.js`, 'sha384-' + createHash('sha384').update('something else').digest('base64')),
      '/no-cors.html': (req, res) => page(`${cdnWithoutCors.origin}/itc-status.js`, published())(req, res),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all([cdn?.close(), cdnWithoutCors?.close(), site?.close()]);
});

async function definedTags(path) {
  const { page, record } = await openPage(browser);
  await page.goto(site.origin + path, { waitUntil: 'load' });
  const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
  await page.close();
  return { defined, record };
}

test('the published hash is the SHA-384 of dist/itc-status.js', () => {
  const expected = 'sha384-' + createHash('sha384').update(readBundle()).digest('base64');
  assert.equal(published(), expected);
});

test('with the published hash and crossorigin="anonymous", the bundle runs and defines every element', async () => {
  const { defined, record } = await definedTags('/right.html');
  assert.deepEqual(defined, TAGS);
  assert.deepEqual(record.pageErrors, []);
});

test('with a wrong hash, the browser refuses the bundle: no element is defined', async () => {
  const { defined, record } = await definedTags('/wrong.html');
  assert.deepEqual(defined, []);
  assert.ok(record.console.some((m) => /integrity/i.test(m.text)), 'the console names the integrity failure');
});

test('a host that sends no CORS header cannot serve the bundle with integrity', async () => {
  const { defined } = await definedTags('/no-cors.html');
  assert.deepEqual(defined, []);
});
