import { expect } from '@open-wc/testing';
import { describeFinding } from '../../src/core/findings.js';
import { parseStatusDocument, parseStatusText } from '../../src/core/parse.js';
import type { Finding } from '../../src/core/types.js';

/** A document that breaks every rule that leaves it usable. */
const messy = {
  version: 1,
  updated: '2022-10-28T15:00:00+01:00',
  timeZone: 'Europe/Tierp',
  publisher: { name: 5, url: 'javascript:alert(1)' },
  municipalities: [{ id: 'tierp', name: 'Tierp' }, 'heby'],
  disruptions: [
    { id: 'a', title: 'A', start: '2022-03-27T02:30', severity: 'high', municipalities: ['uppsala', ''], url: '/drift' },
    { id: 'b', title: 'B', start: '2022-10-30T02:30', url: 'https://' },
    { id: 'a', title: 'A again', start: '2022-10-27T08:00' },
    { id: 'c', start: '2022-10-27T08:00' },
    { id: 'd', title: 'D', start: 'i går' },
    { id: 'e', title: 'E', start: '2022-10-27T08:00', end: '2022-10-27T07:00' },
  ],
  maintenance: [
    { id: 'm', municipalities: [], start: '2022-10-29T10:00', end: '2022-10-29T20:00' },
    { id: 'n', municipalities: ['tierp'], start: '2022-10-29T10:00', end: '2022-10-29T20:00', systems: [{ name: 'X', start: '2022-10-29T09:00' }] },
  ],
};

function allFindings(): Finding[] {
  const found: Finding[] = [];
  const r = parseStatusDocument(messy);
  found.push(...r.findings);
  for (const bad of ['<html>', '[]', '{}', '{"version":2}', '{"version":1,"updated":"x"}', '{"version":1,"updated":1}', '{"version":1,"updated":"2022-10-28T15:00Z","disruptions":{}}']) {
    const e = parseStatusText(bad);
    if (!e.ok) found.push(e.error);
  }
  const p = parseStatusDocument(new Proxy({}, { get: () => { throw new Error(); } }));
  if (!p.ok) found.push(p.error);
  return found;
}

const CODES = [
  'not-json', 'not-object', 'unreadable', 'unknown-version', 'missing-field', 'wrong-type', 'empty-value', 'empty-list',
  'bad-time', 'end-before-start', 'duplicate-id', 'unknown-severity', 'unknown-time-zone', 'unsafe-link', 'relative-link',
  'invalid-link', 'unknown-municipality', 'outside-window', 'offset-mismatch', 'nonexistent-time', 'ambiguous-time',
];

describe('describeFinding', () => {
  it('the sample of bad input produces every finding code', () => {
    expect([...new Set(allFindings().map((f) => f.code))].sort()).to.deep.equal([...CODES].sort());
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`has a complete ${lang} text for every finding`, () => {
      for (const f of allFindings()) {
        const text = describeFinding(f, lang);
        expect(text, f.code).to.match(/^\$\S*( \([^)]+\))?: \S.*\.$/);
        expect(text, f.code).not.to.match(/undefined|problem [”“]/);
        if (f.params?.effect) expect(text, f.code).to.include(' – ');
      }
    });
  }

  // [finding, Swedish, English]
  const cases: Array<[Finding, string, string]> = [
    [
      { level: 'warning', code: 'end-before-start', path: '$.maintenance[1].end', itemId: '2022-10-30-alvkarleby', params: { effect: 'dropped' } },
      '$.maintenance[1].end (2022-10-30-alvkarleby): sluttiden ligger inte efter starttiden – posten visas inte.',
      '$.maintenance[1].end (2022-10-30-alvkarleby): the end is not after the start – the item is not shown.',
    ],
    [
      { level: 'error', code: 'unknown-version', path: '$.version', params: { version: '2' } },
      '$.version: formatversion 2 stöds inte (bara version 1).',
      '$.version: format version 2 is not supported (only version 1).',
    ],
    [
      { level: 'warning', code: 'wrong-type', path: '$.disruptions[0].message', itemId: 'd1', params: { field: 'message', expected: 'string', effect: 'ignored' } },
      '$.disruptions[0].message (d1): fältet ”message” ska vara text – värdet används inte.',
      '$.disruptions[0].message (d1): the field “message” must be text – the value is not used.',
    ],
    [
      { level: 'warning', code: 'unknown-severity', path: '$.disruptions[0].severity', itemId: 'd1', params: { field: 'severity', value: 'high', effect: 'default', default: 'major' } },
      '$.disruptions[0].severity (d1): okänd allvarlighetsgrad ”high” (critical, major eller minor) – major används.',
      '$.disruptions[0].severity (d1): unknown severity “high” (critical, major or minor) – major is used.',
    ],
    [
      { level: 'warning', code: 'nonexistent-time', path: '$.disruptions[0].start', itemId: 'd1', params: { value: '2022-03-27T02:30', zone: 'Europe/Stockholm' } },
      '$.disruptions[0].start (d1): ”2022-03-27T02:30” finns inte i Europe/Stockholm (klockan ställs fram); tiden flyttas fram lika mycket.',
      '$.disruptions[0].start (d1): “2022-03-27T02:30” does not exist in Europe/Stockholm (clocks go forward); it is moved forward as much.',
    ],
    [
      { level: 'warning', code: 'wrong-type', path: '$.disruptions[0].systems[1]', itemId: 'd1', params: { field: 'systems', expected: 'string', effect: 'ignored' } },
      '$.disruptions[0].systems[1] (d1): värdena i ”systems” ska vara text – värdet används inte.',
      '$.disruptions[0].systems[1] (d1): the values in “systems” must be text – the value is not used.',
    ],
    [
      { level: 'warning', code: 'empty-value', path: '$.maintenance[0].municipalities[1]', itemId: 'm1', params: { field: 'municipalities', effect: 'ignored' } },
      '$.maintenance[0].municipalities[1] (m1): ett värde i ”municipalities” är tomt – värdet används inte.',
      '$.maintenance[0].municipalities[1] (m1): a value in “municipalities” is empty – the value is not used.',
    ],
    [
      { level: 'error', code: 'not-json', path: '$' },
      '$: texten är inte JSON.',
      '$: the text is not JSON.',
    ],
    [
      { level: 'warning', code: 'some-future-code', path: '$.x' },
      '$.x: problem ”some-future-code”.',
      '$.x: problem “some-future-code”.',
    ],
  ];
  for (const [finding, sv, en] of cases) {
    it(`${finding.code} in Swedish (the default) and English`, () => {
      expect(describeFinding(finding)).to.equal(sv);
      expect(describeFinding(finding, 'en')).to.equal(en);
    });
  }
});
