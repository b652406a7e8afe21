// 1. Core cost: parse + validate + select + format, for the sample document and a generated one
// (1,000 windows, 100 disruptions), as ratios to JSON.parse of the same text in the same page
// and run. Runs the ES modules of dist/esm/core in the page (scripts/bench/fixtures/core-pipeline.js).
import { openPage } from '../harness.mjs';

export async function coreCost({ browser, origin, rate, reps, docs }) {
  const { page, close } = await openPage(browser, { rate });
  try {
    await page.goto(origin + '/scripts/bench/pages/blank.html');
    return await page.evaluate(
      async (docs, reps) => {
        const { stages } = await import('/scripts/bench/fixtures/core-pipeline.js');
        const median = (v) => {
          const s = [...v].sort((a, b) => a - b);
          const m = s.length >> 1;
          return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
        };
        /** Milliseconds per call of fn, timed over enough calls to take at least `minMs`. */
        const perCall = (fn, minMs = 15) => {
          for (let k = 1; ; k *= 2) {
            const start = performance.now();
            for (let i = 0; i < k; i++) fn();
            const elapsed = performance.now() - start;
            if (elapsed >= minMs) return elapsed / k;
          }
        };
        const now = Date.now();
        const out = {};
        for (const [name, text] of Object.entries(docs)) {
          // Cold: the first run in the page, as a visitor's page pays it once.
          let start = performance.now();
          const doc = stages.parse(text);
          const selection = stages.select(doc, now);
          const formatted = stages.format(selection);
          const coldMs = performance.now() - start;
          const rounds = [];
          for (let r = 0; r < reps; r++) {
            const json = perCall(() => JSON.parse(text));
            const parse = perCall(() => stages.parse(text));
            const select = perCall(() => stages.select(doc, now));
            const format = perCall(() => stages.format(selection));
            const all = perCall(() => stages.format(stages.select(stages.parse(text), now)));
            rounds.push({ json, parse, select, format, all });
          }
          const ratio = (key) => median(rounds.map((x) => x[key] / x.json));
          out[name] = {
            bytes: text.length,
            shown: formatted,
            coldMs,
            jsonParseMs: median(rounds.map((x) => x.json)),
            pipelineMs: median(rounds.map((x) => x.all)),
            ratio: { pipeline: ratio('all'), parseAndValidate: ratio('parse'), select: ratio('select'), format: ratio('format') },
          };
        }
        return out;
      },
      docs,
      reps,
    );
  } finally {
    await close();
  }
}
