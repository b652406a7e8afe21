#!/usr/bin/env node
// `npm run bench`: what our script costs the pages that load it, in headless Chromium driven by
// puppeteer-core against the loopback server: core cost, data to pixels, script cost and long
// tasks, layout shift per placement, and request counts. Each timed figure is a median over
// repeated runs, at normal speed and with the CPU throttled 4× (a slow laptop); ratios are taken
// within one run. Figures are printed and written to bench-results/latest.json.
//
//   npm run bench                       every section (a few minutes)
//   npm run bench -- --only=cls,script  some sections (size, core, paint, script, cls, requests)
//   npm run bench -- --quick            fewer repetitions, for a first look
//   npm run bench -- --baseline=DIR     also long frames with another build of the script in DIR (a folder
//                                       of the repository holding its itc-status.js), in the same run
import { mkdirSync, mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { bundleResolve, bundleTerser } from '../../rollup.config.mjs';
import { launchChromium } from '../chromium.mjs';
import { startServer } from '../../test/node/support/server.mjs';
import { intranetRoute } from './harness.mjs';
import { currentSample, quietForTierp, generatedDocument } from './documents.mjs';
import { coreCost } from './sections/core-cost.mjs';
import { dataToPixels } from './sections/data-to-pixels.mjs';
import { scriptCost } from './sections/script-cost.mjs';
import { layoutShift, SCENARIOS } from './sections/layout-shift.mjs';
import { requests } from './sections/requests.mjs';
import { size, writeBannerOnly } from './sections/size.mjs';
import { round, median } from './stats.mjs';
import { measure as sizeOf } from '../size.mjs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const quick = args.includes('--quick');
const baseline = args.find((a) => a.startsWith('--baseline='))?.slice(11).replace(/^\.?\/|\/$/g, '');
if (baseline && !existsSync(join(baseline, 'itc-status.js'))) {
  console.error(`--baseline=${baseline}: no itc-status.js there (a folder of this repository with another build of the script).`);
  process.exit(1);
}
const wanted = (name) => !only || only.includes(name);
const RATES = [1, 4];
const REPS = quick ? 3 : 11;

if (!existsSync('dist/itc-status.js') || !existsSync('dist/esm/core/index.js')) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

/**
 * The reference: a bare Lit element, bundled with the same resolver and minifier settings as ours,
 * into bench-results/bare-lit/itc-status.js, where the intranet page can load it in our script's place.
 */
const BARE_LIT_PATH = '/bench-results/bare-lit/itc-status.js';
async function buildBareLit() {
  const bundle = await rollup({ input: 'scripts/bench/fixtures/bare-element.js', plugins: [bundleResolve(), bundleTerser()] });
  const file = BARE_LIT_PATH.slice(1);
  await bundle.write({ file, format: 'iife' });
  await bundle.close();
  return file;
}

const started = Date.now();
const log = (line) => console.log(line);
const tmp = mkdtempSync(join(tmpdir(), 'itc-bench-'));
const bareBundle = await buildBareLit();
const bannerOnlyBundle = wanted('script') ? await writeBannerOnly(join(tmp, 'banner-only.js')) : undefined;
const server = await startServer({ routes: { '/bench/intranet': intranetRoute } });
const browser = await launchChromium(['--enable-blink-features=LongAnimationFrameTiming']);
const now = Date.now();
const sample = JSON.stringify(currentSample(now));
const quiet = JSON.stringify(quietForTierp(now));
const results = {
  date: new Date(now).toISOString(),
  chromium: await browser.version(),
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  // Timings are only as quiet as the machine: the load average at the start, and again at the end.
  loadAverage: [round(loadavg()[0], 1)],
  reps: REPS,
  baseline,
  size: { ours: sizeOf('dist/itc-status.js'), bareLit: sizeOf(bareBundle) },
};

results.sectionSeconds = {};
const timed = async (name, fn) => {
  const start = Date.now();
  await fn();
  results.sectionSeconds[name] = Math.round((Date.now() - start) / 1000);
};

try {
  const ctx = { browser, server, origin: server.origin, reps: REPS, sample, quiet, bareBundle, bareLitPath: BARE_LIT_PATH, bannerOnlyBundle, baseline, log };
  if (wanted('size')) {
    log('▶ size');
    await timed('size', async () => (results.size.parts = await size(ctx)));
  }
  if (wanted('core')) {
    log('▶ core cost');
    const docs = { sample, generated: JSON.stringify(generatedDocument({ now })) };
    results.core = {};
    await timed('core', async () => {
      for (const rate of RATES) results.core[`x${rate}`] = await coreCost({ ...ctx, rate, docs });
    });
  }
  if (wanted('paint')) {
    log('▶ data to pixels');
    results.dataToPixels = {};
    await timed('paint', async () => {
      for (const rate of RATES) results.dataToPixels[`x${rate}`] = await dataToPixels({ ...ctx, rate });
    });
  }
  if (wanted('script')) {
    log('▶ script cost');
    results.script = {};
    await timed('script', async () => {
      for (const rate of RATES) results.script[`x${rate}`] = await scriptCost({ ...ctx, rate });
    });
  }
  if (wanted('cls')) {
    log('▶ layout shift');
    // Layout shift does not vary from run to run as timings do: one visit per case and CPU speed.
    await timed('cls', async () => (results.layoutShift = await layoutShift({ ...ctx, rates: RATES, reps: 1 })));
  }
  if (wanted('requests')) {
    log('▶ requests');
    await timed('requests', async () => (results.requests = await requests(ctx)));
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
results.seconds = Math.round((Date.now() - started) / 1000);
results.loadAverage.push(round(loadavg()[0], 1));

// Some sections only: their own file, so that the full figures the tables are made from stay.
const output = only ? 'bench-results/partial.json' : 'bench-results/latest.json';
mkdirSync('bench-results', { recursive: true });
writeFileSync(output, JSON.stringify(results, null, 2) + '\n');
print(results);

function print(r) {
  const f = (v, d = 2) => (v === undefined ? '–' : String(round(v, d)));
  const row = (label, a, b) => console.log(`  ${label.padEnd(52)} ${String(a).padStart(10)} ${String(b ?? '').padStart(10)}`);
  const header = (title, columns = true) => {
    console.log(`\n${title}`);
    if (columns) row('', 'normal', 'CPU ×4');
  };
  if (r.baseline) console.log(`\nbaseline build: ${r.baseline}/itc-status.js`);
  console.log(`\nitc-status benchmark · ${r.date} · ${r.chromium} · ${r.cpus} (load ${r.loadAverage.join(' → ')}) · medians of ${r.reps} runs`);
  console.log(`  size: itc-status.js ${r.size.ours.gzip} B gzip (${r.size.ours.minified} B), bare Lit element ${r.size.bareLit.gzip} B gzip`);
  if (r.size.parts) {
    const { gzip, adds } = r.size.parts;
    header('0. Size, bytes gzip (ceilings: itc-status.js 16600, form part 4800)', false);
    row('bare Lit element', gzip.bareLit);
    row('banner only (with data layer, core, @lit/context)', gzip.banner);
    row('  beyond Lit', adds.bannerBeyondLit);
    row('provider, added to the banner', adds.provider);
    row('loader of the form part, added to banner + provider', adds.formLoader);
    row('itc-status.js (what every page loads)', gzip.all);
    row('form part (only pages with a form)', gzip.formPart);
    row('a page with a form: both files', gzip.formPage);
    row('sign-up form alone with its own Lit, beyond Lit', adds.subscribeBeyondLit);
  }
  if (r.core) {
    header('1. Core cost (ratio to JSON.parse of the same text)');
    for (const doc of Object.keys(r.core.x1)) {
      const [a, b] = [r.core.x1[doc], r.core.x4[doc]];
      row(`${doc} (${a.bytes} B): parse+validate+select+format`, `${f(a.ratio.pipeline)}×`, `${f(b.ratio.pipeline)}×`);
      row(`  parse+validate / select / format`, `${f(a.ratio.parseAndValidate)}/${f(a.ratio.select)}/${f(a.ratio.format)}`, `${f(b.ratio.parseAndValidate)}/${f(b.ratio.select)}/${f(b.ratio.format)}`);
      row(`  JSON.parse ms`, f(a.jsonParseMs, 3), f(b.jsonParseMs, 3));
      row(`  whole pipeline ms (first run in the page)`, `${f(a.pipelineMs, 3)} (${f(a.coldMs)})`, `${f(b.pipelineMs, 3)} (${f(b.coldMs)})`);
    }
  }
  if (r.dataToPixels) {
    header('2. Data to pixels, sample document (ms from response body; target: the next frame, ≤ 16.7)');
    row('main-thread work to the banner in the DOM', f(r.dataToPixels.x1.toDomMs), f(r.dataToPixels.x4.toDomMs));
    row('to the frame showing the banner', f(r.dataToPixels.x1.toFrameMs), f(r.dataToPixels.x4.toFrameMs));
    row('to just after that frame is painted', f(r.dataToPixels.x1.toPaintedMs), f(r.dataToPixels.x4.toPaintedMs));
    row('worst run, to painted', f(r.dataToPixels.x1.worstToPaintedMs), f(r.dataToPixels.x4.worstToPaintedMs));
    row('frames until shown (median / worst; 1 = the next frame)', `${r.dataToPixels.x1.frames} / ${r.dataToPixels.x1.worstFrames}`, `${r.dataToPixels.x4.frames} / ${r.dataToPixels.x4.worstFrames}`);
  }
  if (r.script) {
    const [a, b] = [r.script.x1, r.script.x4];
    header('3. Script cost');
    row('evaluate itc-status.js, ms', f(a.evaluation.oursMs), f(b.evaluation.oursMs));
    row('evaluate bare Lit element bundle, ms', f(a.evaluation.bareLitMs), f(b.evaluation.bareLitMs));
    row('ratio (same runs)', `${f(a.evaluation.ratio)}×`, `${f(b.evaluation.ratio)}×`);
    row('evaluate the bundle without the sign-up form, ms', f(a.evaluation.withoutFormMs), f(b.evaluation.withoutFormMs));
    row('longest task at load, ms: median of loads (target < 50)', f(a.load.withScript.longestTaskMs, 0), f(b.load.withScript.longestTaskMs, 0));
    row('  same page without our script, ms', f(a.load.withoutScript.longestTaskMs, 0), f(b.load.withoutScript.longestTaskMs, 0));
    row('same page without our script: its longest frame, ms (median; 0 = none over 50)', f(a.load.withoutScript.longestFrameMs, 0), f(b.load.withoutScript.longestFrameMs, 0));
    const frames = (label, name) => {
      if (!a.load[name]) return;
      row(`${label}: loads with a frame > 50 ms (ours)`, `${a.load[name].loadsWithLongFrame}/${a.load[name].loads}`, `${b.load[name].loadsWithLongFrame}/${b.load[name].loads}`);
      row('  our script in long frames, ms: median / worst load', `${f(a.load[name].ourScriptInLongFramesMs, 0)} / ${f(a.load[name].worstOurScriptInLongFramesMs, 0)}`, `${f(b.load[name].ourScriptInLongFramesMs, 0)} / ${f(b.load[name].worstOurScriptInLongFramesMs, 0)}`);
      const longest = (x) => `${f(x.medianLongestFrameWithOurScriptMs, 0)} / ${f(x.longestFrameWithOurScriptMs, 0)}`;
      row('  the longest such frame, ms: median / worst load', longest(a.load[name]), longest(b.load[name]));
    };
    frames('first visit', 'withScript');
    frames('first visit, baseline build', 'baseline');
    frames('repeat visit (stored document)', 'repeatVisit');
    frames('repeat visit, baseline build', 'baselineRepeat');
    frames('bare Lit element in the same snippet', 'bareLit');
    row('first Intl.DateTimeFormat in a page, ms (for scale)', f(a.firstIntlDateTimeFormatMs), f(b.firstIntlDateTimeFormatMs));
    const calls = Object.entries(a.intlCalls ?? {});
    console.log(`  ICU-backed calls on the default path: ${calls.length ? calls.map(([k, v]) => `${k} ×${v.count} (${v.stack})`).join('; ') : 'none'}`);
  }
  if (r.layoutShift) {
    console.log('\n4. Layout shift (CLS, largest session window; worst of runs; normal / CPU ×4 where measured)');
    const placements = [...new Set(r.layoutShift.map((x) => x.placement))];
    const cell = (p, v, s) => r.layoutShift.filter((x) => x.placement === p && x.viewport === v && x.scenario === s).map((x) => f(x.cls, 3)).join(' / ');
    console.log(`  ${'placement'.padEnd(10)} ${'viewport'.padEnd(8)} ${Object.entries(SCENARIOS).map(([k, v]) => `(${k}) ${v}`.padEnd(26)).join('')}`);
    for (const p of placements) {
      for (const v of ['desktop', 'phone']) {
        console.log(`  ${p.padEnd(10)} ${v.padEnd(8)} ${Object.keys(SCENARIOS).map((s) => cell(p, v, s).padEnd(26)).join('')}`);
      }
    }
    const fcp = (p, scenario, rate) => f(median(r.layoutShift.filter((x) => x.placement === p && x.rate === rate && x.scenario === scenario).map((x) => x.firstContentfulPaintMs)), 0);
    for (const scenario of ['a', 'b']) {
      const cells = ['flow', 'pasted', 'render', 'blocking'].map((p) => `${p} ${fcp(p, scenario, 1)} / ${fcp(p, scenario, 4)}`);
      console.log(`  first contentful paint (${scenario}), ms, normal / CPU ×4: ${cells.join(', ')}`);
    }
  }
  if (r.requests) {
    const q = r.requests;
    console.log(`\n5. Requests over ${q.intervals} poll intervals of ${q.pollIntervalSeconds} s`);
    console.log(`  5 elements, one page: ${q.fiveElementsOnePage.requests} requests (${q.fiveElementsOnePage.ok} × 200, ${q.fiveElementsOnePage.notModified} × 304)`);
    console.log(`  3 pages of one origin: ${q.threePages.requests} requests (${q.threePages.ok} × 200, ${q.threePages.notModified} × 304; pages ${q.threePages.visibility.join(', ')})`);
  }
  console.log(`\n${r.seconds} s (${Object.entries(r.sectionSeconds).map(([k, v]) => `${k} ${v} s`).join(', ')}) · ${output}`);
}
