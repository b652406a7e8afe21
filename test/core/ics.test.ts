import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { escapeText, foldLine, toICalendar, utcStamp } from '../../src/core/ics.js';
import type { MaintenanceWindow } from '../../src/core/types.js';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n /g, '');

const municipalities = [
  { id: 'tierp', name: 'Tierp' },
  { id: 'alvkarleby', name: 'Älvkarleby' },
];
const NOW = Date.UTC(2022, 9, 28, 13, 0); // 2022-10-28T15:00+02:00

/** Tierp's Saturday window (CEST) and Älvkarleby's Sunday window (CET: clocks went back that night). */
const tierp: MaintenanceWindow = {
  id: '2022-10-29-tierp',
  title: 'Servicefönster',
  municipalities: ['tierp'],
  start: Date.UTC(2022, 9, 29, 8), // 10:00 local
  end: Date.UTC(2022, 9, 29, 18), // 20:00 local
  description: 'Planerat underhåll av kommunens IT-miljö. Störningar kan förekomma i de flesta system.',
  systems: [
    { name: 'Personalsystemen', start: Date.UTC(2022, 9, 29, 8), end: Date.UTC(2022, 9, 29, 12) },
    { name: 'Tierpsbyggen', start: Date.UTC(2022, 9, 29, 10), end: Date.UTC(2022, 9, 29, 12) },
  ],
  support: 'Vid behov når du oss på ordinarie supporttelefonnummer mellan 10–16.',
  url: 'https://itcentrum.se/driftinfo/servicefonster-tierp',
};
const alvkarleby: MaintenanceWindow = {
  id: '2022-10-30-alvkarleby',
  title: 'Servicefönster',
  municipalities: ['alvkarleby'],
  start: Date.UTC(2022, 9, 30, 9), // 10:00 local
  end: Date.UTC(2022, 9, 30, 19), // 20:00 local
  systems: [
    { name: 'Treserva', start: Date.UTC(2022, 9, 30, 9), end: Date.UTC(2022, 9, 30, 12) },
    { name: 'TES', start: Date.UTC(2022, 9, 30, 9), end: Date.UTC(2022, 9, 30, 12) },
  ],
};

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('escapeText', () => {
  const cases: [string, string][] = [
    ['Tierp', 'Tierp'],
    ['Heby, Tierp', 'Heby\\, Tierp'],
    ['a;b', 'a\\;b'],
    ['C:\\temp', 'C:\\\\temp'],
    ['rad 1\nrad 2', 'rad 1\\nrad 2'],
    ['rad 1\r\nrad 2\rrad 3', 'rad 1\\nrad 2\\nrad 3'],
    ['\\,', '\\\\\\,'],
    ['klocka\u0007n\u0000', 'klockan'],
    ['flik\there', 'flik\there'],
    ['Älvkarleby: åäö', 'Älvkarleby: åäö'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(escapeText(input)).to.equal(expected));
  }
});

