// 5. Requests: five banners with the same src on one page over ten poll intervals, and three
// pages of one origin (tabs of one browser) at once. Counted from the loopback server's log.
// The pages' clocks run faster (instrument.mjs timeWarp) so ten intervals take seconds.
import { timeWarp } from '../instrument.mjs';
import { openPage, serveStatus, intranetPath, sleep } from '../harness.mjs';

const POLL = 15;
const WARP = 15;
const INTERVALS = 10;

export async function requests({ browser, server, origin, sample }) {
  const intervalMs = (POLL * 1000) / WARP;
  const result = { pollIntervalSeconds: POLL, intervals: INTERVALS };

  // Five elements, one page.
  {
    const status = serveStatus(server, sample);
    const { page, close } = await openPage(browser, { before: [timeWarp(WARP, Date.now())] });
    try {
      await page.goto(origin + intranetPath({ src: status.path, poll: POLL, copies: 5 }));
      await sleep(intervalMs * (INTERVALS + 0.5));
      result.fiveElementsOnePage = { requests: status.requests(), ...status.answers(), expectedAtMost: INTERVALS + 1 };
    } finally {
      await close();
    }
  }

  // Three same-origin pages at once (one browser context = one browser profile's tabs).
  {
    const status = serveStatus(server, sample);
    const context = await browser.createBrowserContext();
    const epoch = Date.now();
    try {
      const pages = [];
      for (let i = 0; i < 3; i++) {
        const { page } = await openPage(browser, { context, before: [timeWarp(WARP, epoch)] });
        pages.push(page);
      }
      await Promise.all(pages.map((page) => page.goto(origin + intranetPath({ src: status.path, poll: POLL }))));
      const visibility = await Promise.all(pages.map((page) => page.evaluate(() => document.visibilityState)));
      await sleep(intervalMs * (INTERVALS + 0.5));
      result.threePages = { requests: status.requests(), ...status.answers(), visibility, expectedAtMost: INTERVALS + 3 };
    } finally {
      await context.close();
    }
  }
  return result;
}
