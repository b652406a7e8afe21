// 2. Data to pixels: first visit of the intranet page with the sample document; from the
// resolved response body to the frame that shows the banner (and to just after its paint).
import { observers, paintProbe } from '../instrument.mjs';
import { openPage, serveStatus, intranetPath } from '../harness.mjs';
import { median, max } from '../stats.mjs';

export async function dataToPixels({ browser, server, origin, rate, reps, sample }) {
  const title = JSON.parse(sample).disruptions[0].title;
  const runs = [];
  for (let i = 0; i < reps; i++) {
    const status = serveStatus(server, sample);
    const { page, close } = await openPage(browser, { rate, before: [observers(), paintProbe(title)] });
    try {
      await page.goto(origin + intranetPath({ src: status.path }));
      await page.waitForFunction(() => window.__bench.paint, { timeout: 15_000 });
      const p = await page.evaluate(() => window.__bench.paint);
      runs.push({ toDom: p.tDom - p.t0, toFrame: p.tFrame - p.t0, toPainted: p.tPainted - p.t0, frames: p.frames });
    } finally {
      await close();
    }
  }
  return {
    reps,
    toDomMs: median(runs.map((r) => r.toDom)),
    toFrameMs: median(runs.map((r) => r.toFrame)),
    toPaintedMs: median(runs.map((r) => r.toPainted)),
    worstToPaintedMs: max(runs.map((r) => r.toPainted)),
    frames: median(runs.map((r) => r.frames)),
    worstFrames: max(runs.map((r) => r.frames)),
  };
}
