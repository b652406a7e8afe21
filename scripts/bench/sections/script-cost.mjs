// 3. Script cost: evaluation of dist/itc-status.js against a bare Lit element bundled the same
// way, alternately in fresh pages; long tasks at load of the intranet page; which ICU-backed
// APIs (Intl) the default path calls, and what the first Intl.DateTimeFormat of a page costs.
import { readFileSync } from 'node:fs';
import { observers, intlCounter, paintProbe } from '../instrument.mjs';
import { openPage, serveStatus, intranetPath, settle } from '../harness.mjs';
import { median, max } from '../stats.mjs';

/** Evaluates `code` as an inline classic script and returns the milliseconds it took. */
async function evaluationTime(browser, origin, rate, code, n) {
  const { page, close } = await openPage(browser, { rate });
  try {
    await page.goto(origin + '/scripts/bench/pages/blank.html');
    // A unique comment defeats V8's in-process compilation cache between runs.
    return await page.evaluate((source) => {
      const script = document.createElement('script');
      script.textContent = source;
      const start = performance.now();
      document.head.append(script);
      return performance.now() - start;
    }, `${code}\n//# run ${n}`);
  } finally {
    await close();
  }
}

export async function scriptCost({ browser, server, origin, rate, reps, sample, bareBundle, bannerOnlyBundle }) {
  const code = {
    ours: readFileSync('dist/itc-status.js', 'utf8'),
    bare: readFileSync(bareBundle, 'utf8'),
    // What the sign-up form's code costs a page that shows only the banner.
    bannerOnly: readFileSync(bannerOnlyBundle, 'utf8'),
  };
  const kinds = Object.keys(code);
  const pairs = [];
  for (let i = 0; i < reps; i++) {
    // Rotate the order so that none always runs on a warmer machine.
    const t = {};
    for (let k = 0; k < kinds.length; k++) {
      const which = kinds[(i + k) % kinds.length];
      t[which] = await evaluationTime(browser, origin, rate, code[which], i);
    }
    pairs.push(t);
  }

  // Long tasks while the intranet page loads and shows the banner, with a control page without our script.
  const title = JSON.parse(sample).disruptions?.[0]?.title ?? '';
  const load = { withScript: [], withoutScript: [] };
  for (let i = 0; i < Math.max(3, Math.ceil(reps / 2)); i++) {
    for (const withScript of [true, false]) {
      const status = serveStatus(server, sample);
      const { page, close } = await openPage(browser, { rate, before: [observers(), paintProbe(title)] });
      try {
        const path = intranetPath({ src: status.path }) + (withScript ? '' : '&script=none');
        // A first page warms the renderer process, so that its start-up is not counted as the page's.
        await page.goto(origin + '/scripts/bench/pages/blank.html');
        await page.goto(origin + path, { waitUntil: 'load' });
        if (withScript) await page.waitForFunction(() => window.__bench.paint, { timeout: 15_000 });
        await settle(page, 300);
        const b = await page.evaluate(() => window.__bench);
        const ours = (f) => f.scripts.filter((s) => s.sourceURL.includes('itc-status.js'));
        const ourFrames = b.loafs.filter((f) => ours(f).length > 0);
        (withScript ? load.withScript : load.withoutScript).push({
          longestTask: max([0, ...b.longtasks.map((t) => t.duration)]),
          tasksOver50: b.longtasks.filter((t) => t.duration > 50).length,
          longestFrame: max([0, ...b.loafs.map((f) => f.duration)]),
          longFramesWithOurScript: ourFrames.length,
          longestFrameWithOurScript: max([0, ...ourFrames.map((f) => f.duration)]),
          ourScriptInLongFrames: max([0, ...ourFrames.map((f) => ours(f).reduce((sum, s) => sum + s.duration, 0))]),
        });
      } finally {
        await close();
      }
    }
  }

  // Which ICU-backed APIs the banner calls on the default path (Swedish, Europe/Stockholm).
  const status = serveStatus(server, sample);
  const { page, close } = await openPage(browser, { rate, before: [intlCounter(), observers(), paintProbe(title)] });
  let intlCalls;
  try {
    await page.goto(origin + intranetPath({ src: status.path }));
    await page.waitForFunction(() => window.__bench.paint, { timeout: 15_000 });
    await settle(page, 300);
    intlCalls = await page.evaluate(() => window.__intl);
  } finally {
    await close();
  }

  // The first Intl.DateTimeFormat of a page, for comparison (fresh pages).
  const firstIntl = [];
  for (let i = 0; i < Math.max(3, Math.ceil(reps / 3)); i++) {
    const { page, close } = await openPage(browser, { rate });
    try {
      await page.goto(origin + '/scripts/bench/pages/blank.html');
      firstIntl.push(
        await page.evaluate(() => {
          const time = () => {
            const start = performance.now();
            new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'full', timeStyle: 'short' }).format(0);
            return performance.now() - start;
          };
          return { first: time(), second: time() };
        }),
      );
    } finally {
      await close();
    }
  }

  // Medians over loads, and the worst load (this machine is shared: one slow load is noise, every load slow is not).
  const summary = (runs) => ({
    loads: runs.length,
    longestTaskMs: median(runs.map((r) => r.longestTask)),
    worstLongestTaskMs: max(runs.map((r) => r.longestTask)),
    tasksOver50: max(runs.map((r) => r.tasksOver50)),
    longestFrameMs: median(runs.map((r) => r.longestFrame)),
    loadsWithLongFrame: runs.filter((r) => r.longFramesWithOurScript > 0).length,
    longestFrameWithOurScriptMs: max(runs.map((r) => r.longestFrameWithOurScript)),
    ourScriptInLongFramesMs: median(runs.map((r) => r.ourScriptInLongFrames)),
    worstOurScriptInLongFramesMs: max(runs.map((r) => r.ourScriptInLongFrames)),
  });
  return {
    reps,
    evaluation: {
      oursMs: median(pairs.map((p) => p.ours)),
      bareLitMs: median(pairs.map((p) => p.bare)),
      ratio: median(pairs.map((p) => p.ours / p.bare)),
      withoutFormMs: median(pairs.map((p) => p.bannerOnly)),
    },
    load: { withScript: summary(load.withScript), withoutScript: summary(load.withoutScript) },
    intlCalls,
    firstIntlDateTimeFormatMs: median(firstIntl.map((r) => r.first)),
    secondIntlDateTimeFormatMs: median(firstIntl.map((r) => r.second)),
  };
}
