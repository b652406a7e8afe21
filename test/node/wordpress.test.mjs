// The WordPress plugin (integrations/wordpress/) against WordPress's own code: Debian's
// `wordpress` package run by `php` (both installed by .ci/run). Each check of
// integrations/wordpress/tests/run.php is one test here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const WORDPRESS = process.env.ITC_WORDPRESS_DIR ?? '/usr/share/wordpress';
const run = spawnSync('php', ['integrations/wordpress/tests/run.php', WORDPRESS], { encoding: 'utf8', timeout: 60_000 });
const checks = (run.stdout ?? '').split('\n').filter((line) => /^(not )?ok - /.test(line));

test('the plugin checks ran on WordPress', () => {
  assert.equal(run.error?.code, undefined, 'php is not installed (Debian: sudo apt-get install -y php-cli wordpress)');
  assert.equal(run.status === 2, false, run.stderr);
  assert.ok(checks.length >= 15, `${checks.length} checks ran:\n${run.stdout}\n${run.stderr}`);
  assert.equal(run.stderr, '', 'no PHP warning or error');
});

test("the plugin lets through exactly the attributes the elements take (custom-elements.json), plus the global ones", () => {
  const php = spawnSync('php', ['-r', "define('ABSPATH', '/'); require 'integrations/wordpress/itc-status/includes/elements.php'; echo json_encode(array_map('array_keys', itc_status_elements()));"], {
    encoding: 'utf8',
  });
  assert.equal(php.status, 0, php.stderr);
  const listed = JSON.parse(php.stdout);
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(Object.keys(listed).sort(), elements.map((d) => d.tagName).sort());
  for (const element of elements) {
    // lang is among the plugin's global attributes (every element takes it).
    const taken = element.attributes.map((a) => a.name).filter((name) => name !== 'lang');
    assert.deepEqual([...listed[element.tagName]].sort(), taken.sort(), element.tagName);
  }
});

for (const line of checks) {
  const [, failed, name, details] = /^(not )?ok - (.*?)(?: — (.*))?$/.exec(line);
  test(`WordPress: ${name}`, () => assert.ok(!failed, details));
}
