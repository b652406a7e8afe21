import { expect } from '@open-wc/testing';
import { isTimeZone, parseDateTime, toZonedParts, zoneOffsetMinutes } from '../../src/core/time.js';

const STHLM = 'Europe/Stockholm';
const HOUR = 36e5;
const iso = (instant: number) => new Date(instant).toISOString();

/** The offset in minutes that Intl (the reference) gives for `timeZone` at `instant`. */
const referenceFormats = new Map<string, Intl.DateTimeFormat>();
function referenceOffset(instant: number, timeZone: string): number {
  let f = referenceFormats.get(timeZone);
  if (!f) referenceFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')!.value; // "GMT+02:00" or "GMT"
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
}

/** The last Sunday of a month (1–12) at 00:00 UTC. */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month, 0);
  return last - new Date(last).getUTCDay() * 24 * HOUR;
}

describe('parseDateTime', () => {
  // [text, time zone, expected instant (ISO, UTC) or undefined, kind, issue]
  const cases: Array<[string, string, string | undefined, ('offset' | 'local')?, string?]> = [
    // The two 2022 daylight-saving days in Stockholm.
    ['2022-10-29T10:00', STHLM, '2022-10-29T08:00:00.000Z', 'local'],
    ['2022-10-30T10:00', STHLM, '2022-10-30T09:00:00.000Z', 'local'],
    ['2022-10-30T01:59', STHLM, '2022-10-29T23:59:00.000Z', 'local'],
    ['2022-10-30T02:00', STHLM, '2022-10-30T00:00:00.000Z', 'local', 'overlap'],
    ['2022-10-30T02:30', STHLM, '2022-10-30T00:30:00.000Z', 'local', 'overlap'],
    ['2022-10-30T02:59:59.999', STHLM, '2022-10-30T00:59:59.999Z', 'local', 'overlap'],
    ['2022-10-30T03:00', STHLM, '2022-10-30T02:00:00.000Z', 'local'],
    ['2022-03-27T01:59', STHLM, '2022-03-27T00:59:00.000Z', 'local'],
    ['2022-03-27T02:00', STHLM, '2022-03-27T01:00:00.000Z', 'local', 'gap'],
    ['2022-03-27T02:30', STHLM, '2022-03-27T01:30:00.000Z', 'local', 'gap'],
    ['2022-03-27T03:00', STHLM, '2022-03-27T01:00:00.000Z', 'local'],
    ['2022-03-26T10:00', STHLM, '2022-03-26T09:00:00.000Z', 'local'],
    ['2022-03-27T10:00', STHLM, '2022-03-27T08:00:00.000Z', 'local'],
    // Explicit offsets: the instant they say; a numeric offset the zone lacks is reported.
    ['2022-10-28T15:00:00+02:00', STHLM, '2022-10-28T13:00:00.000Z', 'offset'],
    ['2022-10-30T10:00+01:00', STHLM, '2022-10-30T09:00:00.000Z', 'offset'],
    ['2022-10-30T10:00+02:00', STHLM, '2022-10-30T08:00:00.000Z', 'offset', 'offset-mismatch'],
    ['2022-10-29T10:00+01:00', STHLM, '2022-10-29T09:00:00.000Z', 'offset', 'offset-mismatch'],
    ['2022-10-29T10:00-04:00', STHLM, '2022-10-29T14:00:00.000Z', 'offset', 'offset-mismatch'],
    ['2022-10-29T10:00Z', STHLM, '2022-10-29T10:00:00.000Z', 'offset'],
    ['2022-10-29T10:00:30.5Z', STHLM, '2022-10-29T10:00:30.500Z', 'offset'],
    ['2022-10-29T10:00:30.05Z', STHLM, '2022-10-29T10:00:30.050Z', 'offset'],
    ['2022-10-29T10:00-04:00', 'America/New_York', '2022-10-29T14:00:00.000Z', 'offset'],
    // Other zones go through Intl.
    ['2022-10-29T10:00', 'America/New_York', '2022-10-29T14:00:00.000Z', 'local'],
    ['2022-03-13T02:30', 'America/New_York', '2022-03-13T07:30:00.000Z', 'local', 'gap'],
    ['2022-11-06T01:30', 'America/New_York', '2022-11-06T05:30:00.000Z', 'local', 'overlap'],
    ['2022-10-02T02:15', 'Australia/Lord_Howe', '2022-10-01T15:45:00.000Z', 'local', 'gap'],
    ['2022-10-29T10:00', 'Asia/Tokyo', '2022-10-29T01:00:00.000Z', 'local'],
    ['2022-10-29T10:00', 'UTC', '2022-10-29T10:00:00.000Z', 'local'],
    // Stockholm before 1996 (old EU rule: summer time ended in September) goes through Intl.
    ['1990-09-30T02:30', STHLM, '1990-09-30T00:30:00.000Z', 'local', 'overlap'],
    ['1990-10-28T10:00', STHLM, '1990-10-28T09:00:00.000Z', 'local'],
    // Calendar edges.
    ['2024-02-29T12:00', STHLM, '2024-02-29T11:00:00.000Z', 'local'],
    ['2000-02-29T00:00Z', STHLM, '2000-02-29T00:00:00.000Z', 'offset'],
    ['0099-06-01T00:00Z', STHLM, '0099-06-01T00:00:00.000Z', 'offset'],
    ['2022-12-31T23:59:59Z', STHLM, '2022-12-31T23:59:59.000Z', 'offset'],
    // Rejected.
    ['2023-02-29T10:00', STHLM, undefined],
    ['2022-02-30T10:00', STHLM, undefined],
    ['2022-04-31T10:00', STHLM, undefined],
    ['2022-13-01T10:00', STHLM, undefined],
    ['2022-00-10T10:00', STHLM, undefined],
    ['2022-10-00T10:00', STHLM, undefined],
    ['2022-10-29T24:00', STHLM, undefined],
    ['2022-10-29T10:60', STHLM, undefined],
    ['2022-10-29T10:00:60', STHLM, undefined],
    ['2022-10-29T10:00+24:00', STHLM, undefined],
    ['2022-10-29T10:00+02:60', STHLM, undefined],
    ['2022-10-29T10:00+0200', STHLM, undefined],
    ['2022-10-29T10:00+02', STHLM, undefined],
    ['2022-10-29 10:00', STHLM, undefined],
    ['2022-10-29t10:00', STHLM, undefined],
    ['2022-10-29T10:00z', STHLM, undefined],
    ['2022-10-29T10', STHLM, undefined],
    ['2022-10-29', STHLM, undefined],
    ['22-10-29T10:00', STHLM, undefined],
    ['2022-10-29T10:00:00.1234', STHLM, undefined],
    [' 2022-10-29T10:00', STHLM, undefined],
    ['2022-10-29T10:00 ', STHLM, undefined],
    ['2022-10-29T10:00\n', STHLM, undefined],
    ['lördag 10.00', STHLM, undefined],
    ['', STHLM, undefined],
  ];
  for (const [text, zone, expected, kind, issue] of cases) {
    it(`${JSON.stringify(text)} in ${zone} → ${expected ?? 'rejected'}${issue ? ` (${issue})` : ''}`, () => {
      const result = parseDateTime(text, zone);
      if (expected === undefined) {
        expect(result).to.equal(undefined);
      } else {
        expect(result && iso(result.instant)).to.equal(expected);
        expect(result!.kind).to.equal(kind);
        expect(result!.issue).to.equal(issue);
      }
    });
  }

  it('rejects values that are not text', () => {
    for (const value of [null, undefined, 1667030400000, {}, ['2022-10-29T10:00']]) {
      expect(parseDateTime(value as unknown as string)).to.equal(undefined);
    }
  });

  it('uses Europe/Stockholm when no zone is given', () => {
    expect(iso(parseDateTime('2022-10-30T10:00')!.instant)).to.equal('2022-10-30T09:00:00.000Z');
  });

  it('treats an unknown zone as Europe/Stockholm', () => {
    expect(iso(parseDateTime('2022-10-30T10:00', 'Mars/Olympus_Mons')!.instant)).to.equal('2022-10-30T09:00:00.000Z');
  });

  it('agrees with Intl for every local hour and half hour around Stockholm transitions, 1996–2040', () => {
    // Reference: the earliest instant whose Stockholm wall clock shows the local time; when none
    // does (gap), the wall time read with the offset in force just before.
    const mismatches: string[] = [];
    for (let year = 1996; year <= 2040; year++) {
      for (const sunday of [lastSunday(year, 3), lastSunday(year, 10)]) {
        for (let h = -6; h <= 30; h += 0.5) {
          const wall = sunday + h * HOUR; // the local time, read as if UTC
          const text = iso(wall).slice(0, 16);
          const hits: number[] = [];
          for (let t = wall - 3 * HOUR; t <= wall; t += HOUR / 4) {
            if (t + referenceOffset(t, STHLM) * 6e4 === wall) hits.push(t);
          }
          const expected = hits.length > 0 ? hits[0] : wall - referenceOffset(wall - 24 * HOUR, STHLM) * 6e4;
          const expectedIssue = hits.length === 0 ? 'gap' : hits.length > 1 ? 'overlap' : undefined;
          const got = parseDateTime(text, STHLM)!;
          if (got.instant !== expected || got.issue !== expectedIssue) mismatches.push(`${text}: ${iso(got.instant)} ${got.issue}`);
        }
      }
    }
    expect(mismatches).to.deep.equal([]);
  });
});

