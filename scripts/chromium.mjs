// Finds the Chromium that tests, the CSP harness and the benchmark drive.
// Order: $CHROME_PATH, then Debian's /usr/bin/chromium, then /usr/bin/chromium-browser. Returns
// undefined when none exists, so that callers can stop with one clear hint instead of a launcher
// stack trace.
import { existsSync } from 'node:fs';

export const CHROMIUM_HINT =
  'Chromium is missing. Install it with: sudo apt-get install -y chromium   (or set CHROME_PATH to a Chrome/Chromium binary)';

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
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
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HINT);
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