describe('foldLine', () => {
  const cases: [string, string][] = [
    ['75 ASCII octets stay on one line', 'S'.repeat(75)],
    ['76 ASCII octets fold once', 'S'.repeat(76)],
    ['a two-octet å straddling octet 75', 'S'.repeat(74) + 'åäö'],
    ['a three-octet – straddling octet 75', 'S'.repeat(73) + '–x'],
    ['a four-octet emoji straddling octet 75', 'S'.repeat(72) + '🙂🙂'],
    ['a long Swedish text', 'DESCRIPTION:' + 'Störningar kan förekomma i de flesta system på Älvkarleby och Östhammar. '.repeat(6)],
    ['only multi-octet characters', 'ö'.repeat(200)],
  ];
  for (const [name, line] of cases) {
    it(name, () => {
      const folded = foldLine(line);
      const physical = folded.split('\r\n');
      for (const part of physical) expect(octets(part)).to.be.at.most(75);
      for (const part of physical.slice(1)) expect(part.startsWith(' ')).to.equal(true);
      if (octets(line) <= 75) expect(physical).to.deep.equal([line]);
      else expect(physical.length).to.be.above(1);
      expect(unfold(folded)).to.equal(line);
      // No character was split: every physical line is valid UTF-16 text of whole characters.
      for (const part of physical) expect(/^ ?[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(part)).to.equal(false);
    });
  }

  it('fills each physical line as far as whole characters allow', () => {
    expect(foldLine('S'.repeat(76))).to.equal('S'.repeat(75) + '\r\n S');
    expect(foldLine('S'.repeat(74) + 'åä')).to.equal('S'.repeat(74) + '\r\n åä');
    expect(foldLine('S'.repeat(73) + 'åä')).to.equal('S'.repeat(73) + 'å\r\n ä');
    expect(foldLine('S'.repeat(150))).to.equal('S'.repeat(75) + '\r\n ' + 'S'.repeat(74) + '\r\n S');
  });
});

describe('utcStamp', () => {
  const cases: [number, string][] = [
    [Date.UTC(2022, 9, 30, 9), '20221030T090000Z'],
    [Date.UTC(2022, 2, 27, 1, 30, 15, 999), '20220327T013015Z'],
    [0, '19700101T000000Z'],
  ];
  for (const [instant, expected] of cases) {
    it(`${new Date(instant).toISOString()} → ${expected}`, () => expect(utcStamp(instant)).to.equal(expected));
  }
});

describe('toICalendar', () => {
  const ics = toICalendar([tierp, alvkarleby], { now: NOW, municipalities });

  it('writes a published Gregorian calendar with CRLF lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    const { calendar } = events(ics);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.equal('-//IT-Centrum//itc-status//SV');
    expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Servicefönster');
  });

  it('has one event per window with a stable UID, DTSTAMP and UTC times across the DST change', () => {
    const list = events(ics).events;
    expect(list.map((e) => e.getFirstPropertyValue('uid'))).to.deep.equal([
      '2022-10-29-tierp@itc-status',
      '2022-10-30-alvkarleby@itc-status',
    ]);
    const iso = (e: (typeof list)[number], name: string) =>
      (e.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
    expect(list.map((e) => [iso(e, 'dtstamp'), iso(e, 'dtstart'), iso(e, 'dtend')])).to.deep.equal([
      ['2022-10-28T13:00:00.000Z', '2022-10-29T08:00:00.000Z', '2022-10-29T18:00:00.000Z'],
      ['2022-10-28T13:00:00.000Z', '2022-10-30T09:00:00.000Z', '2022-10-30T19:00:00.000Z'],
    ]);
    for (const e of list) expect((e.getFirstPropertyValue('dtstart') as ICAL.Time).zone?.tzid).to.equal('UTC');
    expect(ics).to.contain('\r\nDTSTART:20221030T090000Z\r\n');
  });

  it('names the municipalities in SUMMARY and writes the Swedish description', () => {
    const [first, second] = events(ics).events;
    expect(first.getFirstPropertyValue('summary')).to.equal('Servicefönster – Tierp');
    expect(second.getFirstPropertyValue('summary')).to.equal('Servicefönster – Älvkarleby');
    expect(first.getFirstPropertyValue('description')).to.equal(
      'Planerat underhåll av kommunens IT-miljö. Störningar kan förekomma i de flesta system.\n\n' +
        'Berörda system:\nPersonalsystemen kl. 10–14\nTierpsbyggen kl. 12–14\n\n' +
        'Vid behov når du oss på ordinarie supporttelefonnummer mellan 10–16.\n\n' +
        'Mer information: https://itcentrum.se/driftinfo/servicefonster-tierp',
    );
    // 10.00 local on the Sunday is 09:00Z, not 08:00Z: clocks went back that night.
    expect(second.getFirstPropertyValue('description')).to.equal('Berörda system:\nTreserva kl. 10–13\nTES kl. 10–13');
    expect(first.getFirstPropertyValue('url')).to.equal('https://itcentrum.se/driftinfo/servicefonster-tierp');
    expect(second.getFirstProperty('url')).to.equal(null);
  });

  it('dates a system window that falls on another day than the window start, with no relative words', () => {
    const night: MaintenanceWindow = {
      ...alvkarleby,
      id: 'natt',
      start: Date.UTC(2022, 10, 12, 17), // lördag 12 november 18.00 (CET)
      end: Date.UTC(2022, 10, 13, 1), // söndag 13 november 02.00
      systems: [
        { name: 'Brandvägg', start: Date.UTC(2022, 10, 12, 17), end: Date.UTC(2022, 10, 12, 21) },
        { name: 'E-post', start: Date.UTC(2022, 10, 12, 22), end: Date.UTC(2022, 10, 12, 23) },
        { name: 'Telefoni', start: Date.UTC(2022, 10, 12, 22), end: Date.UTC(2022, 10, 13, 0) },
        { name: 'VPN', start: Date.UTC(2022, 10, 12, 23), end: Date.UTC(2022, 10, 13, 1) },
      ],
    };
    // Generated the day before: the description must still not say "i morgon" (it is read later).
    const now = Date.UTC(2022, 10, 11, 12);
    const [sv] = events(toICalendar([night], { now })).events;
    expect(sv.getFirstPropertyValue('description')).to.equal(
      'Berörda system:\n' +
        'Brandvägg kl. 18–22\n' +
        'E-post kl. 23–24\n' +
        'Telefoni lördag 12 november 2022 kl. 23.00 – söndag 13 november 2022 kl. 01.00\n' +
        'VPN söndag 13 november 2022 kl. 00.00–02.00',
    );
    const [en] = events(toICalendar([night], { now, lang: 'en' })).events;
    expect(en.getFirstPropertyValue('description')).to.equal(
      'Affected systems:\n' +
        'Brandvägg 18:00–22:00\n' +
        'E-post 23:00–24:00\n' +
        'Telefoni Saturday 12 November 2022, 23:00 – Sunday 13 November 2022, 01:00\n' +
        'VPN Sunday 13 November 2022, 00:00–02:00',
    );
  });

  it('speaks English when asked', () => {
    const [event] = events(toICalendar([alvkarleby], { now: NOW, municipalities, lang: 'en' })).events;
    expect(event.getFirstPropertyValue('description')).to.equal('Affected systems:\nTreserva 10:00–13:00\nTES 10:00–13:00');
  });

  it('shows clock times in the given zone', () => {
    const [event] = events(toICalendar([alvkarleby], { now: NOW, timeZone: 'UTC' })).events;
    expect(event.getFirstPropertyValue('description')).to.equal('Berörda system:\nTreserva kl. 09–12\nTES kl. 09–12');
  });

  it('escapes text so that a parser reads back exactly what was written', () => {
    const tricky: MaintenanceWindow = {
      ...tierp,
      id: 'id;with,chars\\',
      title: 'Fönster; del 1, del 2',
      municipalities: ['tierp', 'alvkarleby', 'okand'],
      description: 'Rad ett\nRad två, med komma; semikolon och \\ bakstreck.',
      systems: [],
      support: undefined,
      url: undefined,
    };
    const text = toICalendar([tricky], { now: NOW, municipalities });
    expect(text).to.contain('SUMMARY:Fönster\\; del 1\\, del 2 – Tierp\\, Älvkarleby\\, okand\r\n');
    const [event] = events(text).events;
    expect(event.getFirstPropertyValue('uid')).to.equal('id;with,chars\\@itc-status');
    expect(event.getFirstPropertyValue('summary')).to.equal('Fönster; del 1, del 2 – Tierp, Älvkarleby, okand');
    expect(event.getFirstPropertyValue('description')).to.equal(tricky.description);
  });

  it('writes an empty calendar for no windows, and omits DESCRIPTION when there is nothing to say', () => {
    const empty = toICalendar([], { now: NOW });
    expect(events(empty).events).to.have.length(0);
    expect(empty).to.equal(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//IT-Centrum//itc-status//SV\r\nCALSCALE:GREGORIAN\r\n' +
        'METHOD:PUBLISH\r\nX-WR-CALNAME:Servicefönster\r\nEND:VCALENDAR\r\n',
    );
    const bare = toICalendar([{ ...alvkarleby, systems: [] }], { now: NOW });
    expect(bare).not.to.contain('DESCRIPTION');
    expect(events(bare).events[0].getFirstPropertyValue('summary')).to.equal('Servicefönster – alvkarleby');
  });
});
