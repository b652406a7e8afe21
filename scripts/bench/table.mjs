#!/usr/bin/env node
// The latest benchmark figures (bench-results/latest.json) as Markdown tables:
//   node scripts/bench/table.mjs           prints the short table (for the README) and the CLS table
//   node scripts/bench/table.mjs --write   also puts them into docs/performance.md and README.md,
//                                          between their <!-- figures:… --> and <!-- cls:… --> markers
//                                          (the README's CLS table: the inline snippets and the overlay)
import { readFileSync, writeFileSync } from 'node:fs';
import { round } from './stats.mjs';

const r = JSON.parse(readFileSync('bench-results/latest.json', 'utf8'));
const ms = (v) => `${round(v, 1)} ms`;
const rows = [];
const add = (what, normal, slow, target = '') => rows.push(`| ${what} | ${normal} | ${slow} | ${target} |`);

if (r.size) add('`dist/itc-status.js`, gzip (every page)', `${r.size.ours.gzip} B`, '', '≤ 16600 B');
if (r.size?.parts) add('the form\'s part, gzip (pages with `<itc-subscribe>` only)', `${r.size.parts.gzip.formPart} B`, '', '≤ 4800 B');
if (r.core) {
  const [a, b] = [r.core.x1, r.core.x4];
  add('Core: parse + validate + select + format, sample document', `${round(a.sample.ratio.pipeline, 1)}× JSON.parse`, `${round(b.sample.ratio.pipeline, 1)}×`);
  add('Core: the same, 1,000 windows + 100 disruptions', `${round(a.generated.ratio.pipeline, 1)}× (${ms(a.generated.pipelineMs)})`, `${round(b.generated.ratio.pipeline, 1)}× (${ms(b.generated.pipelineMs)})`);
}
if (r.dataToPixels) {
  const [a, b] = [r.dataToPixels.x1, r.dataToPixels.x4];
  add('Data to pixels: response body → banner in the DOM', ms(a.toDomMs), ms(b.toDomMs));
  add('Data to pixels: frames until shown (1 = the next frame)', `${a.frames} (worst ${a.worstFrames})`, `${b.frames} (worst ${b.worstFrames})`, '1 frame');
}
if (r.script) {
  const [a, b] = [r.script.x1, r.script.x4];
  add('Evaluate the script vs a bare Lit element', `${ms(a.evaluation.oursMs)} vs ${ms(a.evaluation.bareLitMs)}`, `${ms(b.evaluation.oursMs)} vs ${ms(b.evaluation.bareLitMs)}`);
  // "4 of 6 (80 ms; script 30 ms)": loads with such a frame (the longest one, and the script's part of it: medians).
  const loads = (x) => `${x.loadsWithLongFrame} of ${x.loads}` + (x.loadsWithLongFrame ? ` (${ms(x.medianLongestFrameWithOurScriptMs)}; script ${ms(x.ourScriptInLongFramesMs)})` : '');
  const frames = (what, name, target = 'none') =>
    a.load[name] && add(`Loads with a frame > 50 ms running the script, ${what} (longest such frame; the script's part)`, loads(a.load[name]), loads(b.load[name]), target);
  frames('first visit', 'withScript');
  frames('first visit, build before this change', 'baseline', '');
  frames('repeat visit', 'repeatVisit');
  frames('repeat visit, build before this change', 'baselineRepeat', '');
  frames('a bare Lit element in the same place, same snippet', 'bareLit', '');
  const own = (x) => (x.longestFrameMs ? ms(x.longestFrameMs) : 'none over 50 ms');
  add('The same page without the script: its longest frame (median)', own(a.load.withoutScript), own(b.load.withoutScript));
  add('Intl formatters created on the default path', Object.keys(a.intlCalls ?? {}).length ? 'some' : 'none', Object.keys(b.intlCalls ?? {}).length ? 'some' : 'none', 'none');
}
if (r.layoutShift) {
  const worst = (placements, scenarios) =>
    round(Math.max(...r.layoutShift.filter((x) => placements.includes(x.placement) && scenarios.includes(x.scenario)).map((x) => x.cls)), 3);
  add('CLS, nothing to show (c), any placement', worst(['flow', 'pasted', 'render', 'blocking', 'reserve', 'overlay', 'below', 'split'], ['c']), '', '0');
  add('CLS, inline at the top, README snippet, repeat visit (b)', worst(['pasted', 'render'], ['b']), '', '0');
  add('CLS, inline at the top, README snippet, first visit (a) / disruption while open (d)', `${worst(['pasted', 'render'], ['a'])} / ${worst(['pasted', 'render'], ['d'])}`, '', '');
  add('CLS, overlay for disruptions + cards lower down, (a) (b) (d)', worst(['split', 'overlay'], ['a', 'b', 'd']), '', '0');
}
if (r.requests) {
  add('Requests, 5 banners on one page, 10 poll intervals', r.requests.fiveElementsOnePage.requests, '', '≤ 11');
  add('Requests, 3 tabs of one site, 10 poll intervals', r.requests.threePages.requests, '', '≤ 13');
}
const figures = [
  `Figures of \`npm run bench\` (${r.date.slice(0, 10)}, ${r.chromium}, ${r.cpus}, load average ${r.loadAverage?.join(' → ')}; medians of ${r.reps} runs; "CPU ×4" = Chromium's CPU throttling 4×):`,
  '',
  '| | normal | CPU ×4 | target |',
  '| --- | --- | --- | --- |',
  ...rows,
].join('\n');

