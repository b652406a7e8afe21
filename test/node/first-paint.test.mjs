// The inline banner on a page staff open again: the last good document is in localStorage, so the
// README's inline snippets put the banner on the page in the frame that first lays out what follows
// it, and nothing below it moves (no layout shift), also when the host answers late. With nothing to
// show, the banner takes no room from the first frame on. In Chromium with the real bundle, on a
// page whose headings and paragraphs have margins, as intranet pages do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer, send, CORS, delay } from './support/server.mjs';
import { readBundle } from './support/page.mjs';
import { sampleDocument } from './support/status-docs.mjs';

/**
 * The hosts answer this late (ms): the script, so that the page would be painted before it runs if
 * nothing waited for it, and the document, so that the revisit's first frame can only come from storage.
 */
const LATE = 400;

/** The README's two inline snippets (where the script goes and how), and the plain deferred script. */
const SNIPPETS = {
  // Pasted together in the body, e.g. one HTML module: the script without `defer`, just before the element.
  pasted: { head: '', top: '<script src="/late/itc-status.js"></script>' },
  // In a template's head: deferred, but the first paint waits for it (Chromium, Safari 18.2+).
  head: { head: '<script src="/late/itc-status.js" defer blocking="render"></script>', top: '' },
  // Deferred only: the page may be painted before the banner is defined (then a disruption moves it).
  deferred: { head: '<script src="/late/itc-status.js" defer></script>', top: '' },
};
const RECOMMENDED = ['pasted', 'head'];

function quietDocument() {
  const doc = sampleDocument();
  return { ...doc, disruptions: [], maintenance: [] };
}

const page = (snippet, src) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intranät</title>
<style>body { font: 16px/1.5 sans-serif; margin: 0 1rem; } h1 { margin: 1.5rem 0 1rem; } p { margin: 0 0 1rem; }</style>
${SNIPPETS[snippet].head}</head>
<body><header><p>Tierps kommun · Intranätet</p></header><main>
${SNIPPETS[snippet].top}<itc-status-banner src="${src}" municipality="tierp"></itc-status-banner>
<h1 id="below">Välkommen till intranätet</h1>
${'<p>Från den 1 december byter kommunen personalsystem. Logga in som vanligt på måndag.</p>'.repeat(6)}
</main></body></html>`;

let browser, site;

before(async () => {
  const bundle = readBundle();
  site = await startServer({
    routes: {
      '/late/itc-status.js': async (req, res) => {
        await delay(LATE);
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(bundle);
      },
      '/status.json': async (req, res) => {
        await delay(LATE);
        send(res, 200, sampleDocument(), CORS);
      },
      '/quiet.json': async (req, res) => {
        await delay(LATE);
        send(res, 200, quietDocument(), CORS);
      },
      '/page': (req, res, url) =>
        send(res, 200, page(url.searchParams.get('snippet'), url.searchParams.get('src')), { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Watches the page from its first script on: layout shifts, and at each frame (requestAnimationFrame
 * runs just before the browser renders) where the heading below the banner is and whether the
 * banner shows something. `frames[0]` is the first frame that lays out the heading.
 */
function watch() {
  const seen = (window.__firstPaint = { shifts: [], frames: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.shifts.push({ value: e.value, sources: e.sources.map((s) => s.node?.nodeName ?? '?') });
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    const heading = document.getElementById('below');
    if (heading && seen.frames.length < 120) {
      const root = document.querySelector('itc-status-banner')?.shadowRoot;
      seen.frames.push({ headingTop: Math.round(heading.getBoundingClientRect().top), banner: root?.textContent.replace(/\s+/g, ' ').trim() ?? '' });
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** A first visit (it stores the document), then the revisit in the same profile, watched. */
async function revisit(snippet, src) {
  const context = await browser.createBrowserContext();
  try {
    const url = `${site.origin}/page?snippet=${snippet}&src=${src}`;
    const first = await context.newPage();
    await first.goto(url);
    await first.waitForFunction((s) => localStorage.getItem(`itc-status:v1:${location.origin}${s}`), { timeout: 10_000 }, src);
    await first.close();

    const requestsBefore = site.log.filter((r) => r.path === src).length;
    const again = await context.newPage();
    await again.emulateTimezone('Europe/Stockholm');
    await again.evaluateOnNewDocument(watch);
    await again.goto(url);
    // The revalidation has been answered and applied, and a few frames have passed since.
    await again.waitForFunction((n, s) => performance.getEntriesByType('resource').filter((r) => r.name.endsWith(s)).length >= n, { timeout: 10_000 }, 1, src);
    await again.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const seen = await again.evaluate(() => window.__firstPaint);
    assert.equal(site.log.filter((r) => r.path === src).length, requestsBefore + 1, 'the revisit asks the host once');
    return seen;
  } finally {
    await context.close();
  }
}

for (const snippet of RECOMMENDED) {
  test(`${snippet} snippet, revisit with a disruption stored: the banner is in the first frame, nothing moves`, async () => {
    const { frames, shifts } = await revisit(snippet, '/status.json');
    assert.ok(frames.length > 0, 'frames were watched');
    assert.match(frames[0].banner, /Just nu har vi driftstörningar/, 'the first frame that lays out the heading shows the stored disruption');
    assert.ok(frames[0].headingTop > 150, `the heading starts below the banner (${frames[0].headingTop} px)`);
    assert.deepEqual(new Set(frames.map((f) => f.headingTop)).size, 1, `the heading never moves: ${[...new Set(frames.map((f) => f.headingTop))].join(', ')} px`);
    assert.deepEqual(shifts, [], 'no layout shift');
  });

}

// Defined after the first paint or before it, an element with nothing to show leaves the margins
// around it as they were (they collapse through it): nothing moves.
for (const snippet of Object.keys(SNIPPETS)) {
  test(`${snippet} snippet, revisit with nothing to show stored: no room taken, nothing moves`, async () => {
    const { frames, shifts } = await revisit(snippet, '/quiet.json');
    assert.ok(frames.length > 0, 'frames were watched');
    assert.equal(frames[0].banner, '', 'nothing shown');
    assert.deepEqual(new Set(frames.map((f) => f.headingTop)).size, 1, 'the heading never moves');
    assert.deepEqual(shifts, [], 'no layout shift');
  });
}
