import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseStatusDocument, parseStatusText } from '../../src/core/parse.js';
import type { Finding, ParseResult, StatusDocument } from '../../src/core/types.js';

type Doc = Record<string, any>;
const at = (s: string) => Date.parse(s);

/** A small valid document; each test changes a fresh copy. */
function base(): Doc {
  return {
    version: 1,
    updated: '2022-10-28T15:00:00+02:00',
    municipalities: [
      { id: 'tierp', name: 'Tierp' },
      { id: 'alvkarleby', name: 'Älvkarleby' },
      { id: 'osthammar', name: 'Östhammar' },
    ],
    disruptions: [
      { id: 'd1', title: 'Driftstörning i e-post', start: '2022-10-27T08:10' },
      { id: 'd2', title: 'Treserva går långsamt', start: '2022-10-27T09:00' },
    ],
    maintenance: [
      {
        id: 'm1',
        municipalities: ['tierp'],
        start: '2022-10-29T10:00',
        end: '2022-10-29T20:00',
        systems: [{ name: 'Personalsystemen', start: '2022-10-29T10:00', end: '2022-10-29T14:00' }],
      },
      { id: 'm2', municipalities: ['alvkarleby'], start: '2022-10-30T10:00', end: '2022-10-30T20:00' },
    ],
  };
}

/** A finding in one line: `level code path [itemId] [effect]`. */
const line = (f: Finding) =>
  [f.level, f.code, f.path, f.itemId && `#${f.itemId}`, f.params?.effect && `(${f.params.effect})`].filter(Boolean).join(' ');
const lines = (r: ParseResult) => r.findings.map(line);
function parsed(doc: unknown, options?: { baseUrl?: string }): { document: StatusDocument; findings: string[]; raw: Finding[] } {
  const r = parseStatusDocument(doc, options);
  if (!r.ok) throw new Error(`expected a document, got ${line(r.error)}`);
  return { document: r.document, findings: lines(r), raw: r.findings };
}
const litLike = { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] };
const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);

describe('parseStatusText', () => {
  const cases: Array<[string, unknown, string]> = [
    ['empty text', '', 'error not-json $'],
    ['plain text', 'Driftstörning', 'error not-json $'],
    ['an HTML page served instead of JSON', '<!doctype html><title>404</title>', 'error not-json $'],
    ['truncated JSON', '{"version": 1, "updated": "2022-', 'error not-json $'],
    ['a value that is not text', 42, 'error not-json $'],
    ['undefined', undefined, 'error not-json $'],
    ['JSON null', 'null', 'error not-object $'],
    ['a JSON number', '1', 'error not-object $'],
    ['a JSON string', '"version 1"', 'error not-object $'],
    ['a JSON array', '[{"version": 1}]', 'error not-object $'],
    ['a JSON boolean', 'true', 'error not-object $'],
    ['an empty object', '{}', 'error missing-field $.version'],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      const r = parseStatusText(text as string);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(line(r.error)).to.equal(expected);
    });
  }

  it('reads a document that starts with a byte-order mark', () => {
    const r = parseStatusText('\uFEFF' + JSON.stringify(base()));
    expect(r.ok).to.equal(true);
  });

  it('passes the base URL on', () => {
    const doc = base();
    doc.publisher = { url: 'kontakt' };
    const r = parseStatusText(JSON.stringify(doc), { baseUrl: 'https://itcentrum.se/drift/status.json' });
    expect(r.ok && r.document.publisher?.url).to.equal('https://itcentrum.se/drift/kontakt');
  });
});

describe('parseStatusDocument: documents that cannot be used', () => {
  const throwing = new Proxy({}, { get: () => { throw new Error('boom'); } });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const getter = Object.defineProperty({}, 'version', { get: () => { throw new Error('boom'); }, enumerable: true });
  const cases: Array<[string, () => unknown, string, Record<string, string | number>?]> = [
    ['null', () => null, 'error not-object $'],
    ['undefined', () => undefined, 'error not-object $'],
    ['a number', () => 1, 'error not-object $'],
    ['a string', () => '{"version":1}', 'error not-object $'],
    ['an array', () => [base()], 'error not-object $'],
    ['a function', () => () => base(), 'error not-object $'],
    ['an object imitating a Lit template', () => litLike, 'error missing-field $.version', { field: 'version' }],
    ['no version', () => ({ ...base(), version: undefined }), 'error missing-field $.version', { field: 'version' }],
    ['version 2', () => ({ ...base(), version: 2 }), 'error unknown-version $.version', { version: '2' }],
    ['version 2 with another shape', () => ({ version: 2, läge: 'grönt' }), 'error unknown-version $.version', { version: '2' }],
    ['version 0', () => ({ ...base(), version: 0 }), 'error unknown-version $.version', { version: '0' }],
    ['version 1.5', () => ({ ...base(), version: 1.5 }), 'error unknown-version $.version', { version: '1.5' }],
    ['version "1" (text)', () => ({ ...base(), version: '1' }), 'error unknown-version $.version', { version: '"1"' }],
    ['version null', () => ({ ...base(), version: null }), 'error unknown-version $.version', { version: 'null' }],
    ['version as an object', () => ({ ...base(), version: { major: 1 } }), 'error unknown-version $.version', { version: 'object' }],
    ['no updated', () => ({ ...base(), updated: undefined }), 'error missing-field $.updated', { field: 'updated' }],
    ['updated null', () => ({ ...base(), updated: null }), 'error wrong-type $.updated'],
    ['updated as a number', () => ({ ...base(), updated: 1666962000000 }), 'error wrong-type $.updated', { field: 'updated', expected: 'date-time' }],
    ['updated as a Lit-like object', () => ({ ...base(), updated: litLike }), 'error wrong-type $.updated'],
    ['updated not a time', () => ({ ...base(), updated: 'i går' }), 'error bad-time $.updated', { field: 'updated', value: 'i går' }],
    ['updated on 30 February', () => ({ ...base(), updated: '2022-02-30T10:00' }), 'error bad-time $.updated'],
    ['disruptions as an object', () => ({ ...base(), disruptions: { id: 'd1' } }), 'error wrong-type $.disruptions', { field: 'disruptions', expected: 'array' }],
    ['disruptions null', () => ({ ...base(), disruptions: null }), 'error wrong-type $.disruptions'],
    ['disruptions as text', () => ({ ...base(), disruptions: 'inga' }), 'error wrong-type $.disruptions'],
    ['maintenance as an object', () => ({ ...base(), maintenance: {} }), 'error wrong-type $.maintenance'],
    ['a proxy whose every read throws', () => throwing, 'error unreadable $'],
    ['a revoked proxy', () => revoked.proxy, 'error unreadable $'],
    ['a getter that throws', () => getter, 'error unreadable $'],
  ];
  for (const [name, make, expected, params] of cases) {
    it(`${name} → ${expected}`, () => {
      const r = parseStatusDocument(make());
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(line(r.error)).to.equal(expected);
      if (params) expect(r.error.params).to.deep.equal(params);
    });
  }

  it('keeps the warnings found before the error', () => {
    const r = parseStatusDocument({ ...base(), timeZone: 'Mars/Olympus_Mons', updated: 'nu' });
    expect(r.ok).to.equal(false);
    expect(lines(r)).to.deep.equal(['warning unknown-time-zone $.timeZone (default)']);
  });
});

