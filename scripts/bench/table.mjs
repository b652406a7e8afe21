#!/usr/bin/env node
// The latest benchmark figures (bench-results/latest.json) as Markdown tables:
//   node scripts/bench/table.mjs           prints the short table (for the README) and the CLS table
//   node scripts/bench/table.mjs --write   also puts them into docs/performance.md, between its
//                                          <!-- figures:… --> and <!-- cls:… --> markers
import { readFileSync, writeFileSync } from 'node:fs';
import { round } from './stats.mjs';

const r = JSON.parse(readFileSync('bench-results/latest.json', 'utf8'));
const ms = (v) => `${round(v, 1)} ms`;
const rows = [];
const add = (what, normal, slow, target = '') => rows.push(`| ${what} | ${normal} | ${slow} | ${target} |`);

if (r.size) add('`dist/itc-status.js`, gzip (every page)', `${r.size.ours.gzip} B`, '', '≤ 12000 B');
if (r.size?.parts) add('the form\'s part, gzip (pages with `<itc-subscribe>` only)', `${r.size.parts.gzip.formPart} B`, '');
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
  add('Loads with a long frame (> 50 ms) running our script', `${a.load.withScript.loadsWithLongFrame} of ${a.load.withScript.loads}`, `${b.load.withScript.loadsWithLongFrame} of ${b.load.withScript.loads}`, 'none');
  add('Intl formatters created on the default path', Object.keys(a.intlCalls ?? {}).length ? 'some' : 'none', Object.keys(b.intlCalls ?? {}).length ? 'some' : 'none', 'none');
}
if (r.layoutShift) {
  const worst = (placements, scenarios) =>
    round(Math.max(...r.layoutShift.filter((x) => placements.includes(x.placement) && scenarios.includes(x.scenario)).map((x) => x.cls)), 3);
  add('CLS, nothing to show (c), any placement', worst(['flow', 'reserve', 'overlay', 'below', 'split'], ['c']), '', '0');
  add('CLS, recommended placement (overlay disruptions, cards lower), (a) (b) (d)', worst(['split'], ['a', 'b', 'd']), '', '0');
  add('CLS, banner inline at the top of the page, (a) (b) (d)', worst(['flow'], ['a', 'b', 'd']), '', '');
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
  flow: 'inline at the top (default)',
  blocking: 'inline at the top, script without `defer`',
  reserve: 'inline at the top, room reserved by page CSS',
  overlay: '`placement="overlay"` at the top',
  below: 'inline below the fold',
  split: '**recommended**: overlay for disruptions + cards lower down',
};
const VIEWPORTS = { desktop: '1280×800', phone: '390×844' };
let cls = '';
if (r.layoutShift) {
  const lines = ['| Placement | Viewport | (a) first visit, disruption | (b) repeat visit, cached | (c) nothing to show | (d) disruption while open |', '| --- | --- | --- | --- | --- | --- |'];
  for (const placement of Object.keys(NAMES)) {
    for (const viewport of Object.keys(VIEWPORTS)) {
      const cells = ['a', 'b', 'c', 'd'].map((scenario) =>
        r.layoutShift.filter((x) => x.placement === placement && x.viewport === viewport && x.scenario === scenario).map((x) => round(x.cls, 3)).join(' / '),
      );
      if (cells.some(Boolean)) lines.push(`| ${viewport === 'desktop' ? NAMES[placement] : ''} | ${VIEWPORTS[viewport]} | ${cells.join(' | ')} |`);
    }
  }
  cls = lines.join('\n');
}

console.log(figures + '\n\n' + cls);
if (process.argv.includes('--write')) {
  const file = 'docs/performance.md';
  const between = (text, name, body) => text.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`), `$1${body}$2`);
  writeFileSync(file, between(between(readFileSync(file, 'utf8'), 'figures', figures), 'cls', cls));
  console.log(`\nwritten to ${file}`);
}