const NAMES = {
  pasted: '**inline at the top, README snippet**: script without `defer` right before the banner',
  render: '**inline at the top, README snippet for a template**: `defer blocking="render"` in `<head>`',
  flow: 'inline at the top, script `defer` only',
  blocking: 'inline at the top, script without `defer` in `<head>`',
  reserve: 'inline at the top, room reserved by page CSS',
  overlay: '`placement="overlay"` at the top',
  below: 'inline below the fold',
  split: 'overlay for disruptions + cards lower down',
};
const VIEWPORTS = { desktop: '1280×800', phone: '390×844' };

/** A CLS table: a row per placement (named) and viewport, a column per scenario (a) to (d). */
function clsTable(names, header) {
  const lines = [`| ${header.join(' | ')} |`, '| --- | --- | --- | --- | --- | --- |'];
  for (const [placement, name] of Object.entries(names)) {
    for (const viewport of Object.keys(VIEWPORTS)) {
      const cells = ['a', 'b', 'c', 'd'].map((scenario) =>
        r.layoutShift.filter((x) => x.placement === placement && x.viewport === viewport && x.scenario === scenario).map((x) => round(x.cls, 3)).join(' / '),
      );
      if (cells.some(Boolean)) lines.push(`| ${viewport === 'desktop' ? name : ''} | ${VIEWPORTS[viewport]} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

// The README's CLS table: (a) to (d) for the inline snippets and the overlay, at both viewports.
const README_PLACEMENTS = {
  pasted: 'inline at the top, README snippet',
  render: 'inline, template snippet (`blocking="render"`)',
  overlay: '`placement="overlay"`',
};
const cls = r.layoutShift
  ? clsTable(NAMES, ['Placement', 'Viewport', '(a) first visit, disruption', '(b) repeat visit, cached', '(c) nothing to show', '(d) disruption while open'])
  : '';
const readmeCls = r.layoutShift
  ? clsTable(README_PLACEMENTS, ['CLS, normal / CPU ×4', 'Viewport', '(a) first visit', '(b) repeat visit', '(c) nothing to show', '(d) published while open'])
  : '';

console.log(figures + '\n\n' + cls + '\n\n' + readmeCls);
if (process.argv.includes('--write')) {
  const between = (text, name, body) => text.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`), `$1${body}$2`);
  writeFileSync('docs/performance.md', between(between(readFileSync('docs/performance.md', 'utf8'), 'figures', figures), 'cls', cls));
  writeFileSync('README.md', between(between(readFileSync('README.md', 'utf8'), 'figures', figures), 'cls', readmeCls));
  console.log('\nwritten to docs/performance.md and README.md');
}