describe('parseStatusDocument: the normalised document', () => {
  it('reads the sample made from IT-Centrum’s notice', async () => {
    const text = await (await fetch('/demo/data/sample-status.json')).text();
    const r = parseStatusText(text, { baseUrl: 'https://itcentrum.se/driftinfo/status.json' });
    expect(r.findings).to.deep.equal([]);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const d = r.document;
    expect(d.updated).to.equal(at('2022-10-28T13:00:00Z'));
    expect(d.timeZone).to.equal('Europe/Stockholm');
    expect(d.publisher).to.deep.equal({ name: 'IT-Centrum', url: 'https://itcentrum.se/' });
    expect(d.municipalities.map((m) => m.name)).to.deep.equal(['Heby', 'Älvkarleby', 'Knivsta', 'Tierp', 'Östhammar']);
    expect(d.disruptions).to.have.length(1);
    expect(d.disruptions[0]).to.include({ title: 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.', severity: 'major', start: at('2022-10-27T06:10:00Z') });
    expect(d.disruptions[0].end).to.equal(undefined);
    expect(d.disruptions[0].municipalities).to.deep.equal([]);
    const [tierp, alvkarleby] = d.maintenance;
    expect([tierp.start, tierp.end]).to.deep.equal([at('2022-10-29T08:00Z'), at('2022-10-29T18:00Z')]);
    expect(tierp.systems).to.deep.equal([
      { name: 'Personalsystemen', start: at('2022-10-29T08:00Z'), end: at('2022-10-29T12:00Z') },
      { name: 'Tierpsbyggen', start: at('2022-10-29T10:00Z'), end: at('2022-10-29T12:00Z') },
    ]);
    // Sunday 30 October 2022: clocks went back at 03:00, so 10:00 is 09:00Z.
    expect([alvkarleby.start, alvkarleby.end]).to.deep.equal([at('2022-10-30T09:00Z'), at('2022-10-30T19:00Z')]);
    expect(alvkarleby.systems.map((s) => s.name)).to.deep.equal(['Treserva', 'TES']);
    expect(alvkarleby.support).to.equal('Vid behov når du oss på ordinarie supporttelefonnummer kl. 10–16 under helgen.');
  });

  it('gives every field its normalised form', () => {
    const doc = base();
    doc.timeZone = 'Europe/Stockholm';
    doc.publisher = { name: ' IT-Centrum ', url: 'https://itcentrum.se', phone: '0293-123 45', phoneHours: 'vardagar 7.30–16.30' };
    doc.disruptions = [
      {
        id: ' d1 ',
        title: '  Driftstörning  ',
        message: 'Felsökning pågår.',
        severity: 'critical',
        municipalities: ['tierp', 'Älvkarleby'],
        systems: ['E-post', ' Treserva '],
        start: '2022-10-27T08:10',
        end: '2022-10-27T12:00',
        updates: [
          { at: '2022-10-27T09:00', message: 'Felsökning pågår.' },
          { at: '2022-10-27T10:30', message: 'Orsaken är hittad.' },
        ],
        url: 'https://itcentrum.se/driftinfo/1',
      },
    ];
    doc.maintenance = [{ ...doc.maintenance[0], title: 'Planerat underhåll', description: 'Underhåll.', support: 'Ring oss.', url: 'mailto:support@itcentrum.se' }];
    const { document, findings } = parsed(doc);
    expect(findings).to.deep.equal([]);
    expect(document).to.deep.equal({
      version: 1,
      updated: at('2022-10-28T13:00Z'),
      timeZone: 'Europe/Stockholm',
      publisher: { name: 'IT-Centrum', url: 'https://itcentrum.se/', phone: '0293-123 45', phoneHours: 'vardagar 7.30–16.30' },
      municipalities: base().municipalities,
      disruptions: [
        {
          id: 'd1',
          title: 'Driftstörning',
          message: 'Felsökning pågår.',
          severity: 'critical',
          municipalities: ['tierp', 'alvkarleby'],
          systems: ['E-post', 'Treserva'],
          start: at('2022-10-27T06:10Z'),
          end: at('2022-10-27T10:00Z'),
          updates: [
            { at: at('2022-10-27T08:30Z'), message: 'Orsaken är hittad.' },
            { at: at('2022-10-27T07:00Z'), message: 'Felsökning pågår.' },
          ],
          url: 'https://itcentrum.se/driftinfo/1',
        },
      ],
      maintenance: [
        {
          id: 'm1',
          title: 'Planerat underhåll',
          municipalities: ['tierp'],
          start: at('2022-10-29T08:00Z'),
          end: at('2022-10-29T18:00Z'),
          description: 'Underhåll.',
          systems: [{ name: 'Personalsystemen', start: at('2022-10-29T08:00Z'), end: at('2022-10-29T12:00Z') }],
          support: 'Ring oss.',
          url: 'mailto:support@itcentrum.se',
        },
      ],
    });
  });

  it('fills in defaults: severity major, title Servicefönster, no lists, no end', () => {
    const { document, findings } = parsed({ version: 1, updated: '2022-10-28T15:00:00+02:00', municipalities: [], disruptions: [{ id: 'd', title: 'T', start: '2022-10-27T08:10' }], maintenance: [{ id: 'm', municipalities: ['x'], start: '2022-10-29T10:00', end: '2022-10-29T12:00' }] });
    expect(findings).to.deep.equal([]);
    expect(document.disruptions[0]).to.deep.equal({ id: 'd', title: 'T', severity: 'major', municipalities: [], systems: [], start: at('2022-10-27T06:10Z'), updates: [] });
    expect(document.maintenance[0]).to.deep.equal({ id: 'm', title: 'Servicefönster', municipalities: ['x'], start: at('2022-10-29T08:00Z'), end: at('2022-10-29T10:00Z'), systems: [] });
    expect(document.publisher).to.equal(undefined);
  });

  it('treats absent disruptions and maintenance as none', () => {
    const { document, findings } = parsed({ version: 1, updated: '2022-10-28T15:00Z', municipalities: [] });
    expect(findings).to.deep.equal([]);
    expect(document.disruptions).to.deep.equal([]);
    expect(document.maintenance).to.deep.equal([]);
  });

  it('ignores unknown fields everywhere', () => {
    const doc = base();
    doc.extra = { a: 1 };
    doc.disruptions[0].färg = 'röd';
    doc.maintenance[0].systems[0].note = 'x';
    doc.municipalities[0].population = 20000;
    const { document, findings } = parsed(doc);
    expect(findings).to.deep.equal([]);
    expect(JSON.stringify(document)).to.equal(JSON.stringify(parsed(base()).document));
  });

  it('keeps text as plain text (markup is not interpreted, only trimmed)', () => {
    const doc = base();
    doc.disruptions[0].title = ' <b>Driftstörning</b> <script>alert(1)</script> ';
    doc.disruptions[0].message = '&amp; &lt;i&gt;';
    const { document } = parsed(doc);
    expect(document.disruptions[0].title).to.equal('<b>Driftstörning</b> <script>alert(1)</script>');
    expect(document.disruptions[0].message).to.equal('&amp; &lt;i&gt;');
  });

  it('leaves out empty optional text without a warning', () => {
    const doc = base();
    Object.assign(doc.disruptions[0], { message: '', url: '  ' });
    Object.assign(doc.maintenance[0], { title: '', description: ' ', support: '' });
    const { document, findings } = parsed(doc);
    expect(findings).to.deep.equal([]);
    expect(document.disruptions[0]).not.to.have.any.keys('message', 'url');
    expect(document.maintenance[0].title).to.equal('Servicefönster');
    expect(document.maintenance[0]).not.to.have.any.keys('description', 'support');
  });

  it('does not change the value it reads', () => {
    const doc = base();
    const before = JSON.stringify(doc);
    parseStatusDocument(doc);
    expect(JSON.stringify(doc)).to.equal(before);
  });
});

describe('parseStatusDocument: bad items are dropped, the rest still works', () => {
  // [name, change to the base document, expected findings, ids of disruptions, ids of windows]
  const D = ['d1', 'd2'];
  const M = ['m1', 'm2'];
  const cases: Array<[string, (d: Doc) => void, string[], string[]?, string[]?]> = [
    // Disruptions: not objects.
    ['disruption null', (d) => (d.disruptions[0] = null), ['warning not-object $.disruptions[0] (dropped)'], ['d2']],
    ['disruption as text', (d) => (d.disruptions[0] = 'd1'), ['warning not-object $.disruptions[0] (dropped)'], ['d2']],
    ['disruption as an array', (d) => (d.disruptions[0] = [d.disruptions[0]]), ['warning not-object $.disruptions[0] (dropped)'], ['d2']],
    ['disruption as a number', (d) => (d.disruptions[1] = 7), ['warning not-object $.disruptions[1] (dropped)'], ['d1']],
    // Disruptions: id.
    ['disruption without id', (d) => delete d.disruptions[0].id, ['warning missing-field $.disruptions[0].id (dropped)'], ['d2']],
    ['disruption id null', (d) => (d.disruptions[0].id = null), ['warning wrong-type $.disruptions[0].id (dropped)'], ['d2']],
    ['disruption id as a number', (d) => (d.disruptions[0].id = 1), ['warning wrong-type $.disruptions[0].id (dropped)'], ['d2']],
    ['disruption id as an array', (d) => (d.disruptions[0].id = ['d1']), ['warning wrong-type $.disruptions[0].id (dropped)'], ['d2']],
    ['disruption id empty', (d) => (d.disruptions[0].id = ''), ['warning empty-value $.disruptions[0].id (dropped)'], ['d2']],
    ['disruption id blank', (d) => (d.disruptions[0].id = '  '), ['warning empty-value $.disruptions[0].id (dropped)'], ['d2']],
    ['duplicate disruption id', (d) => (d.disruptions[1].id = 'd1'), ['warning duplicate-id $.disruptions[1].id #d1 (dropped)'], ['d1']],
    ['duplicate id after trimming', (d) => (d.disruptions[1].id = ' d1'), ['warning duplicate-id $.disruptions[1].id #d1 (dropped)'], ['d1']],
    ['duplicate of a dropped item is kept', (d) => { d.disruptions[1].id = 'd1'; d.disruptions[0].start = 'x'; }, ['warning bad-time $.disruptions[0].start #d1 (dropped)'], ['d1']],
    // Disruptions: title.
    ['disruption without title', (d) => delete d.disruptions[0].title, ['warning missing-field $.disruptions[0].title #d1 (dropped)'], ['d2']],
    ['disruption title null', (d) => (d.disruptions[0].title = null), ['warning wrong-type $.disruptions[0].title #d1 (dropped)'], ['d2']],
    ['disruption title as a number', (d) => (d.disruptions[0].title = 404), ['warning wrong-type $.disruptions[0].title #d1 (dropped)'], ['d2']],
    ['disruption title as an object', (d) => (d.disruptions[0].title = { sv: 'Fel' }), ['warning wrong-type $.disruptions[0].title #d1 (dropped)'], ['d2']],
    ['disruption title imitating a Lit template', (d) => (d.disruptions[0].title = litLike), ['warning wrong-type $.disruptions[0].title #d1 (dropped)'], ['d2']],
    ['disruption title as an array of text', (d) => (d.disruptions[0].title = ['Fel']), ['warning wrong-type $.disruptions[0].title #d1 (dropped)'], ['d2']],
    ['disruption title blank', (d) => (d.disruptions[0].title = ' \n '), ['warning empty-value $.disruptions[0].title #d1 (dropped)'], ['d2']],
    // Disruptions: times.
    ['disruption without start', (d) => delete d.disruptions[0].start, ['warning missing-field $.disruptions[0].start #d1 (dropped)'], ['d2']],
    ['disruption start null', (d) => (d.disruptions[0].start = null), ['warning wrong-type $.disruptions[0].start #d1 (dropped)'], ['d2']],
    ['disruption start as a number', (d) => (d.disruptions[0].start = 1666851000000), ['warning wrong-type $.disruptions[0].start #d1 (dropped)'], ['d2']],
    ['disruption start not a time', (d) => (d.disruptions[0].start = 'torsdag 08.10'), ['warning bad-time $.disruptions[0].start #d1 (dropped)'], ['d2']],
    ['disruption start on 31 April', (d) => (d.disruptions[0].start = '2022-04-31T08:10'), ['warning bad-time $.disruptions[0].start #d1 (dropped)'], ['d2']],
    ['disruption end not a time', (d) => (d.disruptions[0].end = 'snart'), ['warning bad-time $.disruptions[0].end #d1 (dropped)'], ['d2']],
    ['disruption end before start', (d) => (d.disruptions[0].end = '2022-10-27T08:00'), ['warning end-before-start $.disruptions[0].end #d1 (dropped)'], ['d2']],
    ['disruption end equal to start', (d) => (d.disruptions[0].end = '2022-10-27T06:10Z'), ['warning end-before-start $.disruptions[0].end #d1 (dropped)'], ['d2']],
    // Disruption updates: a bad update is dropped, the disruption stays.
    ['update without time', (d) => (d.disruptions[0].updates = [{ message: 'x' }, { at: '2022-10-27T09:00', message: 'y' }]), ['warning missing-field $.disruptions[0].updates[0].at #d1 (dropped)']],
    ['update without message', (d) => (d.disruptions[0].updates = [{ at: '2022-10-27T09:00' }]), ['warning missing-field $.disruptions[0].updates[0].message #d1 (dropped)']],
    ['update with a bad time', (d) => (d.disruptions[0].updates = [{ at: '09:00', message: 'y' }]), ['warning bad-time $.disruptions[0].updates[0].at #d1 (dropped)']],
    ['update as text', (d) => (d.disruptions[0].updates = ['Felsökning pågår']), ['warning not-object $.disruptions[0].updates[0] #d1 (dropped)']],
    // Maintenance windows.
    ['window null', (d) => (d.maintenance[0] = null), ['warning not-object $.maintenance[0] (dropped)'], D, ['m2']],
    ['window without id', (d) => delete d.maintenance[0].id, ['warning missing-field $.maintenance[0].id (dropped)'], D, ['m2']],
    ['window id as a number', (d) => (d.maintenance[0].id = 3), ['warning wrong-type $.maintenance[0].id (dropped)'], D, ['m2']],
    ['duplicate window id', (d) => (d.maintenance[1].id = 'm1'), ['warning duplicate-id $.maintenance[1].id #m1 (dropped)'], D, ['m1']],
    ['same id in disruptions and maintenance is allowed', (d) => (d.maintenance[0].id = 'd1'), [], D, ['d1', 'm2']],
    ['window without municipalities', (d) => delete d.maintenance[0].municipalities, ['warning missing-field $.maintenance[0].municipalities #m1 (dropped)'], D, ['m2']],
    ['window municipalities as text', (d) => (d.maintenance[0].municipalities = 'tierp'), ['warning wrong-type $.maintenance[0].municipalities #m1 (dropped)'], D, ['m2']],
    ['window municipalities null', (d) => (d.maintenance[0].municipalities = null), ['warning wrong-type $.maintenance[0].municipalities #m1 (dropped)'], D, ['m2']],
    ['window municipalities empty', (d) => (d.maintenance[0].municipalities = []), ['warning empty-list $.maintenance[0].municipalities #m1 (dropped)'], D, ['m2']],
    ['window municipalities with no usable entry', (d) => (d.maintenance[0].municipalities = [1, '']), [
      'warning wrong-type $.maintenance[0].municipalities[0] #m1 (ignored)',
      'warning empty-value $.maintenance[0].municipalities[1] #m1 (ignored)',
      'warning empty-list $.maintenance[0].municipalities #m1 (dropped)',
    ], D, ['m2']],
    ['window without start', (d) => delete d.maintenance[0].start, ['warning missing-field $.maintenance[0].start #m1 (dropped)'], D, ['m2']],
    ['window without end', (d) => delete d.maintenance[0].end, ['warning missing-field $.maintenance[0].end #m1 (dropped)'], D, ['m2']],
    ['window end null', (d) => (d.maintenance[0].end = null), ['warning wrong-type $.maintenance[0].end #m1 (dropped)'], D, ['m2']],
    ['window end as an object', (d) => (d.maintenance[0].end = { time: '20:00' }), ['warning wrong-type $.maintenance[0].end #m1 (dropped)'], D, ['m2']],
    ['window start not a time', (d) => (d.maintenance[0].start = '2022-10-29 10:00'), ['warning bad-time $.maintenance[0].start #m1 (dropped)'], D, ['m2']],
    ['window end before start', (d) => (d.maintenance[0].end = '2022-10-29T09:00'), ['warning end-before-start $.maintenance[0].end #m1 (dropped)'], D, ['m2']],
    ['window end equal to start', (d) => (d.maintenance[0].end = '2022-10-29T10:00'), ['warning end-before-start $.maintenance[0].end #m1 (dropped)'], D, ['m2']],
    // System sub-windows: a bad one is dropped, the window stays.
    ['system without name', (d) => delete d.maintenance[0].systems[0].name, ['warning missing-field $.maintenance[0].systems[0].name #m1 (dropped)']],
    ['system name as a number', (d) => (d.maintenance[0].systems[0].name = 5), ['warning wrong-type $.maintenance[0].systems[0].name #m1 (dropped)']],
    ['system as text', (d) => (d.maintenance[0].systems = ['Personalsystemen']), ['warning not-object $.maintenance[0].systems[0] #m1 (dropped)']],
    ['system start not a time', (d) => (d.maintenance[0].systems[0].start = '10'), ['warning bad-time $.maintenance[0].systems[0].start #m1 (dropped)']],
    ['system end before start', (d) => (d.maintenance[0].systems[0].end = '2022-10-29T09:00'), ['warning end-before-start $.maintenance[0].systems[0].end #m1 (dropped)']],
    ['system outside its window (kept)', (d) => (d.maintenance[0].systems[0].end = '2022-10-29T21:00'), ['warning outside-window $.maintenance[0].systems[0] #m1']],
    ['system starting before its window (kept)', (d) => (d.maintenance[0].systems[0].start = '2022-10-29T09:00'), ['warning outside-window $.maintenance[0].systems[0] #m1']],
    // The municipality list.
    ['municipality without id', (d) => delete d.municipalities[0].id, ['warning missing-field $.municipalities[0].id (dropped)', 'warning unknown-municipality $.maintenance[0].municipalities[0] #m1']],
    ['municipality without name', (d) => delete d.municipalities[2].name, ['warning missing-field $.municipalities[2].name #osthammar (dropped)']],
    ['municipality as text', (d) => (d.municipalities[2] = 'osthammar'), ['warning not-object $.municipalities[2] (dropped)']],
    ['duplicate municipality', (d) => d.municipalities.push({ id: 'tierp', name: 'Tierps kommun' }), ['warning duplicate-id $.municipalities[3].id #tierp (dropped)']],
  ];
  for (const [name, change, expected, disruptions = D, maintenance = M] of cases) {
    it(name, () => {
      const doc = base();
      change(doc);
      const { document, findings } = parsed(doc);
      expect(findings).to.deep.equal(expected);
      expect(ids(document.disruptions)).to.deep.equal(disruptions);
      expect(ids(document.maintenance)).to.deep.equal(maintenance);
    });
  }

  it('drops the system sub-window but keeps the others', () => {
    const doc = base();
    doc.maintenance[0].systems.push({ name: 'Tierpsbyggen', start: '2022-10-29T12:00', end: '2022-10-29T14:00' });
    doc.maintenance[0].systems[0].start = 'tio';
    const { document } = parsed(doc);
    expect(document.maintenance[0].systems.map((s) => s.name)).to.deep.equal(['Tierpsbyggen']);
  });

  it('gives a system without times the whole window', () => {
    const doc = base();
    doc.maintenance[0].systems = [{ name: 'E-post' }, { name: 'Treserva', start: '2022-10-29T12:00' }, { name: 'TES', end: '2022-10-29T12:00' }];
    const { document, findings } = parsed(doc);
    expect(findings).to.deep.equal([]);
    expect(document.maintenance[0].systems).to.deep.equal([
      { name: 'E-post', start: at('2022-10-29T08:00Z'), end: at('2022-10-29T18:00Z') },
      { name: 'Treserva', start: at('2022-10-29T10:00Z'), end: at('2022-10-29T18:00Z') },
      { name: 'TES', start: at('2022-10-29T08:00Z'), end: at('2022-10-29T10:00Z') },
    ]);
  });

  it('names the item: its id, and the path of the value', () => {
    const doc = base();
    doc.disruptions[1].end = '2022-10-27T08:00';
    const [finding] = parsed(doc).raw;
    expect(finding).to.deep.equal({ level: 'warning', code: 'end-before-start', path: '$.disruptions[1].end', itemId: 'd2', params: { effect: 'dropped' } });
  });
});

describe('parseStatusDocument: optional fields of the wrong type are ignored', () => {
  // [field, change, expected findings, check of the normalised document]
  const wrong: Array<[string, unknown]> = [
    ['a number', 42],
    ['an array', ['text']],
    ['an object', { sv: 'text' }],
    ['null', null],
    ['true', true],
    ['a Lit-like object', litLike],
  ];
  const optionalTexts: Array<[string, string, (d: StatusDocument) => unknown]> = [
    ['disruptions[0]', 'message', (d) => d.disruptions[0].message],
    ['disruptions[0]', 'url', (d) => d.disruptions[0].url],
    ['maintenance[0]', 'description', (d) => d.maintenance[0].description],
    ['maintenance[0]', 'support', (d) => d.maintenance[0].support],
    ['maintenance[0]', 'url', (d) => d.maintenance[0].url],
    ['publisher', 'name', (d) => d.publisher?.name],
    ['publisher', 'url', (d) => d.publisher?.url],
    ['publisher', 'phone', (d) => d.publisher?.phone],
    ['publisher', 'phoneHours', (d) => d.publisher?.phoneHours],
  ];
  for (const [where, field, read] of optionalTexts) {
    for (const [kind, value] of wrong) {
      it(`${where}.${field} as ${kind}`, () => {
        const doc = base();
        doc.publisher = { name: 'IT-Centrum' };
        const target = where === 'publisher' ? doc.publisher : where.startsWith('d') ? doc.disruptions[0] : doc.maintenance[0];
        target[field] = value;
        const { document, raw } = parsed(doc);
        expect(raw.map(line)).to.deep.equal([`warning wrong-type $.${where}.${field}${where === 'publisher' ? '' : where.startsWith('d') ? ' #d1' : ' #m1'} (ignored)`]);
        expect(raw[0].params).to.include({ field, expected: 'string' });
        expect(read(document)).to.equal(undefined);
        expect(ids(document.disruptions)).to.deep.equal(['d1', 'd2']);
        expect(ids(document.maintenance)).to.deep.equal(['m1', 'm2']);
      });
    }
  }

  const others: Array<[string, (d: Doc) => void, string[], (d: StatusDocument) => void]> = [
    ['maintenance title as a number → Servicefönster', (d) => (d.maintenance[0].title = 1), ['warning wrong-type $.maintenance[0].title #m1 (ignored)'], (d) => expect(d.maintenance[0].title).to.equal('Servicefönster')],
    ['maintenance title imitating a Lit template', (d) => (d.maintenance[0].title = litLike), ['warning wrong-type $.maintenance[0].title #m1 (ignored)'], (d) => expect(d.maintenance[0].title).to.equal('Servicefönster')],
    ['severity as a number → major', (d) => (d.disruptions[0].severity = 3), ['warning wrong-type $.disruptions[0].severity #d1 (default)'], (d) => expect(d.disruptions[0].severity).to.equal('major')],
    ['severity null → major', (d) => (d.disruptions[0].severity = null), ['warning wrong-type $.disruptions[0].severity #d1 (default)'], (d) => expect(d.disruptions[0].severity).to.equal('major')],
    ['severity unknown → major', (d) => (d.disruptions[0].severity = 'high'), ['warning unknown-severity $.disruptions[0].severity #d1 (default)'], (d) => expect(d.disruptions[0].severity).to.equal('major')],
    ['severity in capitals is unknown → major', (d) => (d.disruptions[0].severity = 'Critical'), ['warning unknown-severity $.disruptions[0].severity #d1 (default)'], (d) => expect(d.disruptions[0].severity).to.equal('major')],
    ['severity minor', (d) => (d.disruptions[0].severity = 'minor'), [], (d) => expect(d.disruptions[0].severity).to.equal('minor')],
    ['disruption end as a number → still ongoing', (d) => (d.disruptions[0].end = 1666900000000), ['warning wrong-type $.disruptions[0].end #d1 (ignored)'], (d) => expect(d.disruptions[0].end).to.equal(undefined)],
    ['disruption end null → still ongoing, no warning', (d) => (d.disruptions[0].end = null), [], (d) => expect(d.disruptions[0].end).to.equal(undefined)],
    ['disruption municipalities as text → every municipality', (d) => (d.disruptions[0].municipalities = 'tierp'), ['warning wrong-type $.disruptions[0].municipalities #d1 (ignored)'], (d) => expect(d.disruptions[0].municipalities).to.deep.equal([])],
    ['disruption municipalities with a number entry', (d) => (d.disruptions[0].municipalities = ['tierp', 7]), ['warning wrong-type $.disruptions[0].municipalities[1] #d1 (ignored)'], (d) => expect(d.disruptions[0].municipalities).to.deep.equal(['tierp'])],
    ['disruption systems as text', (d) => (d.disruptions[0].systems = 'E-post'), ['warning wrong-type $.disruptions[0].systems #d1 (ignored)'], (d) => expect(d.disruptions[0].systems).to.deep.equal([])],
    ['disruption systems with bad entries', (d) => (d.disruptions[0].systems = ['E-post', null, { name: 'x' }, ' ', 'E-post']), [
      'warning wrong-type $.disruptions[0].systems[1] #d1 (ignored)',
      'warning wrong-type $.disruptions[0].systems[2] #d1 (ignored)',
      'warning empty-value $.disruptions[0].systems[3] #d1 (ignored)',
    ], (d) => expect(d.disruptions[0].systems).to.deep.equal(['E-post'])],
    ['disruption updates as an object', (d) => (d.disruptions[0].updates = { at: '2022-10-27T09:00', message: 'x' }), ['warning wrong-type $.disruptions[0].updates #d1 (ignored)'], (d) => expect(d.disruptions[0].updates).to.deep.equal([])],
    ['maintenance systems as text', (d) => (d.maintenance[0].systems = 'Personalsystemen'), ['warning wrong-type $.maintenance[0].systems #m1 (ignored)'], (d) => expect(d.maintenance[0].systems).to.deep.equal([])],
    ['system start as a number → the window’s start', (d) => (d.maintenance[0].systems[0].start = 10), ['warning wrong-type $.maintenance[0].systems[0].start #m1 (ignored)'], (d) => expect(d.maintenance[0].systems[0].start).to.equal(at('2022-10-29T08:00Z'))],
    ['publisher as text', (d) => (d.publisher = 'IT-Centrum'), ['warning wrong-type $.publisher (ignored)'], (d) => expect(d.publisher).to.equal(undefined)],
    ['publisher as an array', (d) => (d.publisher = [{ name: 'IT-Centrum' }]), ['warning wrong-type $.publisher (ignored)'], (d) => expect(d.publisher).to.equal(undefined)],
    ['publisher null', (d) => (d.publisher = null), ['warning wrong-type $.publisher (ignored)'], (d) => expect(d.publisher).to.equal(undefined)],
    ['timeZone as a number', (d) => (d.timeZone = 1), ['warning wrong-type $.timeZone (default)'], (d) => expect(d.timeZone).to.equal('Europe/Stockholm')],
    ['municipalities list as an object', (d) => (d.municipalities = { tierp: 'Tierp' }), ['warning wrong-type $.municipalities (ignored)'], (d) => expect(d.municipalities).to.deep.equal([])],
    ['no municipalities list: ids are not checked', (d) => delete d.municipalities, ['warning missing-field $.municipalities (default)'], (d) => expect(d.maintenance[0].municipalities).to.deep.equal(['tierp'])],
  ];
  for (const [name, change, expected, check] of others) {
    it(name, () => {
      const doc = base();
      change(doc);
      const { document, findings } = parsed(doc);
      expect(findings).to.deep.equal(expected);
      check(document);
      expect(ids(document.disruptions)).to.deep.equal(['d1', 'd2']);
      expect(ids(document.maintenance)).to.deep.equal(['m1', 'm2']);
    });
  }
});

describe('parseStatusDocument: times', () => {
  const cases: Array<[string, (d: Doc) => void, string[], (d: StatusDocument) => void]> = [
    ['local times are in Europe/Stockholm by default (summer time, Saturday)', () => {}, [], (d) => expect(d.maintenance[0].start).to.equal(at('2022-10-29T08:00Z'))],
    ['Sunday 30 October 2022 after clocks went back', () => {}, [], (d) => expect(d.maintenance[1].start).to.equal(at('2022-10-30T09:00Z'))],
    ['local times in the document’s time zone', (d) => (d.timeZone = 'America/New_York'), ['warning offset-mismatch $.updated'], (d) => {
      expect(d.timeZone).to.equal('America/New_York');
      expect(d.maintenance[0].start).to.equal(at('2022-10-29T14:00Z'));
    }],
    ['an unknown time zone → Europe/Stockholm with a warning', (d) => (d.timeZone = 'Europe/Tierp'), ['warning unknown-time-zone $.timeZone (default)'], (d) => {
      expect(d.timeZone).to.equal('Europe/Stockholm');
      expect(d.maintenance[0].start).to.equal(at('2022-10-29T08:00Z'));
    }],
    ['an offset is taken as written', (d) => (d.maintenance[0].start = '2022-10-29T10:00+02:00'), [], (d) => expect(d.maintenance[0].start).to.equal(at('2022-10-29T08:00Z'))],
    ['Z is taken as written', (d) => (d.maintenance[0].start = '2022-10-29T08:00Z'), [], (d) => expect(d.maintenance[0].start).to.equal(at('2022-10-29T08:00Z'))],
    ['an offset the zone does not have then → warning, instant kept', (d) => (d.maintenance[1].start = '2022-10-30T10:00+02:00'), ['warning offset-mismatch $.maintenance[1].start #m2'], (d) => expect(d.maintenance[1].start).to.equal(at('2022-10-30T08:00Z'))],
    ['an offset mismatch in updated', (d) => (d.updated = '2022-10-28T15:00:00+01:00'), ['warning offset-mismatch $.updated'], (d) => expect(d.updated).to.equal(at('2022-10-28T14:00Z'))],
    ['a local time in the spring gap → moved forward, warning', (d) => (d.disruptions[0].start = '2022-03-27T02:30'), ['warning nonexistent-time $.disruptions[0].start #d1'], (d) => expect(d.disruptions[0].start).to.equal(at('2022-03-27T01:30Z'))],
    ['a local time in the autumn overlap → the earlier, warning', (d) => (d.disruptions[0].start = '2022-10-30T02:30'), ['warning ambiguous-time $.disruptions[0].start #d1'], (d) => expect(d.disruptions[0].start).to.equal(at('2022-10-30T00:30Z'))],
    ['a window across the autumn change lasts an hour longer', (d) => Object.assign(d.maintenance[0], { start: '2022-10-29T22:00', end: '2022-10-30T06:00', systems: [] }), [], (d) => expect(d.maintenance[0].end - d.maintenance[0].start).to.equal(9 * 36e5)],
    ['a window across the spring change lasts an hour less', (d) => Object.assign(d.maintenance[0], { start: '2022-03-26T22:00', end: '2022-03-27T06:00', systems: [] }), [], (d) => expect(d.maintenance[0].end - d.maintenance[0].start).to.equal(7 * 36e5)],
  ];
  for (const [name, change, expected, check] of cases) {
    it(name, () => {
      const doc = base();
      change(doc);
      const { document, findings } = parsed(doc);
      expect(findings).to.deep.equal(expected);
      check(document);
    });
  }

  it('reports the value and zone of a time warning', () => {
    const doc = base();
    doc.disruptions[0].start = '2022-03-27T02:30';
    expect(parsed(doc).raw[0].params).to.deep.equal({ value: '2022-03-27T02:30', zone: 'Europe/Stockholm' });
  });
});

describe('parseStatusDocument: links', () => {
  // [value, baseUrl, kept href, or the finding code]
  const BASE = 'https://itcentrum.se/driftinfo/status.json';
  const cases: Array<[string, string | undefined, string]> = [
    ['https://itcentrum.se/drift', undefined, 'https://itcentrum.se/drift'],
    ['http://intranat.tierp.se/it', undefined, 'http://intranat.tierp.se/it'],
    ['mailto:support@itcentrum.se', undefined, 'mailto:support@itcentrum.se'],
    ['tel:+46293123456', undefined, 'tel:+46293123456'],
    ['HTTPS://ITCENTRUM.SE/Drift', undefined, 'https://itcentrum.se/Drift'],
    ['MailTo:support@itcentrum.se', undefined, 'mailto:support@itcentrum.se'],
    ['  https://itcentrum.se/  ', undefined, 'https://itcentrum.se/'],
    ['javascript:alert(1)', undefined, 'unsafe-link'],
    ['JavaScript:alert(1)', undefined, 'unsafe-link'],
    ['java\tscript:alert(1)', undefined, 'unsafe-link'],
    ['java\nscript:alert(1)', undefined, 'unsafe-link'],
    ['java\r\nscript:alert(1)', BASE, 'unsafe-link'],
    ['\u0001javascript:alert(1)', BASE, 'unsafe-link'],
    [' \tjavascript:alert(1)', BASE, 'unsafe-link'],
    ['data:text/html,<script>alert(1)</script>', undefined, 'unsafe-link'],
    ['DATA:text/html;base64,PHNjcmlwdD4=', BASE, 'unsafe-link'],
    ['vbscript:msgbox(1)', undefined, 'unsafe-link'],
    ['VBScript:msgbox(1)', BASE, 'unsafe-link'],
    ['file:///etc/passwd', undefined, 'unsafe-link'],
    ['ftp://itcentrum.se/', undefined, 'unsafe-link'],
    ['blob:https://itcentrum.se/1', undefined, 'unsafe-link'],
    ['/driftinfo/2022-10-29', BASE, 'https://itcentrum.se/driftinfo/2022-10-29'],
    ['2022-10-29', BASE, 'https://itcentrum.se/driftinfo/2022-10-29'],
    ['../om-oss', BASE, 'https://itcentrum.se/om-oss'],
    ['?id=1', BASE, 'https://itcentrum.se/driftinfo/status.json?id=1'],
    ['#tierp', BASE, 'https://itcentrum.se/driftinfo/status.json#tierp'],
    ['//intranat.tierp.se/it', BASE, 'https://intranat.tierp.se/it'],
    ['/driftinfo', undefined, 'relative-link'],
    ['driftinfo.html', undefined, 'relative-link'],
    ['/driftinfo', '/status.json', 'relative-link'],
    ['https://', undefined, 'invalid-link'],
    ['http://[::1', BASE, 'invalid-link'],
  ];
  for (const [value, baseUrl, expected] of cases) {
    it(`${JSON.stringify(value)}${baseUrl ? ` against ${baseUrl}` : ''} → ${expected}`, () => {
      const doc = base();
      doc.disruptions[0].url = value;
      const { document, raw } = parsed(doc, { baseUrl });
      if (expected.includes(':')) {
        expect(raw).to.deep.equal([]);
        expect(document.disruptions[0].url).to.equal(expected);
      } else {
        expect(raw.map(line)).to.deep.equal([`warning ${expected} $.disruptions[0].url #d1 (ignored)`]);
        expect(document.disruptions[0].url).to.equal(undefined);
      }
    });
  }
});

describe('parseStatusDocument: municipality references', () => {
  const cases: Array<[string, unknown[], string[], string[]]> = [
    ['ids', ['tierp', 'alvkarleby'], ['tierp', 'alvkarleby'], []],
    ['display names', ['Tierp', 'Älvkarleby', 'Östhammar'], ['tierp', 'alvkarleby', 'osthammar'], []],
    ['any case, with or without å/ä/ö', ['ÄLVKARLEBY', 'osthammar', 'TIERP'], ['alvkarleby', 'osthammar', 'tierp'], []],
    ['repeated references once', ['tierp', 'Tierp'], ['tierp'], []],
    ['an unknown id is kept with a warning', ['tierp', 'uppsala'], ['tierp', 'uppsala'], ['warning unknown-municipality $.maintenance[0].municipalities[1] #m1']],
  ];
  for (const [name, refs, expected, findings] of cases) {
    it(name, () => {
      const doc = base();
      doc.maintenance[0].municipalities = refs;
      const r = parsed(doc);
      expect(r.document.maintenance[0].municipalities).to.deep.equal(expected);
      expect(r.findings).to.deep.equal(findings);
    });
  }

  it('does not check ids when the document lists no municipalities', () => {
    const doc = base();
    doc.municipalities = [];
    doc.maintenance[0].municipalities = ['Tierp'];
    const r = parsed(doc);
    expect(r.findings).to.deep.equal([]);
    expect(r.document.maintenance[0].municipalities).to.deep.equal(['Tierp']);
  });
});

describe('parseStatusDocument never throws', () => {
  it('for any value', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (value) => {
        const r = parseStatusDocument(value);
        expect(r.ok).to.equal(false);
      }),
      { seed: 20221029, numRuns: 500 },
    );
  });

  it('for any change to one field of a valid document', () => {
    const paths = [
      ['version'], ['updated'], ['timeZone'], ['publisher'], ['municipalities'], ['municipalities', 0], ['municipalities', 0, 'id'],
      ['disruptions'], ['disruptions', 0], ['disruptions', 0, 'id'], ['disruptions', 0, 'start'], ['disruptions', 0, 'end'],
      ['disruptions', 0, 'municipalities'], ['disruptions', 0, 'updates'], ['maintenance', 0, 'systems'], ['maintenance', 0, 'systems', 0],
      ['maintenance', 0, 'systems', 0, 'end'], ['maintenance', 0, 'end'], ['maintenance', 0, 'url'], ['maintenance', 0, 'municipalities'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything({ withNullPrototype: true, withSparseArray: true }), (path, value) => {
        const doc = base();
        let target = doc;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1]] = value;
        const r = parseStatusDocument(doc);
        expect(r.ok || r.error.level === 'error').to.equal(true);
        for (const f of r.findings) expect(f.level).to.equal('warning');
      }),
      { seed: 20221030, numRuns: 1000 },
    );
  });

  it('for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = parseStatusText(text);
        expect(typeof r.ok).to.equal('boolean');
      }),
      { seed: 1, numRuns: 500 },
    );
  });
});
