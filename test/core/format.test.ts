import { expect } from '@open-wc/testing';
import {
  formatClock,
  formatDate,
  formatDateTime,
  formatDateTimeAttr,
  formatRecent,
  formatSince,
  formatState,
  formatSubWindowTime,
  formatWindowTime,
} from '../../src/core/format.js';
import { parseDateTime } from '../../src/core/time.js';
import type { Lang } from '../../src/core/types.js';

/** A Stockholm local time (or a time with offset) as an instant. */
const t = (local: string) => parseDateTime(local, 'Europe/Stockholm')!.instant;

describe('formatWindowTime', () => {
  // [lang, start, end, now, expected] — times are Stockholm local times.
  const cases: Array<[Lang, string, string, string, string]> = [
    ['sv', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-20T12:00', 'lördag 29 oktober kl. 10.00–20.00'],
    ['sv', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-28T12:00', 'i morgon, lördag 29 oktober kl. 10.00–20.00'],
    ['sv', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-28T00:00', 'i morgon, lördag 29 oktober kl. 10.00–20.00'],
    ['sv', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-28T23:59', 'i morgon, lördag 29 oktober kl. 10.00–20.00'],
    ['sv', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-29T00:00', 'i dag, lördag 29 oktober kl. 10.00–20.00'],
    ['sv', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-29T15:00', 'i dag, lördag 29 oktober kl. 10.00–20.00'],
    ['sv', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-30T09:00', 'i går, lördag 29 oktober kl. 10.00–20.00'],
    ['sv', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-27T23:59', 'lördag 29 oktober kl. 10.00–20.00'],
    // Sunday 30 October 2022, the day clocks went back: still 10.00–20.00 on the wall clock.
    ['sv', '2022-10-30T10:00', '2022-10-30T20:00', '2022-10-29T12:00', 'i morgon, söndag 30 oktober kl. 10.00–20.00'],
    ['en', '2022-10-30T10:00', '2022-10-30T20:00', '2022-10-29T12:00', 'tomorrow, Sunday 30 October, 10:00–20:00'],
    ['sv', '2022-03-27T10:00', '2022-03-27T20:00', '2022-03-20T12:00', 'söndag 27 mars kl. 10.00–20.00'],
    ['sv', '2022-10-29T09:05', '2022-10-29T09:35', '2022-10-20T12:00', 'lördag 29 oktober kl. 09.05–09.35'],
    ['en', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-20T12:00', 'Saturday 29 October, 10:00–20:00'],
    ['en', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-28T12:00', 'tomorrow, Saturday 29 October, 10:00–20:00'],
    ['en', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-29T12:00', 'today, Saturday 29 October, 10:00–20:00'],
    ['en', '2022-10-29T10:00', '2022-10-29T20:00', '2022-10-30T12:00', 'yesterday, Saturday 29 October, 10:00–20:00'],
    // Across midnight and over several days.
    ['sv', '2022-10-28T22:00', '2022-10-29T02:00', '2022-10-20T12:00', 'fredag 28 oktober kl. 22.00 – lördag 29 oktober kl. 02.00'],
    ['sv', '2022-10-28T22:00', '2022-10-29T02:00', '2022-10-28T12:00', 'i dag, fredag 28 oktober kl. 22.00 – i morgon, lördag 29 oktober kl. 02.00'],
    ['en', '2022-10-28T22:00', '2022-10-29T02:00', '2022-10-20T12:00', 'Friday 28 October, 22:00 – Saturday 29 October, 02:00'],
    ['sv', '2022-10-29T22:00', '2022-10-30T06:00', '2022-10-20T12:00', 'lördag 29 oktober kl. 22.00 – söndag 30 oktober kl. 06.00'],
    ['sv', '2022-10-29T10:00', '2022-10-31T16:00', '2022-10-20T12:00', 'lördag 29 oktober kl. 10.00 – måndag 31 oktober kl. 16.00'],
    ['sv', '2022-10-31T18:00', '2022-11-01T07:00', '2022-10-20T12:00', 'måndag 31 oktober kl. 18.00 – tisdag 1 november kl. 07.00'],
    // Ending at midnight: that day's 24.00.
    ['sv', '2022-10-29T22:00', '2022-10-30T00:00', '2022-10-20T12:00', 'lördag 29 oktober kl. 22.00–24.00'],
    ['en', '2022-10-29T00:00', '2022-10-30T00:00', '2022-10-20T12:00', 'Saturday 29 October, 00:00–24:00'],
    // The year appears when it is not this year.
    ['sv', '2023-01-07T10:00', '2023-01-07T14:00', '2022-10-20T12:00', 'lördag 7 januari 2023 kl. 10.00–14.00'],
    ['en', '2023-01-07T10:00', '2023-01-07T14:00', '2022-10-20T12:00', 'Saturday 7 January 2023, 10:00–14:00'],
    ['sv', '2022-12-31T22:00', '2023-01-01T02:00', '2022-12-20T12:00', 'lördag 31 december kl. 22.00 – söndag 1 januari 2023 kl. 02.00'],
    ['sv', '2023-01-01T10:00', '2023-01-01T12:00', '2022-12-31T12:00', 'i morgon, söndag 1 januari 2023 kl. 10.00–12.00'],
    // Every weekday and month name.
    ['sv', '2022-05-02T10:00', '2022-05-02T11:00', '2022-01-01T12:00', 'måndag 2 maj kl. 10.00–11.00'],
    ['sv', '2022-06-07T10:00', '2022-06-07T11:00', '2022-01-01T12:00', 'tisdag 7 juni kl. 10.00–11.00'],
    ['sv', '2022-02-16T10:00', '2022-02-16T11:00', '2022-01-01T12:00', 'onsdag 16 februari kl. 10.00–11.00'],
    ['sv', '2022-07-21T10:00', '2022-07-21T11:00', '2022-01-01T12:00', 'torsdag 21 juli kl. 10.00–11.00'],
    ['sv', '2022-08-19T10:00', '2022-08-19T11:00', '2022-01-01T12:00', 'fredag 19 augusti kl. 10.00–11.00'],
    ['sv', '2022-09-24T10:00', '2022-09-24T11:00', '2022-01-01T12:00', 'lördag 24 september kl. 10.00–11.00'],
    ['sv', '2022-04-10T10:00', '2022-04-10T11:00', '2022-01-01T12:00', 'söndag 10 april kl. 10.00–11.00'],
    ['en', '2022-05-02T10:00', '2022-05-02T11:00', '2022-01-01T12:00', 'Monday 2 May, 10:00–11:00'],
    ['en', '2022-06-07T10:00', '2022-06-07T11:00', '2022-01-01T12:00', 'Tuesday 7 June, 10:00–11:00'],
    ['en', '2022-02-16T10:00', '2022-02-16T11:00', '2022-01-01T12:00', 'Wednesday 16 February, 10:00–11:00'],
    ['en', '2022-07-21T10:00', '2022-07-21T11:00', '2022-01-01T12:00', 'Thursday 21 July, 10:00–11:00'],
    ['en', '2022-08-19T10:00', '2022-08-19T11:00', '2022-01-01T12:00', 'Friday 19 August, 10:00–11:00'],
    ['en', '2022-09-24T10:00', '2022-09-24T11:00', '2022-01-01T12:00', 'Saturday 24 September, 10:00–11:00'],
    ['en', '2022-04-10T10:00', '2022-04-10T11:00', '2022-01-01T12:00', 'Sunday 10 April, 10:00–11:00'],
    ['en', '2022-11-01T10:00', '2022-11-01T11:00', '2022-01-01T12:00', 'Tuesday 1 November, 10:00–11:00'],
    ['en', '2022-03-01T10:00', '2022-03-01T11:00', '2022-01-01T12:00', 'Tuesday 1 March, 10:00–11:00'],
  ];
  for (const [lang, start, end, now, expected] of cases) {
    it(`${lang} ${start} – ${end}, now ${now} → ${expected}`, () => {
      expect(formatWindowTime(t(start), t(end), { lang, now: t(now) })).to.equal(expected);
    });
  }

  it('is Swedish by default and uses Europe/Stockholm by default', () => {
    expect(formatWindowTime(t('2022-10-29T10:00'), t('2022-10-29T20:00'), { now: t('2022-10-20T12:00') })).to.equal('lördag 29 oktober kl. 10.00–20.00');
  });

  it('speaks Swedish for a language it does not know', () => {
    expect(formatWindowTime(t('2022-10-29T10:00'), t('2022-10-29T20:00'), { lang: 'de' as Lang, now: t('2022-10-20T12:00') })).to.equal('lördag 29 oktober kl. 10.00–20.00');
  });

  it('shows the clock of the given time zone', () => {
    const options = { lang: 'en' as Lang, timeZone: 'America/New_York', now: Date.parse('2022-10-20T12:00Z') };
    expect(formatWindowTime(Date.parse('2022-10-29T08:00Z'), Date.parse('2022-10-29T18:00Z'), options)).to.equal('Saturday 29 October, 04:00–14:00');
  });
});

describe('formatSubWindowTime', () => {
  const windowStart = '2022-10-29T10:00';
  // [lang, start, end, now, expected]
  const cases: Array<[Lang, string, string, string, string]> = [
    ['sv', '2022-10-29T10:00', '2022-10-29T14:00', '2022-10-20T12:00', 'kl. 10–14'],
    ['sv', '2022-10-29T12:00', '2022-10-29T14:00', '2022-10-29T12:00', 'kl. 12–14'],
    ['sv', '2022-10-29T10:30', '2022-10-29T14:00', '2022-10-20T12:00', 'kl. 10.30–14'],
    ['sv', '2022-10-29T10:00', '2022-10-29T14:45', '2022-10-20T12:00', 'kl. 10–14.45'],
    ['sv', '2022-10-29T09:00', '2022-10-29T13:00', '2022-10-20T12:00', 'kl. 09–13'],
    ['sv', '2022-10-29T22:00', '2022-10-30T00:00', '2022-10-20T12:00', 'kl. 22–24'],
    ['en', '2022-10-29T10:00', '2022-10-29T14:00', '2022-10-20T12:00', '10:00–14:00'],
    ['en', '2022-10-29T10:30', '2022-10-29T14:00', '2022-10-20T12:00', '10:30–14:00'],
    // On another day than the window's start: the full form.
    ['sv', '2022-10-30T10:00', '2022-10-30T13:00', '2022-10-20T12:00', 'söndag 30 oktober kl. 10.00–13.00'],
    ['sv', '2022-10-29T22:00', '2022-10-30T02:00', '2022-10-20T12:00', 'lördag 29 oktober kl. 22.00 – söndag 30 oktober kl. 02.00'],
    ['en', '2022-10-30T10:00', '2022-10-30T13:00', '2022-10-29T12:00', 'tomorrow, Sunday 30 October, 10:00–13:00'],
  ];
  for (const [lang, start, end, now, expected] of cases) {
    it(`${lang} ${start} – ${end} → ${expected}`, () => {
      expect(formatSubWindowTime(t(start), t(end), { lang, now: t(now), windowStart: t(windowStart) })).to.equal(expected);
    });
  }

  it('compares days on the document clock, not in UTC', () => {
    // Window from 00.30 local (22.30Z the day before); its system 00.30–02.00 is the same local day.
    expect(formatSubWindowTime(t('2022-10-29T00:30'), t('2022-10-29T02:00'), { now: t('2022-10-20T12:00'), windowStart: t('2022-10-29T00:30') })).to.equal('kl. 00.30–02');
  });
});

describe('formatSince', () => {
  // [lang, instant, now, expected]
  const cases: Array<[Lang, string, string, string]> = [
    ['sv', '2022-10-27T08:10', '2022-10-27T12:00', 'sedan i dag kl. 08.10'],
    ['sv', '2022-10-27T08:10', '2022-10-28T09:00', 'sedan i går kl. 08.10'],
    ['sv', '2022-10-27T08:10', '2022-10-28T00:00', 'sedan i går kl. 08.10'],
    ['sv', '2022-10-27T08:10', '2022-10-29T12:00', 'sedan torsdag 27 oktober kl. 08.10'],
    ['sv', '2022-10-27T23:30', '2022-10-28T00:10', 'sedan i går kl. 23.30'],
    ['sv', '2021-12-30T08:10', '2022-01-02T12:00', 'sedan torsdag 30 december 2021 kl. 08.10'],
    ['sv', '2022-10-30T02:30+02:00', '2022-10-30T12:00', 'sedan i dag kl. 02.30'],
    ['sv', '2022-10-30T02:30+01:00', '2022-10-30T12:00', 'sedan i dag kl. 02.30'],
    ['en', '2022-10-27T08:10', '2022-10-27T12:00', 'since today 08:10'],
    ['en', '2022-10-27T08:10', '2022-10-28T09:00', 'since yesterday 08:10'],
    ['en', '2022-10-27T08:10', '2022-10-29T12:00', 'since Thursday 27 October, 08:10'],
    // A start in the future (a clock that is behind) is given in full.
    ['sv', '2022-10-28T08:10', '2022-10-27T12:00', 'sedan fredag 28 oktober kl. 08.10'],
  ];
  for (const [lang, instant, now, expected] of cases) {
    it(`${lang} ${instant}, now ${now} → ${expected}`, () => {
      expect(formatSince(t(instant), { lang, now: t(now) })).to.equal(expected);
    });
  }
});

describe('formatDate', () => {
  // [lang, instant, now, expected]: the day alone, for subject lines; the year only when it differs.
  const cases: Array<[Lang, string, string, string]> = [
    ['sv', '2022-10-29T10:00', '2022-10-27T12:00', 'lördag 29 oktober'],
    ['sv', '2022-10-30T00:30', '2022-10-27T12:00', 'söndag 30 oktober'],
    ['sv', '2023-01-02T10:00', '2022-12-27T12:00', 'måndag 2 januari 2023'],
    ['en', '2022-10-29T10:00', '2022-10-27T12:00', 'Saturday 29 October'],
    ['en', '2023-01-02T10:00', '2022-12-27T12:00', 'Monday 2 January 2023'],
    // 23.30 UTC on the 29th is already Sunday in Stockholm.
    ['sv', '2022-10-29T23:30Z', '2022-10-27T12:00', 'söndag 30 oktober'],
  ];
  for (const [lang, instant, now, expected] of cases) {
    it(`${lang} ${instant}, now ${now} → ${expected}`, () => {
      expect(formatDate(t(instant), { lang, now: t(now) })).to.equal(expected);
    });
  }
});

describe('formatDateTime, formatClock, formatRecent, formatDateTimeAttr, formatState', () => {
  const now = t('2022-10-28T16:00');
  const cases: Array<[string, () => string, string]> = [
    ['full, today', () => formatDateTime(t('2022-10-28T15:00'), { now }), 'i dag, fredag 28 oktober kl. 15.00'],
    ['full, another day', () => formatDateTime(t('2022-10-25T15:00'), { now }), 'tisdag 25 oktober kl. 15.00'],
    ['full, English', () => formatDateTime(t('2022-10-28T15:00'), { lang: 'en', now }), 'today, Friday 28 October, 15:00'],
    ['clock', () => formatClock(t('2022-10-28T14:05'), {}), 'kl. 14.05'],
    ['clock, English', () => formatClock(t('2022-10-28T14:05'), { lang: 'en' }), '14:05'],
    ['clock after midnight', () => formatClock(t('2022-10-29T00:07'), { lang: 'sv' }), 'kl. 00.07'],
    ['clock on the autumn change (summer time)', () => formatClock(Date.parse('2022-10-30T00:30Z'), {}), 'kl. 02.30'],
    ['clock on the autumn change (winter time)', () => formatClock(Date.parse('2022-10-30T01:30Z'), {}), 'kl. 02.30'],
    ['clock in another zone', () => formatClock(Date.parse('2022-10-30T01:30Z'), { timeZone: 'Asia/Tokyo' }), 'kl. 10.30'],
    ['recent, today', () => formatRecent(t('2022-10-28T09:00'), { now }), 'kl. 09.00'],
    ['recent, today, English', () => formatRecent(t('2022-10-28T09:00'), { lang: 'en', now }), '09:00'],
    ['recent, just after midnight', () => formatRecent(t('2022-10-28T00:05'), { now }), 'kl. 00.05'],
    ['recent, yesterday', () => formatRecent(t('2022-10-27T23:55'), { now }), 'i går, torsdag 27 oktober kl. 23.55'],
    ['recent, another day', () => formatRecent(t('2022-10-25T15:00'), { lang: 'en', now }), 'Tuesday 25 October, 15:00'],
    ['recent, in another zone', () => formatRecent(Date.parse('2022-10-27T16:30Z'), { timeZone: 'Asia/Tokyo', now: Date.parse('2022-10-28T00:30Z') }), 'kl. 01.30'],
    ['datetime attribute', () => formatDateTimeAttr(t('2022-10-29T10:00')), '2022-10-29T08:00:00.000Z'],
    ['ongoing', () => formatState('ongoing'), 'Pågår nu'],
    ['upcoming', () => formatState('upcoming', 'sv'), 'Kommande'],
    ['past', () => formatState('past', 'sv'), 'Avslutat'],
    ['ongoing, English', () => formatState('ongoing', 'en'), 'In progress'],
    ['upcoming, English', () => formatState('upcoming', 'en'), 'Upcoming'],
    ['past, English', () => formatState('past', 'en'), 'Finished'],
  ];
  for (const [name, run, expected] of cases) it(`${name} → ${expected}`, () => expect(run()).to.equal(expected));
});
