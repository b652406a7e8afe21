// Finds the Chromium that tests, the CSP harness and the benchmark drive.
// Order: $CHROME_PATH, then Debian's /usr/bin/chromium, then /usr/bin/chromium-browser, then (on
// Linux machines without any) the headless Chromium shipped inside the @sparticuz/chromium dev
// dependency. Returns undefined when none can be had, so that callers can stop with one clear hint
// instead of a launcher stack trace.
import { existsSync } from 'node:fs';

export const CHROMIUM_HINT =
  'Chromium is missing. Install it with: sudo apt-get install -y chromium   (or set CHROME_PATH to a Chrome/Chromium binary)';

/** An installed Chromium, or undefined. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

/**
 * An installed Chromium, else the one inside @sparticuz/chromium (a headless shell for Linux x64,
 * unpacked to <tmpdir>/chromium on first use: a few seconds once), else undefined.
 */
export async function resolveChromium() {
  const installed = findChromium();
  if (installed || process.platform !== 'linux') return installed;
  try {
    const { default: shipped } = await import('@sparticuz/chromium');
    return await shipped.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for headless Chromium on these machines: root needs --no-sandbox; no background network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Launches headless Chromium through puppeteer-core for harnesses outside web-test-runner
 * (strict-CSP pages, several tabs, benchmarks). Throws with the install hint when none is found.
 */
export async function launchChromium(extraArgs = []) {
  const executablePath = await resolveChromium();
  if (!executablePath) throw new Error(CHROMIUM_HINT);
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
