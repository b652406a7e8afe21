// `npm run size:modules`: where the bundle's and the form part's bytes come from. It builds the same
// entries as the bundle (the part's file name and hash stand in for the build's), so it runs
// without a build and reports both wholes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('size:modules reports the bundle and the form part, module by module', () => {
  const result = spawnSync(process.execPath, ['scripts/size-modules.mjs'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(result.status, 0, result.stderr);
  const wholes = [...result.stdout.matchAll(/^whole \(esbuild\): (\d+) bytes, (\d+) gzip$/gm)].map((m) => Number(m[2]));
  assert.equal(wholes.length, 2, result.stdout);
  assert.ok(wholes[0] > wholes[1], 'the bundle is larger than the part');
  assert.match(result.stdout, /src\/components\/status-banner\/status-banner\.component\.ts/);
  assert.match(result.stdout, /src\/components\/subscribe\/subscribe\.component\.ts/);
  // As in the rollup build, the calendar file's generator is a part of its own, not in the bundle.
  const bundle = result.stdout.split("The form's part")[0];
  assert.match(bundle, /src\/bundle\/calendar-on-demand\.ts/);
  assert.doesNotMatch(bundle, /src\/core\/ics\.ts|calendar-file\.ts/);
});
