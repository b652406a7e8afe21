// Headless Chromium for the status host's browser tests, the scene they run in (mail sink, status
// host, an intranet on its own origin), and axe-core's accessibility check.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, resolveChromium } from '../../../scripts/chromium.mjs';
import { startTestServer } from './server.mjs';
import { startSmtpSink } from './smtp-sink.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const launchBrowser = async () => puppeteer.launch({ executablePath: await resolveChromium(), headless: true, args: CHROMIUM_ARGS });

/**
 * An intranet on an origin of its own (localhost, while the status host is 127.0.0.1): every request
 * gets the HTML that `page(url)` returns for its URL.
 * @param {(url: URL) => string} page
 */
async function startIntranet(page) {
  const server = createServer((request, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(new URL(request.url, 'http://localhost'))),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * What a browser test of the status host runs in: an SMTP sink, the host on PGlite with `env` (and
 * the sink as its SMTP_URL), an intranet serving `intranetPage(url, hostUrl)`, and Chromium. All of
 * it is closed after the test.
 * @param {import('node:test').TestContext} t
 * @param {Record<string, string>} env
 * @param {(url: URL, statusHost: string) => string} intranetPage
 */
export async function startBrowserScene(t, env, intranetPage) {
  const smtp = await startSmtpSink();
  const host = await startTestServer('pglite', { SMTP_URL: smtp.url, ...env });
  const intranet = await startIntranet((url) => intranetPage(url, host.url));
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await intranet.close();
    await host.close();
    await smtp.close();
  });
  return { smtp, host, intranet, browser };
}

/**
 * axe-core's WCAG 2.1 A/AA violations on the page, as "rule: target" lines. axe is evaluated
 * through DevTools, which the page's CSP does not govern (the pages allow no inline script).
 */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
