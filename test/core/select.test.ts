import { expect } from '@open-wc/testing';
import { parseStatusText } from '../../src/core/parse.js';
import { selectStatus } from '../../src/core/select.js';
import type { Disruption, MaintenanceWindow, Selection, StatusDocument } from '../../src/core/types.js';

const at = (s: string) => Date.parse(s);
const H = 36e5;

let sample: StatusDocument;
before(async () => {
  const r = parseStatusText(await (await fetch('/demo/data/sample-status.json')).text());
  if (!r.ok) throw new Error('sample does not parse');
  sample = r.document;
});

/** The selection in one readable form: disruption ids, windows with states, next change. */
function summary(s: Selection) {
  return {
    disruptions: s.disruptions.map((d) => d.id),
    maintenance: s.maintenance.map((w) => `${w.window.id} ${w.state}${w.systems.map((x) => ` ${x.name}:${x.state}`).join('')}`),
    nextChange: s.nextChange === undefined ? undefined : new Date(s.nextChange).toISOString(),
  };
}

describe('selectStatus on the sample (Tierp Saturday 29 Oct, Älvkarleby Sunday 30 Oct 2022)', () => {
  const D = '2022-10-27-driftstorning';
  const T = '2022-10-29-tierp';
  const A = '2022-10-30-alvkarleby';
  // [what, now (UTC), municipality, disruptions, windows, next change (UTC)]
  const cases: Array<[string, string, string | undefined, string[], string[], string | undefined]> = [
    ['before the disruption began', '2022-10-27T06:00:00Z', undefined, [], [`${T} upcoming Personalsystemen:upcoming Tierpsbyggen:upcoming`, `${A} upcoming Treserva:upcoming TES:upcoming`], '2022-10-27T06:10:00.000Z'],
    ['the moment the disruption began (08.10 local)', '2022-10-27T06:10:00Z', undefined, [D], [`${T} upcoming Personalsystemen:upcoming Tierpsbyggen:upcoming`, `${A} upcoming Treserva:upcoming TES:upcoming`], '2022-10-29T08:00:00.000Z'],
    ['Friday, everyone', '2022-10-28T10:00:00Z', undefined, [D], [`${T} upcoming Personalsystemen:upcoming Tierpsbyggen:upcoming`, `${A} upcoming Treserva:upcoming TES:upcoming`], '2022-10-29T08:00:00.000Z'],
    ['Friday, Tierp', '2022-10-28T10:00:00Z', 'tierp', [D], [`${T} upcoming Personalsystemen:upcoming Tierpsbyggen:upcoming`], '2022-10-29T08:00:00.000Z'],
    ['Friday, Älvkarleby by name', '2022-10-28T10:00:00Z', 'Älvkarleby', [D], [`${A} upcoming Treserva:upcoming TES:upcoming`], '2022-10-30T09:00:00.000Z'],
    ['Friday, ALVKARLEBY', '2022-10-28T10:00:00Z', 'ALVKARLEBY', [D], [`${A} upcoming Treserva:upcoming TES:upcoming`], '2022-10-30T09:00:00.000Z'],
    ['Friday, Heby (no window)', '2022-10-28T10:00:00Z', 'heby', [D], [], undefined],
    ['Friday, Tierp and Älvkarleby', '2022-10-28T10:00:00Z', 'tierp, alvkarleby', [D], [`${T} upcoming Personalsystemen:upcoming Tierpsbyggen:upcoming`, `${A} upcoming Treserva:upcoming TES:upcoming`], '2022-10-29T08:00:00.000Z'],
    ['Friday, an unknown municipality shows everything', '2022-10-28T10:00:00Z', 'uppsala', [D], [`${T} upcoming Personalsystemen:upcoming Tierpsbyggen:upcoming`, `${A} upcoming Treserva:upcoming TES:upcoming`], '2022-10-29T08:00:00.000Z'],
    ['Saturday 10.00 local: Tierp begins', '2022-10-29T08:00:00Z', 'tierp', [D], [`${T} ongoing Personalsystemen:ongoing Tierpsbyggen:upcoming`], '2022-10-29T10:00:00.000Z'],
    ['Saturday 11.00: Personalsystemen down', '2022-10-29T09:00:00Z', 'tierp', [D], [`${T} ongoing Personalsystemen:ongoing Tierpsbyggen:upcoming`], '2022-10-29T10:00:00.000Z'],
    ['Saturday 12.00: Tierpsbyggen down too', '2022-10-29T10:00:00Z', 'tierp', [D], [`${T} ongoing Personalsystemen:ongoing Tierpsbyggen:ongoing`], '2022-10-29T12:00:00.000Z'],
    ['Saturday 14.00: both systems back', '2022-10-29T12:00:00Z', 'tierp', [D], [`${T} ongoing Personalsystemen:past Tierpsbyggen:past`], '2022-10-29T18:00:00.000Z'],
    ['Saturday 19.59', '2022-10-29T17:59:00Z', undefined, [D], [`${T} ongoing Personalsystemen:past Tierpsbyggen:past`, `${A} upcoming Treserva:upcoming TES:upcoming`], '2022-10-29T18:00:00.000Z'],
    ['Saturday 20.00: Tierp over', '2022-10-29T18:00:00Z', undefined, [D], [`${A} upcoming Treserva:upcoming TES:upcoming`], '2022-10-30T09:00:00.000Z'],
    ['Saturday 20.00, Tierp only: nothing planned', '2022-10-29T18:00:00Z', 'Tierp', [D], [], undefined],
    // Sunday 30 October: clocks went back at 03.00, so 10.00 local is 09.00Z.
    ['Sunday 09.30 local', '2022-10-30T08:30:00Z', 'alvkarleby', [D], [`${A} upcoming Treserva:upcoming TES:upcoming`], '2022-10-30T09:00:00.000Z'],
    ['Sunday 10.00 local', '2022-10-30T09:00:00Z', 'alvkarleby', [D], [`${A} ongoing Treserva:ongoing TES:ongoing`], '2022-10-30T12:00:00.000Z'],
    ['Sunday 13.00 local', '2022-10-30T12:00:00Z', 'alvkarleby', [D], [`${A} ongoing Treserva:past TES:past`], '2022-10-30T19:00:00.000Z'],
    ['Sunday 20.00 local: all over', '2022-10-30T19:00:00Z', undefined, [D], [], undefined],
    // The 14-day horizon: Tierp's window is shown from 15 October 10.00 local (08.00Z).
    ['15 Oct 07.00Z: not yet within 14 days', '2022-10-15T07:00:00Z', 'tierp', [], [], '2022-10-15T08:00:00.000Z'],
    ['15 Oct 08.00Z: exactly 14 days ahead', '2022-10-15T08:00:00Z', 'tierp', [], [`${T} upcoming Personalsystemen:upcoming Tierpsbyggen:upcoming`], '2022-10-27T06:10:00.000Z'],
    ['15 Oct 08.00Z: Älvkarleby enters the horizon next', '2022-10-15T08:00:00Z', undefined, [], [`${T} upcoming Personalsystemen:upcoming Tierpsbyggen:upcoming`], '2022-10-16T09:00:00.000Z'],
  ];
  for (const [what, now, municipality, disruptions, maintenance, nextChange] of cases) {
    it(`${what}${municipality ? ` (${municipality})` : ''}`, () => {
      expect(summary(selectStatus(sample, { now: at(now), municipality }))).to.deep.equal({ disruptions, maintenance, nextChange });
    });
  }

  it('uses horizonDays', () => {
    const now = at('2022-10-28T10:00:00Z');
    expect(summary(selectStatus(sample, { now, horizonDays: 1 }))).to.deep.equal({
      disruptions: ['2022-10-27-driftstorning'],
      maintenance: ['2022-10-29-tierp upcoming Personalsystemen:upcoming Tierpsbyggen:upcoming'],
      nextChange: '2022-10-29T08:00:00.000Z',
    });
    expect(summary(selectStatus(sample, { now, horizonDays: 0 })).maintenance).to.deep.equal([]);
  });

  it('gives the window and its sub-windows as they are in the document', () => {
    const [selected] = selectStatus(sample, { now: at('2022-10-29T09:00:00Z'), municipality: 'tierp' }).maintenance;
    expect(selected.window).to.equal(sample.maintenance[0]);
    expect(selected.systems[0]).to.deep.equal({ ...sample.maintenance[0].systems[0], state: 'ongoing' });
  });

  it('re-selecting at nextChange gives a different selection, just before it the same', () => {
    for (const municipality of [undefined, 'tierp', 'alvkarleby', 'heby']) {
      let now = at('2022-10-14T00:00:00Z');
      for (let steps = 0; steps < 20; steps++) {
        const s = selectStatus(sample, { now, municipality });
        if (s.nextChange === undefined) break;
        expect(s.nextChange).to.be.greaterThan(now);
        expect(summary(selectStatus(sample, { now: s.nextChange - 1, municipality })).maintenance).to.deep.equal(summary(s).maintenance);
        expect(summary(selectStatus(sample, { now: s.nextChange - 1, municipality })).disruptions).to.deep.equal(summary(s).disruptions);
        const after = summary(selectStatus(sample, { now: s.nextChange, municipality }));
        expect(after.disruptions.join() + after.maintenance.join()).not.to.equal(summary(s).disruptions.join() + summary(s).maintenance.join());
        now = s.nextChange;
      }
    }
  });
});