describe('zoneOffsetMinutes', () => {
  it('matches Intl at every hour boundary (and 1 ms before) within two days of each Stockholm transition, 1996–2040', () => {
    const mismatches: string[] = [];
    for (let year = 1996; year <= 2040; year++) {
      for (const sunday of [lastSunday(year, 3), lastSunday(year, 10)]) {
        for (let h = -48; h <= 48; h++) {
          for (const t of [sunday + h * HOUR, sunday + h * HOUR - 1]) {
            const got = zoneOffsetMinutes(t, STHLM);
            if (got !== referenceOffset(t, STHLM)) mismatches.push(`${iso(t)}: ${got}`);
          }
        }
      }
    }
    expect(mismatches).to.deep.equal([]);
  });

  it('matches Intl for Stockholm on every day of 1996–2040 at noon UTC', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1996, 0, 1, 12); t < Date.UTC(2041, 0, 1); t += 24 * HOUR) {
      if (zoneOffsetMinutes(t, STHLM) !== referenceOffset(t, STHLM)) mismatches.push(iso(t));
    }
    expect(mismatches).to.deep.equal([]);
  });

  const cases: Array<[string, string, number]> = [
    ['2022-10-29T08:00:00Z', STHLM, 120],
    ['2022-10-30T00:59:59.999Z', STHLM, 120],
    ['2022-10-30T01:00:00Z', STHLM, 60],
    ['2022-03-27T00:59:59.999Z', STHLM, 60],
    ['2022-03-27T01:00:00Z', STHLM, 120],
    ['1995-07-01T12:00:00Z', STHLM, 120],
    ['1995-10-01T12:00:00Z', STHLM, 60],
    ['2022-10-29T08:00:00Z', 'America/New_York', -240],
    ['2022-12-29T08:00:00Z', 'America/New_York', -300],
    ['2022-06-01T00:00:00Z', 'Australia/Lord_Howe', 630],
    ['2022-06-01T00:00:00Z', 'Asia/Kolkata', 330],
    ['2022-06-01T00:00:00Z', 'UTC', 0],
    ['2022-06-01T00:00:00Z', 'Not/A_Zone', 120],
    ['2022-12-01T00:00:00Z', '', 60],
  ];
  for (const [at, zone, expected] of cases) {
    it(`${at} in ${JSON.stringify(zone)} → ${expected}`, () => {
      expect(zoneOffsetMinutes(Date.parse(at), zone)).to.equal(expected);
    });
  }

  it('does not throw for instants Date cannot represent', () => {
    expect(zoneOffsetMinutes(NaN, 'Asia/Tokyo')).to.equal(0);
    expect(zoneOffsetMinutes(NaN, STHLM)).to.be.a('number');
  });
});

