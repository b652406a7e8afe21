// "Lägg till i kalender" in the pasted bundle: the calendar file's generator is a part of its own
// (dist/itc-calendar.<hash>.js), loaded from beside the bundle on the first press, once. In
// Chromium under a strict CSP, with the bundle's SRI (the part gets its own hash): the file
// downloaded is the window's calendar entry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { calendarPartFilesIn } from '../../scripts/rollup-parts.mjs';
import { integrityOf } from '../../scripts/sri.mjs';
import { startServer, send, CORS } from './support/server.mjs';
import { openPage, readBundle } from './support/page.mjs';
import { sampleDocument } from './support/status-docs.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
let browser, site;

before(async () => {
  const bundle = readBundle();
  const [partPath] = calendarPartFilesIn(DIST);
  assert.ok(partPath, 'dist/itc-calendar.<hash>.js is missing: run `npm run build` first');
  const integrity = integrityOf(bundle);
  const js = (bytes) => (req, res) => send(res, 200, bytes, { 'Content-Type': 'text/javascript', ...CORS });
  site = await startServer({
    routes: {
      '/status.json': (req, res) => send(res, 200, sampleDocument(), CORS),
      '/js/itc-status.js': js(bundle),
      ['/js/' + basename(partPath)]: js(readFileSync(partPath)),
      '/page': (req, res) =>
        send(
          res,
          200,
          `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intranät</title>
<script src="/js/itc-status.js" integrity="${integrity}" crossorigin="anonymous" defer></script></head>
<body><itc-status-banner src="/status.json" municipality="tierp"></itc-status-banner></body></html>`,
          {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html itc-status",
          },
        ),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Keeps what each download anchor would save: its name and text (read from its Blob, not fetched: the CSP allows no blob:). */
function captureDownloads() {
  window.__downloads = [];
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob) => {
    const url = create.call(URL, blob);
    blobs.set(url, blob);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) blobs.get(this.href).text().then((text) => window.__downloads.push({ name: this.download, text }));
    else click.call(this);
  };
}

test('the first press loads the calendar part (with its SRI hash), later presses reuse it; the file is the window', async () => {
  const { page, until, harness, record } = await openPage(browser, { beforeScripts: captureDownloads });
  await page.goto(site.origin + '/page');
  await until(() => document.querySelector('itc-status-banner')?.shadowRoot?.querySelector('[part~="calendar"]'), undefined, { message: 'the calendar button' });
  const partRequests = () => record.requests.filter((r) => /itc-calendar\.[\w-]{8}\.js$/.test(r.url)).length;
  assert.equal(partRequests(), 0, 'not loaded before anyone asks');
  const press = () => page.evaluate(() => document.querySelector('itc-status-banner').shadowRoot.querySelector('[part~="calendar"]').click());
  await press();
  await until(() => window.__downloads.length === 1, undefined, { message: 'the first file' });
  await press();
  await until(() => window.__downloads.length === 2, undefined, { message: 'the second file' });
  assert.equal(partRequests(), 1);
  const [first, second] = await page.evaluate(() => window.__downloads);
  assert.equal(first.name, 'tierp-servicefonster.ics');
  assert.match(first.text, /^BEGIN:VCALENDAR\r\n/);
  assert.match(first.text, /SUMMARY:Servicefönster – Tierp\r\n/);
  assert.match(first.text, /UID:tierp-servicefonster@/);
  assert.equal(second.text.replace(/DTSTAMP:\S+/, ''), first.text.replace(/DTSTAMP:\S+/, ''));
  const script = await page.evaluate(() => document.querySelector('script[src*="itc-calendar."]')?.integrity);
  assert.match(script, /^sha384-/);
  const { violations, errors } = await harness();
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});