describe('selectStatus: rules', () => {
  const t0 = at('2022-10-27T10:00:00Z');
  function disruption(id: string, severity: Disruption['severity'], startHoursAgo: number, extra: Partial<Disruption> = {}): Disruption {
    return { id, title: id, severity, municipalities: [], systems: [], start: t0 - startHoursAgo * H, updates: [], ...extra };
  }
  function window(id: string, startIn: number, endIn: number, municipalities = ['tierp']): MaintenanceWindow {
    return { id, title: 'Servicefönster', municipalities, start: t0 + startIn * H, end: t0 + endIn * H, systems: [] };
  }
  function doc(disruptions: Disruption[], maintenance: MaintenanceWindow[] = []): StatusDocument {
    return {
      version: 1,
      updated: t0,
      timeZone: 'Europe/Stockholm',
      municipalities: [{ id: 'tierp', name: 'Tierp' }, { id: 'heby', name: 'Heby' }, { id: 'alvkarleby', name: 'Älvkarleby' }],
      disruptions,
      maintenance,
    };
  }

  it('sorts disruptions critical, major, minor, then newest start first', () => {
    const d = doc([
      disruption('minor-old', 'minor', 5),
      disruption('major-old', 'major', 4),
      disruption('critical-old', 'critical', 3),
      disruption('major-new', 'major', 1),
      disruption('minor-new', 'minor', 0.5),
      disruption('critical-new', 'critical', 2),
    ]);
    expect(selectStatus(d, { now: t0 }).disruptions.map((x) => x.id)).to.deep.equal([
      'critical-new', 'critical-old', 'major-new', 'major-old', 'minor-new', 'minor-old',
    ]);
  });

  // [what, disruption, municipality, shown]
  const cases: Array<[string, Disruption, string | undefined, boolean]> = [
    ['no municipalities concerns everyone', disruption('a', 'major', 1), 'heby', true],
    ['for Tierp, shown in Tierp', disruption('a', 'major', 1, { municipalities: ['tierp'] }), 'tierp', true],
    ['for Tierp, shown in Tierp by name', disruption('a', 'major', 1, { municipalities: ['tierp'] }), 'TIERP', true],
    ['for Tierp, not shown in Heby', disruption('a', 'major', 1, { municipalities: ['tierp'] }), 'heby', false],
    ['for Tierp, shown without a filter', disruption('a', 'major', 1, { municipalities: ['tierp'] }), undefined, true],
    ['for Tierp, shown to Heby and Tierp', disruption('a', 'major', 1, { municipalities: ['tierp'] }), 'heby tierp', true],
    ['not started', disruption('a', 'major', -1), undefined, false],
    ['starting now', disruption('a', 'major', 0), undefined, true],
    ['ended', disruption('a', 'major', 2, { end: t0 - H }), undefined, false],
    ['ending now', disruption('a', 'major', 2, { end: t0 }), undefined, false],
    ['ending later', disruption('a', 'major', 2, { end: t0 + 1 }), undefined, true],
  ];
  for (const [what, d, municipality, shown] of cases) {
    it(`disruption ${what}`, () => {
      expect(selectStatus(doc([d]), { now: t0, municipality }).disruptions.length).to.equal(shown ? 1 : 0);
    });
  }

  it('sorts windows by start, then end', () => {
    const d = doc([], [window('c', 48, 50), window('b', 24, 30), window('a', 24, 26), window('now', -1, 1, ['heby'])]);
    expect(summary(selectStatus(d, { now: t0 }))).to.deep.equal({
      disruptions: [],
      maintenance: ['now ongoing', 'a upcoming', 'b upcoming', 'c upcoming'],
      nextChange: new Date(t0 + H).toISOString(),
    });
  });

  it('shows a window for any of its municipalities', () => {
    const d = doc([], [window('w', 1, 2, ['heby', 'alvkarleby'])]);
    expect(selectStatus(d, { now: t0, municipality: 'Älvkarleby' }).maintenance).to.have.length(1);
    expect(selectStatus(d, { now: t0, municipality: 'tierp' }).maintenance).to.have.length(0);
  });

  it('takes the next change from disruptions that start or end, within the audience only', () => {
    const d = doc([
      disruption('later', 'major', -3, { municipalities: ['heby'] }),
      disruption('ends', 'major', 1, { end: t0 + 2 * H }),
    ]);
    expect(selectStatus(d, { now: t0 }).nextChange).to.equal(t0 + 2 * H);
    expect(selectStatus(d, { now: t0, municipality: 'tierp' }).nextChange).to.equal(t0 + 2 * H);
    expect(selectStatus(d, { now: t0 + 2.5 * H, municipality: 'heby' }).nextChange).to.equal(t0 + 3 * H);
    expect(selectStatus(d, { now: t0 + 2.5 * H, municipality: 'tierp' }).nextChange).to.equal(undefined);
  });

  it('ignores windows that are over', () => {
    const d = doc([], [window('past', -5, -1)]);
    expect(summary(selectStatus(d, { now: t0 }))).to.deep.equal({ disruptions: [], maintenance: [], nextChange: undefined });
  });

  it('gives sub-windows outside their window their own state', () => {
    const w = window('w', -2, 2);
    w.systems = [
      { name: 'early', start: t0 - 3 * H, end: t0 - 2.5 * H },
      { name: 'late', start: t0 + 3 * H, end: t0 + 4 * H },
    ];
    expect(summary(selectStatus(doc([], [w]), { now: t0 }))).to.deep.equal({
      disruptions: [],
      maintenance: ['w ongoing early:past late:upcoming'],
      nextChange: new Date(t0 + 2 * H).toISOString(),
    });
  });
});