describe('toZonedParts', () => {
  const cases: Array<[string, string, [number, number, number, number, number, number]]> = [
    // [instant, zone, [year, month, day, hour, minute, weekday]]
    ['2022-10-29T08:00:00Z', STHLM, [2022, 10, 29, 10, 0, 6]],
    ['2022-10-30T09:00:00Z', STHLM, [2022, 10, 30, 10, 0, 0]],
    ['2022-10-28T22:30:00Z', STHLM, [2022, 10, 29, 0, 30, 6]],
    ['2022-12-31T23:00:00Z', STHLM, [2023, 1, 1, 0, 0, 0]],
    ['2022-03-27T01:00:00Z', STHLM, [2022, 3, 27, 3, 0, 0]],
    ['2022-10-29T08:00:00Z', 'America/New_York', [2022, 10, 29, 4, 0, 6]],
    ['2022-10-29T20:00:00Z', 'Asia/Tokyo', [2022, 10, 30, 5, 0, 0]],
  ];
  for (const [at, zone, [year, month, day, hour, minute, weekday]] of cases) {
    it(`${at} in ${zone}`, () => {
      expect(toZonedParts(Date.parse(at), zone)).to.deep.equal({ year, month, day, hour, minute, weekday });
    });
  }
});

describe('isTimeZone', () => {
  const cases: Array<[unknown, boolean]> = [
    ['Europe/Stockholm', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['toString', false],
    ['__proto__', false],
    [null, false],
    [1, false],
  ];
  for (const [zone, expected] of cases) {
    it(`${JSON.stringify(zone)} → ${expected}`, () => expect(isTimeZone(zone)).to.equal(expected));
  }
});
