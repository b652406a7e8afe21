// 4. Layout shift: CLS (largest session window) of the intranet page with the banner in each
// placement, at a desktop and a phone viewport: (a) first visit with a disruption, (b) repeat
// visit with the last good document cached, (c) nothing that concerns the page's municipality,
// (d) a disruption published while the page is open (it arrives with the next poll).
import { observers, timeWarp, largestSessionWindow } from '../instrument.mjs';
import { openPage, serveStatus, intranetPath, settle, waitForRequests, PLACEMENTS } from '../harness.mjs';
import { max, median } from '../stats.mjs';

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
export const SCENARIOS = { a: 'first visit, disruption', b: 'repeat visit, cached', c: 'no disruption', d: 'disruption while open' };

/** The status host is further away than the loopback: answers take this long (ms). */
const LATENCY = 150;
/** Time for the banner's entrance (overlay animation) and any late layout to finish. */
const SETTLE_MS = 400;
const POLL = 15;
const WARP = 15;

const shown = (title) => (t) => {
  const el = document.querySelector('itc-status-banner');
  return !!(el && el.shadowRoot && el.shadowRoot.textContent.includes(t) && !el.isUpdatePending);
};

async function measure(page) {
  return page.evaluate(() => {
    const el = document.querySelector('itc-status-banner');
    const fold = [...document.querySelectorAll('itc-status-banner')].map((b) => Math.round(b.getBoundingClientRect().top));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      firstContentfulPaint: fcp ? fcp.startTime : NaN,
      bannerTops: fold,
      shifts: window.__bench.shifts,
      bannerHeight: el ? Math.round(el.getBoundingClientRect().height) : 0,
      bannerPosition: el ? getComputedStyle(el).position : '',
    };
  });
}

async function visit({ browser, server, origin, rate, viewport, placement, scenario, sample, quiet, title }) {
  const status = serveStatus(server, scenario === 'c' || scenario === 'd' ? quiet : sample, { latency: LATENCY });
  const before = [observers()];
  if (scenario === 'd') before.push(timeWarp(WARP, Date.now()));
  const { page, context, close } = await openPage(browser, { rate, viewport, before });
  const url = origin + intranetPath({ placement, src: status.path, poll: scenario === 'd' ? POLL : undefined });
  const showsBanner = () => page.waitForFunction(shown(title), { timeout: 15_000, polling: 'raf' }, title);
  try {
    if (scenario === 'b') {
      // The first visit leaves the last good document in storage; the measured one is the second.
      await page.goto(url);
      await showsBanner();
      await settle(page, SETTLE_MS);
      const { page: next } = await openPage(browser, { rate, viewport, before: [observers()], context });
      await page.close();
      await next.goto(url);
      // The cached document shows first; the revalidation (304 or a new body) follows.
      await next.waitForFunction(shown(title), { timeout: 15_000, polling: 'raf' }, title);
      await waitForRequests(status, 2);
      await settle(next, SETTLE_MS);
      return await measure(next);
    }
    await page.goto(url);
    await waitForRequests(status, 1);
    if (scenario === 'a') await showsBanner();
    if (scenario === 'd') {
      await settle(page, SETTLE_MS);
      status.set(sample);
      await showsBanner();
    }
    await settle(page, SETTLE_MS);
    return await measure(page);
  } finally {
    await close();
  }
}

export async function layoutShift({ browser, server, origin, rates, reps, sample, quiet, placements = PLACEMENTS, log }) {
  const title = JSON.parse(sample).disruptions[0].title;
  const results = [];
  for (const placement of placements) {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      for (const scenario of Object.keys(SCENARIOS)) {
        // CPU speed only matters where timing decides whether the banner comes before the first paint:
        // the plain inline placement, the recommended ones and the scripts that block the first paint.
        for (const rate of rates.filter((r) => r === 1 || ['flow', 'split', 'blocking', 'render', 'pasted'].includes(placement))) {
          const runs = [];
          // Whether a cached document is shown before the first paint depends on timing: more visits.
          for (let i = 0; i < (scenario === 'b' ? reps + 1 : reps); i++) {
            const m = await visit({ browser, server, origin, rate, viewport, placement, scenario, sample, quiet, title });
            runs.push({ cls: largestSessionWindow(m.shifts), ...m });
          }
          const row = {
            placement,
            viewport: viewportName,
            scenario,
            rate,
            cls: max(runs.map((r) => r.cls)),
            clsMedian: median(runs.map((r) => r.cls)),
            bannerHeight: max(runs.map((r) => r.bannerHeight)),
            firstContentfulPaintMs: median(runs.map((r) => r.firstContentfulPaint)),
            bannerPosition: runs[0].bannerPosition,
            bannerTops: runs[0].bannerTops,
            shiftedNodes: [...new Set(runs.flatMap((r) => r.shifts.flatMap((s) => s.sources)))],
          };
          results.push(row);
          log?.(`  cls ${placement.padEnd(8)} ${viewportName.padEnd(7)} (${scenario}) ×${rate}: ${row.cls.toFixed(4)}`);
        }
      }
    }
  }
  return results;
}
