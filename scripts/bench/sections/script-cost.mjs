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

export async function scriptCost({ browser, server, origin, rate, reps, sample, bareBundle, bareLitPath, bannerOnlyBundle, baseline }) {
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

  // Long tasks and frames while the intranet page loads and shows the banner, with the README's inline
  // snippet (script right before the banner): a first visit, a repeat visit (the stored document is
  // rendered before the first paint), a control page without our script, the bare Lit element in the
  // banner's place with the same snippet (what any Lit element costs there), and both visits with a
  // baseline build of the script when one is given (`--baseline=DIR`), alternately in one run.
  const title = JSON.parse(sample).disruptions?.[0]?.title ?? '';
  const variants = {
    withScript: {},
    repeatVisit: { repeat: true },
    withoutScript: { script: 'none' },
    bareLit: { bundle: bareLitPath, reference: true },
  };
  if (baseline) {
    variants.baseline = { bundle: `/${baseline}/itc-status.js` };
    variants.baselineRepeat = { bundle: `/${baseline}/itc-status.js`, repeat: true };
  }
  const load = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let i = 0; i < reps; i++) {
    for (const [name, { repeat, script, bundle, reference }] of Object.entries(variants)) {
      const status = serveStatus(server, sample);
      let { page, context, close } = await openPage(browser, { rate, before: [observers(), paintProbe(title)] });
      try {
        const path = intranetPath({ placement: script ? 'flow' : 'pasted', src: status.path, bundle }) + (script ? `&script=${script}` : '');
        if (repeat) {
          // The first visit stores the document; the measured page is the next one in the same profile.
          await page.goto(origin + path, { waitUntil: 'load' });
          await page.waitForFunction(() => window.__bench.paint, { timeout: 15_000 });
          await settle(page, 300);
          const first = page;
          ({ page } = await openPage(browser, { rate, before: [observers(), paintProbe(title)], context }));
          await first.close();
        } else {
          // A first page warms the renderer process, so that its start-up is not counted as the page's.
          await page.goto(origin + '/scripts/bench/pages/blank.html');
        }
        await page.goto(origin + path, { waitUntil: 'load' });
        // Shown from the response, or (repeat visit) from storage with the response read after it.
        if (!script && !reference) await page.waitForFunction((repeat) => (repeat ? window.__bench.bodies.length : window.__bench.paint), { timeout: 15_000 }, Boolean(repeat));
        await settle(page, 300);
        const b = await page.evaluate(() => window.__bench);
        const ours = (f) => f.scripts.filter((s) => s.sourceURL.includes('itc-status.js'));
        const ourFrames = b.loafs.filter((f) => ours(f).length > 0);
        load[name].push({
          longestTask: max([0, ...b.longtasks.map((t) => t.duration)]),
          tasksOver50: b.longtasks.filter((t) => t.duration > 50).length,
          longestFrame: max([0, ...b.loafs.map((f) => f.duration)]),
          longFramesWithOurScript: ourFrames.length,
          longestFrameWithOurScript: max([0, ...ourFrames.map((f) => f.duration)]),
          ourScriptInLongFrames: max([0, ...ourFrames.map((f) => ours(f).reduce((sum, s) => sum + s.duration, 0))]),
        });
      } finally {
        await close();
        await page.close().catch(() => {});
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
    medianLongestFrameWithOurScriptMs: median(runs.map((r) => r.longestFrameWithOurScript)),
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
    load: Object.fromEntries(Object.entries(load).map(([name, runs]) => [name, summary(runs)])),
    intlCalls,
    firstIntlDateTimeFormatMs: median(firstIntl.map((r) => r.first)),
    secondIntlDateTimeFormatMs: median(firstIntl.map((r) => r.second)),
  };
}
