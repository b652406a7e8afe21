#!/usr/bin/env node
// Prints the short table of the latest benchmark figures (bench-results/latest.json) as Markdown,
// for docs/performance.md and the README: `node scripts/bench/table.mjs`.
import { readFileSync } from 'node:fs';
import { round } from './stats.mjs';

const r = JSON.parse(readFileSync(process.argv[2] ?? 'bench-results/latest.json', 'utf8'));
const ms = (v) => `${round(v, 1)} ms`;
const rows = [];
const add = (what, normal, slow, target = '') => rows.push(`| ${what} | ${normal} | ${slow} | ${target} |`);

if (r.size) add('`dist/itc-status.js`, gzip', `${r.size.ours.gzip} B`, '', '≤ 12000 B');
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
console.log(`Figures of \`npm run bench\` (${r.date.slice(0, 10)}, ${r.chromium}, ${r.cpus}; medians of ${r.reps} runs; "CPU ×4" = Chromium's CPU throttling 4×):\n`);
console.log('| | normal | CPU ×4 | target |\n| --- | --- | --- | --- |');
console.log(rows.join('\n'));
