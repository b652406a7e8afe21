#!/usr/bin/env node
// `npm test`: every check the project has, in one command, ending with one closing line
// "tests: N passed, N failed". Steps run in order and the run fails if any step fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveChromium, CHROMIUM_HINT } from './chromium.mjs';
import { FIGURE_LABELS } from './figures.mjs';
import { NODE_LTS_VERSION, nodeLts } from './node-lts.mjs';
import { postgresBin, startPostgresCluster } from '../server/test/helpers/postgres-cluster.mjs';

const chromium = await resolveChromium();
if (!chromium) {
  console.error(CHROMIUM_HINT);
  process.exit(1);
}
// Every step below drives this one (found once: unpacking the shipped one takes a few seconds).
process.env.CHROME_PATH = chromium;
console.log(`Chromium: ${chromium}`);

const totals = { passed: 0, failed: 0 };
const failedSteps = [];

function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: options.capture ? 'pipe' : 'inherit', encoding: 'utf8', env: { ...process.env, ...options.env } });
  if (options.capture) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
  }
  if (result.status !== 0) failedSteps.push(label);
  return result;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

run('Type check (tsc --noEmit)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('Build (rollup)', 'npm', ['run', '--silent', 'build']);
// After the build: the desk imports the core as the package `itc-status/core`, whose types are built.
run("Type check of the publisher's desk (tsc --noEmit)", npx, ['tsc', '--noEmit', '-p', 'server/desk-app/tsconfig.json']);
if (existsSync('scripts/size.mjs')) run('Size budget', 'node', ['scripts/size.mjs', '--check']);

// Browser tests: web-test-runner in headless Chromium.
const countsDir = mkdtempSync(join(tmpdir(), 'itc-test-'));
// Hardening figures (vectors tried, fault scenarios, CSP variants), printed at the end.
const figuresPath = join(countsDir, 'figures.json');
process.env.ITC_FIGURES = figuresPath;
const countsFile = join(countsDir, 'counts.json');
run('Browser tests (web-test-runner, Chromium)', npx, ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
  env: { ITC_TEST_COUNTS: countsFile },
});
if (existsSync(countsFile)) {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  totals.passed += counts.passed;
  // A test file that could not run (it failed to load, or threw outside a test) counts as a failure.
  totals.failed += counts.failed + counts.sessionErrors;
} else {
  totals.failed += 1;
}

/**
 * Runs node:test files with `node` (a binary) and adds their TAP counts to the totals.
 * A run that ends without counts (it crashed) counts as one failure.
 */
function runNodeTests(label, node, files, env = {}) {
  const tapFile = join(countsDir, 'node-tap.txt');
  rmSync(tapFile, { force: true });
  // A test that hangs fails after 2 minutes instead of stopping the run.
  const args = ['--test', '--test-timeout=120000', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=' + tapFile, ...files];
  const result = run(label, node, args, { env });
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  const pass = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? (result.status === 0 ? 0 : 1));
  totals.passed += pass;
  totals.failed += fail;
}

const testFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(dir, f)) : []);

// Node tests (command-line tool, harnesses that drive Chromium themselves): node's own runner.
const nodeTests = testFiles('test/node');
if (nodeTests.length > 0) runNodeTests('Node tests (node --test)', process.execPath, nodeTests);

// The status host's tests, on PGlite and on a throwaway PostgreSQL cluster, on this Node and on
// the current LTS (Node 24; there without the ones that drive Chromium).
const serverTests = testFiles('server/test');
if (serverTests.length > 0) {
  let cluster;
  if (!postgresBin()) {
    console.error('\nPostgreSQL is missing: the status host is tested on it too. Install it with: sudo apt-get install -y postgresql');
    failedSteps.push('Status host tests (PostgreSQL missing)');
  } else {
    try {
      cluster = await startPostgresCluster();
    } catch (error) {
      console.error(`\nCould not start a PostgreSQL cluster: ${error.message}`);
      failedSteps.push('Status host tests (PostgreSQL cluster)');
    }
  }
  if (cluster) {
    try {
      const env = { ITC_TEST_POSTGRES_URL: cluster.url };
      runNodeTests(`Status host tests (Node ${process.versions.node}, PGlite and PostgreSQL)`, process.execPath, serverTests, env);
      if (process.versions.node !== NODE_LTS_VERSION) {
        const lts = nodeLts();
        if (!lts) failedSteps.push('Status host tests (Node 24 could not be installed)');
        // The tests that drive Chromium (server/test/browser-*.test.mjs) check pages and the desk in
        // the browser; on the LTS the server is covered by the others, and the run stays shorter.
        else runNodeTests(`Status host tests (Node ${NODE_LTS_VERSION}, PGlite and PostgreSQL, without the browser ones)`, lts, serverTests.filter((f) => !/[/\\]browser-[^/\\]+$/.test(f)), env);
      }
    } finally {
      cluster.stop();
    }
  }
}

if (existsSync(figuresPath)) {
  const figures = JSON.parse(readFileSync(figuresPath, 'utf8'));
  console.log('\nHardening figures (test/README.md):');
  for (const [name, label] of Object.entries(FIGURE_LABELS)) if (name in figures) console.log(`  ${label}: ${figures[name]}`);
}
rmSync(countsDir, { recursive: true, force: true });

if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
if (failedSteps.length > 0 && totals.failed === 0) totals.failed = failedSteps.length;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
