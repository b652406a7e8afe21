// Browser tests run in real headless Chromium. Pages are pinned to a time zone, because headless
// Chromium otherwise uses UTC: components must show Europe/Stockholm whatever the viewer's zone,
// and the pure core must give identical output in any zone, so its tests run in several.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { resolveChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { figuresPlugin } from './scripts/figures.mjs';

const executablePath = await resolveChromium();

/** A Chromium launcher whose pages run in `timeZone`, with browser language en-US (the default). */
function chromium(timeZone) {
  return chromeLauncher({
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });
}

// `--files x` runs just those files (in Stockholm time); without it, every group runs.
const onlyFiles = process.argv.includes('--files');

export default {
  rootDir: '.',
  browsers: [chromium('Europe/Stockholm')],
  reporters: [defaultReporter(), ...(process.env.ITC_TEST_COUNTS ? [countReporter(process.env.ITC_TEST_COUNTS)] : [])],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), figuresPlugin()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  groups: onlyFiles ? [] : [
    {
      // The pure core: same results in every viewer time zone.
      name: 'core',
      files: 'test/core/**/*.test.ts',
      browsers: ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Stockholm'].map(chromium),
    },
    {
      // The publisher's desk (server/desk-app): its pure modules.
      name: 'desk',
      files: 'server/desk-app/**/*.test.ts',
      browsers: [chromium('Europe/Stockholm')],
    },
    {
      name: 'elements',
      files: ['test/**/*.test.ts', '!test/core/**/*.test.ts', '!test/node/**'],
      browsers: [chromium('Europe/Stockholm')],
    },
  ],
};
