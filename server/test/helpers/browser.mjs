// Headless Chromium for the status host's browser tests, and axe-core's accessibility check.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, resolveChromium } from '../../../scripts/chromium.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const launchBrowser = async () => puppeteer.launch({ executablePath: await resolveChromium(), headless: true, args: CHROMIUM_ARGS });

/**
 * axe-core's WCAG 2.1 A/AA violations on the page, as "rule: target" lines. axe is evaluated
 * through DevTools, which the page's CSP does not govern (the pages allow no inline script).
 */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
