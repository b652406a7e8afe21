// The JSON Schema (schema/status-document.schema.json) and the parser agree.
//
// Agreement, for every JSON value D (parsed with the document URL as base for links):
//   (A) the schema accepts D            ⇒ the parser reads D (ok: true);
//   (B) the parser reads D with no findings ⇒ the schema accepts D.
// The parser is more tolerant than the schema: an item the schema refuses (missing id, unknown
// severity, a javascript: link …) is dropped or ignored by the parser *with a warning*, so the
// rest of the document still shows. And the schema cannot express some rules (end after start,
// unique ids, known municipality ids, local times that exist, links as the URL parser sees them),
// which the parser reports as warnings on documents the schema accepts.
//
// The shared samples: valid/ (schema accepts, parser reads without findings), invalid/ (schema
// refuses, parser rejects), tolerated/ (parser reads with findings; the table says what the
// schema says). On top of the samples, generated variations of the valid samples check (A) and (B).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = `${root}dist/esm/core/index.js`;
if (!existsSync(built)) throw new Error('dist/esm/core/index.js is missing: run `npm run build` first (npm test does).');
const { parseStatusDocument } = await import(built);

const BASE_URL = 'https://itcentrum.se/driftinfo/status.json';
const schema = JSON.parse(readFileSync(`${root}schema/status-document.schema.json`, 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const dir = `${root}test/fixtures/documents`;
const load = (folder, file) => JSON.parse(readFileSync(`${dir}/${folder}/${file}`, 'utf8'));
const files = (folder) => readdirSync(`${dir}/${folder}`).filter((f) => f.endsWith('.json')).sort();
const parse = (doc) => parseStatusDocument(doc, { baseUrl: BASE_URL });
const codes = (r) => r.findings.map((f) => f.code);

/** The error code the parser gives each invalid sample. */
const INVALID = {
  'array.json': 'not-object',
  'disruptions-as-object.json': 'wrong-type',
  'disruptions-null.json': 'wrong-type',
  'lit-template-imitation.json': 'missing-field',
  'maintenance-as-text.json': 'wrong-type',
  'missing-updated.json': 'missing-field',
  'missing-version.json': 'missing-field',
  'null.json': 'not-object',
  'number.json': 'not-object',
  'string.json': 'not-object',
  'updated-29-february-2023.json': 'bad-time',
  'updated-30-february.json': 'bad-time',
  'updated-as-number.json': 'wrong-type',
  'updated-null.json': 'wrong-type',
  'updated-with-space.json': 'bad-time',
  'version-2.json': 'unknown-version',
  'version-as-text.json': 'unknown-version',
};

/** For each tolerated sample: whether the schema accepts it, and the parser's finding codes. */
const TOLERATED = {
  'blank-title.json': [false, ['empty-value']],
  'data-link.json': [false, ['unsafe-link']],
  'disruption-without-id.json': [false, ['missing-field']],
  'dst-gap.json': [true, ['nonexistent-time']],
  'dst-overlap.json': [true, ['ambiguous-time']],
  'duplicate-id.json': [true, ['duplicate-id']],
  'end-before-start.json': [true, ['end-before-start']],
  'item-time-31-april.json': [false, ['bad-time']],
  'javascript-link-with-tab.json': [true, ['unsafe-link']],
  'javascript-link.json': [false, ['unsafe-link']],
  'message-lit-template-imitation.json': [false, ['wrong-type']],
  'missing-municipalities.json': [false, ['missing-field']],
  'offset-mismatch.json': [true, ['offset-mismatch']],
  'publisher-as-text.json': [false, ['wrong-type']],
  'system-outside-window.json': [true, ['outside-window']],
  'system-without-name.json': [false, ['missing-field']],
  'systems-with-number.json': [false, ['wrong-type']],
  'title-as-number.json': [false, ['wrong-type']],
  'unknown-municipality.json': [true, ['unknown-municipality']],
  'unknown-severity.json': [false, ['unknown-severity']],
  'unknown-time-zone.json': [true, ['unknown-time-zone']],
  'window-without-municipalities.json': [false, ['empty-list']],
};

/** Checks (A) and (B) for one value; returns a description of a disagreement, or ''. */
function disagreement(doc) {
  const accepted = validate(doc);
  const r = parse(doc);
  if (accepted && !r.ok) return `schema accepts, parser rejects: ${r.error.code} ${r.error.path}`;
  if (r.ok && r.findings.length === 0 && !accepted) return `parser reads cleanly, schema refuses: ${JSON.stringify(validate.errors)}`;
  return '';
}

describe('schema and parser agree on the shared samples', () => {
  test('the schema compiles as draft 2020-12 in strict mode', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(typeof validate, 'function');
  });

  test('every sample is listed in this test, and every listed sample exists', () => {
    assert.deepEqual(files('invalid'), Object.keys(INVALID).sort());
    assert.deepEqual(files('tolerated'), Object.keys(TOLERATED).sort());
    assert.ok(files('valid').length >= 10);
  });

  for (const file of files('valid')) {
    test(`valid/${file}: schema accepts, parser reads it without findings`, () => {
      const doc = load('valid', file);
      assert.equal(validate(doc), true, JSON.stringify(validate.errors));
      const r = parse(doc);
      assert.equal(r.ok, true, r.ok ? '' : `${r.error.code} ${r.error.path}`);
      assert.deepEqual(r.findings, []);
    });
  }

  for (const file of files('invalid')) {
    test(`invalid/${file}: schema refuses, parser rejects it (${INVALID[file]})`, () => {
      const doc = load('invalid', file);
      assert.equal(validate(doc), false);
      const r = parse(doc);
      assert.equal(r.ok, false);
      assert.equal(r.error.code, INVALID[file]);
      assert.equal(r.error.level, 'error');
    });
  }

  for (const file of files('tolerated')) {
    const [accepted, expected] = TOLERATED[file] ?? [];
    test(`tolerated/${file}: parser reads it with ${expected}; schema ${accepted ? 'accepts' : 'refuses'}`, () => {
      const doc = load('tolerated', file);
      assert.equal(validate(doc), accepted, JSON.stringify(validate.errors));
      const r = parse(doc);
      assert.equal(r.ok, true);
      assert.deepEqual(codes(r), expected);
      assert.ok(r.findings.every((f) => f.level === 'warning'));
    });
  }

  test('the demo sample is valid and reads without findings', () => {
    const doc = JSON.parse(readFileSync(`${root}demo/data/sample-status.json`, 'utf8'));
    assert.equal(validate(doc), true, JSON.stringify(validate.errors));
    const r = parse(doc);
    assert.equal(r.ok, true);
    assert.deepEqual(r.findings, []);
  });

  test('(A) and (B) hold for every sample', () => {
    for (const folder of ['valid', 'invalid', 'tolerated']) {
      for (const file of files(folder)) assert.equal(disagreement(load(folder, file)), '', `${folder}/${file}`);
    }
  });
});

describe('schema and parser agree on generated variations of the valid samples', () => {
  /** Every path to a value inside `value`. */
  function paths(value, prefix = []) {
    const out = [prefix];
    if (value && typeof value === 'object') for (const key of Object.keys(value)) out.push(...paths(value[key], [...prefix, Array.isArray(value) ? Number(key) : key]));
    return out;
  }
  // Values that sit near the edges of the rules, besides arbitrary JSON.
  const edgy = fc.constantFrom(
    '', ' ', '\t', 'x', '2022-10-29T10:00', '2022-10-29T10:00Z', '2022-10-29T10:00+02:00', '2022-10-29T10:00+01:00',
    '2022-02-29T10:00', '2024-02-29T10:00', '2022-04-31T10:00', '2022-03-27T02:30', '2022-10-30T02:30', '2022-10-29T24:00',
    '2022-10-29 10:00', 'javascript:alert(1)', 'java\tscript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x',
    'https://itcentrum.se/', 'HTTP://x.se', 'mailto:a@b.se', 'tel:+4629312345', '/relativ', '../x', '//host/x', 'https://',
    'critical', 'major', 'minor', 'Critical', 'tierp', 'Älvkarleby', 'uppsala', 'Europe/Stockholm', 'America/New_York',
    'Europe/Tierp', 0, 1, 2, -1, 1.5, true, false, null, [], {}, [''], ['tierp'], [1], { name: 'x' }, { id: 'x', name: 'y' },
    { _$litType$: 1, strings: ['<b>x</b>'], values: [] },
  );
  const samples = files('valid').map((file) => load('valid', file));

  for (const [name, arbitrary] of [
    ['one value replaced', fc.oneof(edgy, fc.jsonValue({ maxDepth: 2 }))],
    ['one value removed', fc.constant(undefined)],
  ]) {
    test(`(A) and (B) hold with ${name}`, () => {
      fc.assert(
        fc.property(fc.nat(), fc.nat(), arbitrary, (i, j, value) => {
          const doc = structuredClone(samples[i % samples.length]);
          const all = paths(doc).filter((p) => p.length > 0);
          const path = all[j % all.length];
          let target = doc;
          for (const key of path.slice(0, -1)) target = target[key];
          const key = path[path.length - 1];
          if (value === undefined) {
            if (Array.isArray(target)) target.splice(key, 1);
            else delete target[key];
          } else target[key] = value;
          const problem = disagreement(doc);
          if (problem) throw new Error(`${path.join('.')} = ${JSON.stringify(value)}: ${problem}`);
        }),
        { seed: 20221029, numRuns: 3000 },
      );
    });
  }
});
