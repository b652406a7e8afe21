// custom-elements.json (written by `npm run build` with the Custom Elements Manifest analyzer):
// it lists every element the package defines with its public API only, package.json points at
// it, and docs/elements.md (and README.md, between its markers) agree with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { elementsDoc, withReadmeTables } from '../../scripts/element-docs.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const element = (tag) => declarations.find((d) => d.tagName === tag);

test('package.json points at the manifest and publishes it', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
  assert.equal(manifest.schemaVersion, '1.0.0');
});

test('every tag the package defines is in the manifest, with its class and published module', () => {
  const defined = readdirSync(new URL('src/define/', root))
    .map((file) => /customElements\.define\('([a-z-]+)'/.exec(read('src/define/' + file))?.[1])
    .filter(Boolean)
    .sort();
  assert.deepEqual(defined, ['itc-status-banner', 'itc-status-provider', 'itc-subscribe']);
  assert.deepEqual(declarations.map((d) => d.tagName).sort(), defined);
  const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  assert.deepEqual(definitions.map((e) => e.name).sort(), defined);
  for (const { declaration } of definitions) {
    assert.match(declaration.module, /^dist\/esm\/components\/.+\.component\.js$/);
    assert.ok(existsSync(new URL(declaration.module, root)), declaration.module);
  }
});

test('attributes are the public ones only; internal state is not listed', () => {
  assert.deepEqual(
    element('itc-status-banner').attributes.map((a) => a.name).sort(),
    ['src', 'municipality', 'lang', 'show', 'max', 'horizon-days', 'placement', 'poll-interval', 'max-age'].sort(),
  );
  assert.deepEqual(
    element('itc-subscribe').attributes.map((a) => a.name),
    ['action', 'municipality', 'topics', 'privacy-url', 'terms-url', 'lang', 'timeout'],
  );
  assert.deepEqual(element('itc-status-provider').attributes.map((a) => a.name), ['src', 'poll-interval', 'max-age']);
});

test('events are the documented ones, each with its event class', () => {
  const events = (tag) => (element(tag).events ?? []).map((e) => [e.name, e.type?.text]);
  assert.deepEqual(events('itc-status-banner'), [
    ['itc-status-change', 'ItcStatusChangeEvent'],
    ['itc-status-error', 'ItcStatusErrorEvent'],
  ]);
  assert.deepEqual(events('itc-subscribe'), [
    ['itc-subscribe-submit', 'ItcSubscribeSubmitEvent'],
    ['itc-subscribe-success', 'ItcSubscribeSuccessEvent'],
    ['itc-subscribe-error', 'ItcSubscribeErrorEvent'],
  ]);
});

test('CSS parts and custom properties come from the JSDoc', () => {
  const parts = element('itc-status-banner').cssParts.map((p) => p.name);
  for (const part of ['banner', 'card', 'show-all', 'calendar', 'link', 'notice']) assert.ok(parts.includes(part), part);
  assert.ok(element('itc-status-banner').cssProperties.some((p) => p.name === '--itc-accent'));
  assert.ok(element('itc-subscribe').cssParts.some((p) => p.name === 'error-summary'));
});

test('docs/elements.md is generated from the manifest (run `npm run docs:elements` after changing an element)', () => {
  assert.equal(read('docs/elements.md'), elementsDoc(manifest));
  const check = spawnSync(process.execPath, ['scripts/element-docs.mjs', '--check'], { cwd: new URL('.', root), encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});

test("the README's API tables are the manifest's (between its markers)", () => {
  const readme = read('README.md');
  assert.ok(readme.includes('<!-- elements-api -->') && readme.includes('<!-- /elements-api -->'), 'README.md keeps its markers');
  assert.ok(readme.includes('### `<itc-status-banner>`') && readme.includes('### `<itc-subscribe>`'));
  assert.equal(withReadmeTables(readme, manifest), readme);
});

test('the docs name every attribute, event, part and custom property of the manifest', () => {
  const doc = read('docs/elements.md');
  for (const d of declarations) {
    assert.ok(doc.includes(`## \`<${d.tagName}>\``), d.tagName);
    for (const item of [...(d.attributes ?? []), ...(d.events ?? []), ...(d.cssParts ?? []), ...(d.cssProperties ?? [])]) {
      assert.ok(doc.includes(`| \`${item.name}\` |`), `${d.tagName}: ${item.name}`);
    }
  }
});

test('README tables between the markers are replaced; a README without markers is left alone', () => {
  const readme = '# itc-status\n\nIntro.\n\n<!-- elements-api -->\nold tables\n<!-- /elements-api -->\n\nMore.\n';
  const updated = withReadmeTables(readme, manifest);
  assert.ok(updated.startsWith('# itc-status\n\nIntro.\n\n<!-- elements-api -->\n\n### `<itc-status-banner>`'));
  assert.ok(updated.endsWith('<!-- /elements-api -->\n\nMore.\n'));
  assert.ok(!updated.includes('old tables'));
  assert.equal(withReadmeTables(updated, manifest), updated);
  assert.equal(withReadmeTables('# itc-status\n', manifest), '# itc-status\n');
});
