import { expect } from '@open-wc/testing';
import { describeFinding } from '../../src/core/findings.js';
import { lintStatusDocument } from '../../src/core/lint.js';
import type { Disruption, Finding, Lang, MaintenanceWindow, StatusDocument } from '../../src/core/types.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2022, 9, 29, 10, 0); // 2022-10-29T12:00+02:00

function disruption(id: string, start: number, end?: number): Disruption {
  return { id, title: 'Just nu har vi driftstörningar', severity: 'major', municipalities: [], systems: [], start, end, updates: [] };
}

function window(id: string, start: number, end: number): MaintenanceWindow {
  return { id, title: 'Servicefönster', municipalities: ['tierp'], start, end, systems: [] };
}

function doc(disruptions: Disruption[], maintenance: MaintenanceWindow[]): StatusDocument {
  return {
    version: 1,
    updated: NOW - DAY,
    timeZone: 'Europe/Stockholm',
    municipalities: [{ id: 'tierp', name: 'Tierp' }],
    disruptions,
    maintenance,
  };
}

describe('lintStatusDocument', () => {
  const disruptionCases: [string, Disruption, { days: number } | null][] = [
    ['ongoing, started 8 days ago', disruption('d', NOW - 8 * DAY), { days: 8 }],
    ['ongoing, started just over 7 days ago', disruption('d', NOW - 7 * DAY - 1), { days: 7 }],
    ['ongoing, started exactly 7 days ago', disruption('d', NOW - 7 * DAY), null],
    ['ongoing, started an hour ago', disruption('d', NOW - 3_600_000), null],
    ['ongoing, starts tomorrow', disruption('d', NOW + DAY), null],
    ['ended, started 30 days ago', disruption('d', NOW - 30 * DAY, NOW - 29 * DAY), null],
  ];
  for (const [name, item, expected] of disruptionCases) {
    it(`disruption ${name}: ${expected ? 'stale' : 'no finding'}`, () => {
      const findings = lintStatusDocument(doc([item], []), { now: NOW });
      expect(findings).to.deep.equal(
        expected
          ? [{ level: 'warning', code: 'stale-disruption', path: '$.disruptions[0].end', itemId: 'd', params: expected }]
          : [],
      );
    });
  }

  const windowCases: [string, MaintenanceWindow, boolean][] = [
    ['ended yesterday', window('w', NOW - 2 * DAY, NOW - DAY), true],
    ['ends exactly now', window('w', NOW - DAY, NOW), true],
    ['ongoing', window('w', NOW - 3_600_000, NOW + 3_600_000), false],
    ['upcoming', window('w', NOW + DAY, NOW + DAY + 3_600_000), false],
  ];
  for (const [name, item, past] of windowCases) {
    it(`window ${name}: ${past ? 'past' : 'no finding'}`, () => {
      const findings = lintStatusDocument(doc([], [item]), { now: NOW });
      expect(findings).to.deep.equal(
        past ? [{ level: 'warning', code: 'past-window', path: '$.maintenance[0].end', itemId: 'w' }] : [],
      );
    });
  }

  it('points paths at the published items when given the source, also after dropped items', () => {
    const document = doc([disruption('old', NOW - 10 * DAY)], [window('a', NOW + DAY, NOW + 2 * DAY), window('b', NOW - 2 * DAY, NOW - DAY)]);
    const source = {
      disruptions: [{ title: 'no id, dropped by the parser' }, { id: 'old' }],
      maintenance: [{ id: 'a' }, null, { id: 'bad' }, { id: 'b' }],
    };
    expect(lintStatusDocument(document, { now: NOW, source }).map((f) => f.path)).to.deep.equal([
      '$.disruptions[1].end',
      '$.maintenance[3].end',
    ]);
    expect(lintStatusDocument(document, { now: NOW }).map((f) => f.path)).to.deep.equal([
      '$.disruptions[0].end',
      '$.maintenance[1].end',
    ]);
  });

  it('falls back to the item index when the source is not an object with arrays', () => {
    const document = doc([], [window('x', NOW - 2 * DAY, NOW - DAY)]);
    for (const source of [null, 'text', 42, { maintenance: 'nope' }, { maintenance: [{ id: 'other' }] }]) {
      expect(lintStatusDocument(document, { now: NOW, source })[0].path).to.equal('$.maintenance[0].end');
    }
  });
});

describe('describeFinding for the lint codes', () => {
  const stale = { level: 'warning', code: 'stale-disruption', path: '$.disruptions[0].end', itemId: 'epost', params: { days: 9 } } as const;
  const past = { level: 'warning', code: 'past-window', path: '$.maintenance[0].end', itemId: 'tierp' } as const;
  const cases: [Finding, Lang, string][] = [
    [stale, 'sv', '$.disruptions[0].end (epost): driftstörningen har ingen sluttid och började för 9 dagar sedan; ange end när den är löst.'],
    [stale, 'en', '$.disruptions[0].end (epost): the disruption has no end and started 9 days ago; set end once it is resolved.'],
    [past, 'sv', '$.maintenance[0].end (tierp): servicefönstret är redan över och visas inte längre; ta bort det ur dokumentet.'],
    [past, 'en', '$.maintenance[0].end (tierp): the service window is already over and no longer shown; remove it from the document.'],
  ];
  for (const [finding, lang, text] of cases) {
    it(`${finding.code} in ${lang}`, () => expect(describeFinding(finding, lang)).to.equal(text));
  }
});
