import { expect } from '@open-wc/testing';
import { applyChanges, emptyDocument, withChange, type Change, type RawDisruption, type RawDocument, type RawWindow } from './draft.js';

const disruption = (id: string, extra: Partial<RawDisruption> = {}): RawDisruption => ({
  id,
  title: 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.',
  severity: 'major',
  municipalities: ['tierp'],
  systems: [],
  start: '2027-03-01T08:10',
  end: null,
  updates: [],
  ...extra,
});
const window = (id: string, extra: Partial<RawWindow> = {}): RawWindow => ({
  id,
  title: 'Servicefönster',
  municipalities: ['tierp'],
  start: '2027-03-27T10:00',
  end: '2027-03-27T20:00',
  systems: [],
  ...extra,
});
const base = (): RawDocument => ({ ...emptyDocument('2027-03-01T08:00'), disruptions: [disruption('d1')], maintenance: [window('w1')], extra: 'kept' });

describe('applyChanges: the draft is the published document with the changes applied', () => {
  const cases: [string, Change[], (d: RawDocument) => unknown, unknown][] = [
    ['no change keeps the document, updated included', [], (d) => d.updated, '2027-03-01T08:00'],
    ['a change stamps updated', [{ kind: 'resolve', id: 'd1', end: '2027-03-01T09:00' }], (d) => d.updated, '2027-03-01T09:30'],
    ['a new disruption is added', [{ kind: 'put-disruption', item: disruption('d2'), isNew: true }], (d) => d.disruptions!.map((x) => x.id), ['d1', 'd2']],
    ['an edited disruption replaces its namesake', [{ kind: 'put-disruption', item: disruption('d1', { severity: 'critical' }), isNew: false }], (d) => d.disruptions!.map((x) => x.severity), ['critical']],
    [
      'updates go first (newest first)',
      [
        { kind: 'add-update', id: 'd1', update: { at: '2027-03-01T09:00', message: 'Första' } },
        { kind: 'add-update', id: 'd1', update: { at: '2027-03-01T09:20', message: 'Andra' } },
      ],
      (d) => d.disruptions![0]!.updates.map((u) => u.message),
      ['Andra', 'Första'],
    ],
    ['resolve sets the end', [{ kind: 'resolve', id: 'd1', end: '2027-03-01T09:00' }], (d) => d.disruptions![0]!.end, '2027-03-01T09:00'],
    ['a change to an item another publisher removed changes nothing', [{ kind: 'resolve', id: 'gone', end: '2027-03-01T09:00' }], (d) => d.disruptions!.length, 1],
    ['a cancelled window is removed', [{ kind: 'cancel-window', id: 'w1' }], (d) => d.maintenance, []],
    ['an edited window replaces its namesake', [{ kind: 'put-window', item: window('w1', { end: '2027-03-27T19:00' }), isNew: false }], (d) => d.maintenance!.map((w) => w.end), ['2027-03-27T19:00']],
    ['fields the desk does not know are kept', [{ kind: 'cancel-window', id: 'w1' }], (d) => d.extra, 'kept'],
    ['a restore replaces the document, then later changes apply', [{ kind: 'restore', version: 3, body: JSON.stringify({ ...base(), disruptions: [] }) }, { kind: 'cancel-window', id: 'w1' }], (d) => [d.disruptions, d.maintenance], [[], []]],
  ];
  for (const [name, changes, read, expected] of cases) {
    it(name, () => {
      const document = base();
      const before = JSON.stringify(document);
      expect(read(applyChanges(document, changes, '2027-03-01T09:30'))).to.deep.equal(expected);
      expect(JSON.stringify(document)).to.equal(before, 'the base is not touched');
    });
  }

  it('the same changes apply on top of another publisher’s version', () => {
    const changes: Change[] = [{ kind: 'add-update', id: 'd1', update: { at: '2027-03-01T09:00', message: 'Felet är hittat.' } }];
    const theirs = { ...base(), maintenance: [...base().maintenance!, window('w2', { municipalities: ['alvkarleby'] })] };
    const merged = applyChanges(theirs, changes, '2027-03-01T09:30');
    expect(merged.maintenance!.map((w) => w.id)).to.deep.equal(['w1', 'w2']);
    expect(merged.disruptions![0]!.updates).to.have.length(1);
  });
});

describe('withChange', () => {
  it('editing an item the draft added replaces that addition, still new', () => {
    const added = withChange([], { kind: 'put-window', item: window('w9'), isNew: true });
    const edited = withChange(added, { kind: 'put-window', item: window('w9', { end: '2027-03-27T19:00' }), isNew: false });
    expect(edited).to.deep.equal([{ kind: 'put-window', item: window('w9', { end: '2027-03-27T19:00' }), isNew: true }]);
  });
  it('editing a published item is a change of its own', () => {
    const changes = withChange([{ kind: 'cancel-window', id: 'w2' }], { kind: 'put-window', item: window('w1'), isNew: false });
    expect(changes).to.have.length(2);
  });
});
