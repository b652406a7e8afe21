// Subresource Integrity: the bundle loaded from a second origin (a CDN-like host that sends CORS)
// with <script integrity crossorigin="anonymous"> runs with the published hash and is refused with
// a wrong one. The published hash is the one `npm run build` writes to dist/itc-status.js.sri.
// The sign-up form's part, which the bundle loads from beside itself, is checked against the
// hash the bundle carries: the page's one integrity attribute covers it too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer, send, CORS } from './support/server.mjs';
import { openPage, readBundle, readFormPart, BUNDLE } from './support/page.mjs';

const TAGS = ['itc-status-banner', 'itc-status-provider', 'itc-subscribe'];
let browser, cdn, cdnWithoutCors, cdnTamperedPart, site;
const published = () => readFileSync(BUNDLE + '.sri', 'utf8').trim();

before(async () => {
  const bundle = readBundle();
  const part = readFormPart();
  const script = (bytes, headers) => (req, res) => send(res, 200, bytes, { 'Content-Type': 'text/javascript; charset=utf-8', ...headers });
  // The same bytes and one byte more: a host that changed the part after the bundle was published.
  const tampered = Buffer.concat([part.bytes, Buffer.from(';')]);
  cdn = await startServer({ routes: { '/itc-status.js': script(bundle, CORS), ['/' + part.file]: script(part.bytes, CORS) } });
  cdnWithoutCors = await startServer({ routes: { '/itc-status.js': script(bundle, {}), ['/' + part.file]: script(part.bytes, {}) } });
  cdnTamperedPart = await startServer({ routes: { '/itc-status.js': script(bundle, CORS), ['/' + part.file]: script(tampered, CORS) } });
  const page = (src, integrity) =>
    (req, res) =>
      send(res, 200, `<!doctype html><html lang="sv"><title>SRI</title>
<script src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>
<itc-status-banner src="${cdn.origin}/none.json"></itc-status-banner>
<itc-subscribe><a href="https://itcentrum.se/">Prenumerera på itcentrum.se</a></itc-subscribe>`, { 'Content-Type': 'text/html; charset=utf-8' });
  site = await startServer({
    routes: {
      '/right.html': (req, res) => page(`${cdn.origin}/itc-status.js`, published())(req, res),
      '/wrong.html': page(`${cdn.origin}/itc-status.js`, 'sha384-' + createHash('sha384').update('something else').digest('base64')),
      '/no-cors.html': (req, res) => page(`${cdnWithoutCors.origin}/itc-status.js`, published())(req, res),
      '/tampered-part.html': (req, res) => page(`${cdnTamperedPart.origin}/itc-status.js`, published())(req, res),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all([cdn?.close(), cdnWithoutCors?.close(), cdnTamperedPart?.close(), site?.close()]);
});

/** The tags defined once the page and the form's part (if any) have loaded or failed. */
async function definedTags(path) {
  const { page, record } = await openPage(browser);
  await page.goto(site.origin + path, { waitUntil: 'networkidle0' });
  const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
  const partIntegrity = await page.evaluate(() => document.querySelector('script[src*="itc-subscribe."]')?.integrity);
  await page.close();
  return { defined, record, partIntegrity };
}

test('the published hash is the SHA-384 of dist/itc-status.js', () => {
  const expected = 'sha384-' + createHash('sha384').update(readBundle()).digest('base64');
  assert.equal(published(), expected);
});

test('with the published hash and crossorigin="anonymous", the bundle runs and defines every element', async () => {
  const { defined, record, partIntegrity } = await definedTags('/right.html');
  assert.deepEqual(defined, TAGS);
  assert.deepEqual(record.pageErrors, []);
  // The form's part was requested with its own hash, the one the build put into the bundle.
  assert.equal(partIntegrity, 'sha384-' + createHash('sha384').update(readFormPart().bytes).digest('base64'));
});

test("a form part that differs from the bundle's hash is refused: no form, the banner still works, the page's own content stays", async () => {
  const { page, record } = await openPage(browser);
  await page.goto(site.origin + '/tampered-part.html', { waitUntil: 'networkidle0' });
  const state = await page.evaluate(() => ({
    banner: !!customElements.get('itc-status-banner'),
    form: !!customElements.get('itc-subscribe'),
    fallbackShown: document.querySelector('itc-subscribe a').getClientRects().length > 0,
  }));
  await page.close();
  assert.deepEqual(state, { banner: true, form: false, fallbackShown: true });
  assert.deepEqual(record.pageErrors, []);
  assert.ok(record.console.some((m) => m.type === 'error' && /itc-subscribe: the form cannot be shown/.test(m.text)), JSON.stringify(record.console));
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
