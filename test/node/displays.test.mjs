// Displays staff use besides a screen with colours: Windows' contrast themes (forced-colors: active,
// which drops backgrounds) and print. In Chromium with the real bundle: in forced colours every part
// of the banner stays a bordered, distinguishable box (the disruption, its severity, the cards,
// the "Pågår nu" badge, the notice, every button) and focus stays visible; printed, the banner is
// black on white without its buttons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer, send, CORS } from './support/server.mjs';
import { openPage, readBundle } from './support/page.mjs';
import { sampleDocument } from './support/status-docs.mjs';

const HOUR = 3_600_000;
let browser, site;

/** The sample with a critical, a major and a minor disruption and an ongoing window (its badge). */
function documentWithEverything() {
  const now = Date.now();
  const doc = sampleDocument({ now });
  const major = doc.disruptions[0];
  doc.disruptions = [
    { ...major, id: 'kritisk', severity: 'critical', title: 'Inloggningen fungerar inte' },
    major,
    { ...major, id: 'mindre', severity: 'minor', title: 'Skrivarna i Tierp är långsamma' },
  ];
  doc.maintenance[0] = { ...doc.maintenance[0], start: new Date(now - HOUR).toISOString(), systems: [] };
  return doc;
}

before(async () => {
  readBundle();
  site = await startServer({
    routes: {
      '/status.json': (req, res) => send(res, 200, documentWithEverything(), CORS),
      '/unreachable.json': (req, res) => send(res, 503, 'Service Unavailable', CORS),
      '/page': (req, res, url) =>
        send(
          res,
          200,
          `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intranät</title><script src="/dist/itc-status.js" defer></script></head>
<body><h1>Intranät</h1><itc-status-banner src="/${url.searchParams.get('src') ?? 'status.json'}" municipality="tierp"></itc-status-banner></body></html>`,
          { 'Content-Type': 'text/html; charset=utf-8' },
        ),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function bannerPage(features, src) {
  const { page, until, record } = await openPage(browser);
  // Through the DevTools protocol: puppeteer's own helper does not know forced-colors.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', { features });
  await page.goto(`${site.origin}/page${src ? `?src=${src}` : ''}`);
  await until(() => document.querySelector('itc-status-banner')?.shadowRoot?.querySelector('.shows'), undefined, { message: 'the banner' });
  return { page, record };
}

/** Each part's box: border widths and colours, background, text colour, display. */
const boxes = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('itc-status-banner').shadowRoot;
    const box = (el) => {
      if (!el) return null;
      const s = getComputedStyle(el);
      return { border: [s.borderTopWidth, s.borderTopStyle, s.borderTopColor], left: s.borderLeftWidth, background: s.backgroundColor, color: s.color, display: s.display, text: el.textContent.trim().slice(0, 40) };
    };
    return {
      disruptions: [...root.querySelectorAll('[part~="disruption"]')].map(box),
      cards: [...root.querySelectorAll('[part~="card"]')].map(box),
      badge: box(root.querySelector('[part~="badge"]')),
      buttons: [...root.querySelectorAll('button')].map(box),
      notice: box(root.querySelector('[part~="notice"]')),
    };
  });

const visible = ({ border: [width, style] }) => parseFloat(width) >= 1 && style !== 'none';

test('forced colours: every disruption, card, the badge and each button keep a visible border; critical and minor stand apart', async () => {
  const { page, record } = await bannerPage([{ name: 'forced-colors', value: 'active' }]);
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  const b = await boxes(page);
  assert.equal(b.disruptions.length, 3);
  for (const part of [...b.disruptions, ...b.cards, b.badge, ...b.buttons]) {
    assert.ok(visible(part), `${part.text}: ${JSON.stringify(part.border)}`);
    // The forced palette draws borders in a system colour that differs from the background.
    assert.notEqual(part.border[2], part.background, part.text);
  }
  const [critical, major, minor] = b.disruptions;
  assert.ok(parseFloat(critical.border[0]) > parseFloat(major.border[0]), 'critical has the thicker border');
  assert.notEqual(minor.border[1], major.border[1], 'minor has another border style');
  // The severity is also said in words, first in each disruption.
  const labels = b.disruptions.map((d) => d.text.split(':')[0]);
  assert.equal(new Set(labels).size, 3, labels.join(' | '));
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test('forced colours: focus stays visible on the buttons', async () => {
  const { page } = await bannerPage([{ name: 'forced-colors', value: 'active' }]);
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.querySelector('itc-status-banner').shadowRoot.activeElement?.localName === 'button')); i++) await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('itc-status-banner').shadowRoot.activeElement);
    return [s.outlineStyle, parseFloat(s.outlineWidth)];
  });
  assert.deepEqual(outline, ['solid', 3]);
  await page.close();
});

test('forced colours: the neutral notice (the document cannot be used) is a bordered box too', async () => {
  const { page } = await bannerPage([{ name: 'forced-colors', value: 'active' }], 'unreachable.json');
  const { notice } = await boxes(page);
  assert.match(notice.text, /^Driftinformationen kan inte visas/);
  assert.ok(visible(notice), JSON.stringify(notice.border));
  await page.close();
});

test('print: the banner prints black on white, its buttons hidden', async () => {
  const { page } = await bannerPage([]);
  await page.emulateMediaType('print');
  const b = await boxes(page);
  for (const d of b.disruptions) {
    assert.equal(d.color, 'rgb(0, 0, 0)', d.text);
    assert.equal(d.background, 'rgba(0, 0, 0, 0)', d.text);
    assert.ok(visible(d), d.text);
  }
  assert.ok(b.buttons.length > 0 && b.buttons.every((button) => button.display === 'none'));
  // And it prints: a PDF of the page holds the disruption's title.
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  await page.close();
});
