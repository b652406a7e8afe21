// A puppeteer page that records what a harness asserts on: uncaught errors and unhandled
// rejections in the page, console messages, CSP violations (reported by the page itself through
// `securitypolicyviolation`) and every request the page made. The recorders are installed through
// the DevTools protocol before any page script runs, so they work under the strictest CSP.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { partFilesIn } from '../../../scripts/rollup-parts.mjs';

export const BUNDLE = fileURLToPath(new URL('../../../dist/itc-status.js', import.meta.url));

/** The built bundle's bytes; fails with a clear message when `npm run build` has not run. */
export function readBundle() {
  if (!existsSync(BUNDLE)) throw new Error('dist/itc-status.js is missing: run `npm run build` first (npm test does).');
  return readFileSync(BUNDLE);
}

/** The sign-up form's part beside the bundle: its file name and bytes. */
export function readFormPart() {
  const [path] = partFilesIn(fileURLToPath(new URL('../../../dist/', import.meta.url)));
  if (!path) throw new Error('dist/itc-subscribe.<hash>.js is missing: run `npm run build` first (npm test does).');
  return { file: basename(path), bytes: readFileSync(path) };
}

function recorderScript() {
  window.__itcHarness = { violations: [], errors: [] };
  document.addEventListener(
    'securitypolicyviolation',
    (e) => window.__itcHarness.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    true,
  );
  window.addEventListener('error', (e) => window.__itcHarness.errors.push(String(e.message ?? e)));
  window.addEventListener('unhandledrejection', (e) => window.__itcHarness.errors.push('unhandled rejection: ' + String(e.reason?.message ?? e.reason)));
}

/**
 * Opens a new page with recorders.
 * @param {import('puppeteer-core').Browser} browser
 * @param {object} [options]
 * @param {string} [options.timeZone] emulated time zone (default Europe/Stockholm)
 * @param {Function} [options.beforeScripts] another function to run in the page before its scripts
 * @param {unknown} [options.beforeScriptsArg] its argument
 */
export async function openPage(browser, { timeZone = 'Europe/Stockholm', beforeScripts, beforeScriptsArg } = {}) {
  const page = await browser.newPage();
  await page.emulateTimezone(timeZone);
  await page.evaluateOnNewDocument(recorderScript);
  if (beforeScripts) await page.evaluateOnNewDocument(beforeScripts, beforeScriptsArg);
  const record = { pageErrors: [], console: [], requests: [] };
  page.on('pageerror', (e) => record.pageErrors.push(String(e?.message ?? e)));
  page.on('console', (m) => record.console.push({ type: m.type(), text: m.text() }));
  page.on('request', (r) => record.requests.push({ url: r.url(), method: r.method() }));
  return {
    page,
    record,
    /** What the page recorded itself: CSP violations and errors. */
    harness: () => page.evaluate(() => window.__itcHarness),
    /** Polls `fn` in the page until it returns a truthy value (no eval: works under Trusted Types). */
    async until(fn, arg, { timeout = 5000, interval = 25, message = 'condition' } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const value = await page.evaluate(fn, arg);
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out waiting for ${message}`);
        await new Promise((resolve) => setTimeout(resolve, interval));
      }
    },
  };
}

/** Text inside an element's shadow root (whitespace collapsed), or null when it has none. */
export function shadowText(page, selector) {
  return page.evaluate((s) => {
    const root = document.querySelector(s)?.shadowRoot;
    return root ? root.textContent.replace(/\s+/g, ' ').trim() : null;
  }, selector);
}
