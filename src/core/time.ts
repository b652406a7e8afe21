/**
 * Date-times of the status document ⇄ instants (ms since the epoch, UTC).
 *
 * A time is written `YYYY-MM-DDTHH:mm[:ss[.sss]]`, optionally followed by `Z` or `±HH:MM`.
 * Without an offset it is a local time in the document's IANA time zone — never the viewer's.
 *
 * Europe/Stockholm (the default) is computed by hand from the EU rules in force since 1996
 * (CET +01:00; CEST +02:00 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October), because the first `Intl.DateTimeFormat` of a page costs ~50 ms. Instants
 * before 1996 or from 2100 on, and every other zone, read the offset from a lazily created,
 * cached `Intl.DateTimeFormat` (`timeZoneName: 'longOffset'`, e.g. "GMT+02:00").
 */
import { DEFAULT_TIME_ZONE } from './types.js';

export interface ParsedDateTime {
  instant: number;
  /** `offset` when the text carried `Z` or `±HH:MM`; `local` when it was a local time. */
  kind: 'offset' | 'local';
  /**
   * - `gap`: the local time does not exist (clocks went forward); moved forward by the gap.
   * - `overlap`: the local time exists twice (clocks went back); the earlier instant is used.
   * - `offset-mismatch`: a numeric offset that the time zone does not have at that instant
   *   (the instant the offset gives is used). `Z` is never a mismatch: it names UTC itself.
   */
  issue?: 'gap' | 'overlap' | 'offset-mismatch';
}

export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const MINUTE = 6e4;
const DAY = 864e5;

/** Formatters by zone; null for a name that is no IANA zone. No prototype: `toString` is no zone. */
const formatters: Record<string, Intl.DateTimeFormat | null> = /* @__PURE__ */ Object.create(null);

/** A cached formatter that shows `timeZone`'s offset, or null when the zone is unknown. */
function formatter(timeZone: string): Intl.DateTimeFormat | null {
  if (!(timeZone in formatters)) {
    try {
      formatters[timeZone] = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      formatters[timeZone] = null;
    }
  }
  return formatters[timeZone];
}

/** Whether `timeZone` is an IANA time zone this runtime knows. */
export function isTimeZone(timeZone: unknown): timeZone is string {
  return timeZone === DEFAULT_TIME_ZONE || (typeof timeZone === 'string' && !!formatter(timeZone));
}

/**
 * The UTC offset of `timeZone` at `instant`, in minutes (Stockholm: 60 or 120). An unknown zone
 * is treated as Europe/Stockholm.
 */
export function zoneOffsetMinutes(instant: number, timeZone: string = DEFAULT_TIME_ZONE): number {
  if (!isTimeZone(timeZone)) timeZone = DEFAULT_TIME_ZONE;
  // 1996-01-01 to 2100-01-01, where the last Sunday of March is the 31 − ((⌊5y/4⌋ + 4) mod 7)th
  // and that of October the 31 − ((⌊5y/4⌋ + 1) mod 7)th.
  if (timeZone === DEFAULT_TIME_ZONE && instant >= 820454400000 && instant < 4102444800000) {
    const year = new Date(instant).getUTCFullYear();
    const lastSunday = (month: number, shift: number) => Date.UTC(year, month, 31 - (((year * 5) / 4 + shift) | 0) % 7, 1);
    return instant >= lastSunday(2, 4) && instant < lastSunday(9, 1) ? 120 : 60;
  }
  try {
    const m = /([+-])(\d\d):(\d\d)/.exec(formatter(timeZone)!.format(instant));
    return m ? +(m[1] + 1) * (+m[2] * 60 + +m[3]) : 0;
  } catch {
    return 0; // an instant outside the range of Date
  }
}

/** The calendar fields of `instant` as a clock in `timeZone` shows them. */
export function toZonedParts(instant: number, timeZone?: string): ZonedParts {
  const d = new Date(instant + zoneOffsetMinutes(instant, timeZone) * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}

const DATE_TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?(Z|([+-])([01]\d|2[0-3]):([0-5]\d))?$/;

/**
 * Reads a document time. Returns undefined for anything that is not exactly
 * `YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:MM]` with a real calendar date (no Feb 30, no 24:00).
 *
 * Local times are converted with Temporal's "compatible" rule: a time in a spring gap is moved
 * forward by the length of the gap (2022-03-27T02:30 in Stockholm → 03:30 CEST = 01:30Z), a time
 * in an autumn overlap takes the earlier instant (2022-10-30T02:30 → 02:30 CEST = 00:30Z).
 */
export function parseDateTime(text: string, timeZone?: string): ParsedDateTime | undefined {
  const m = typeof text === 'string' ? DATE_TIME.exec(text) : null;
  if (!m) return undefined;
  const [, minutes, s = '00', ms = '', zone, sign, oh, om] = m;
  // The wall-clock time read as if it were UTC; Date rolls an impossible date or time over to
  // another one, which then no longer reads as written.
  const wall = Date.parse(`${minutes}:${s}.${ms.padEnd(3, '0')}Z`);
  if (new Date(wall).toJSON()?.slice(0, 16) !== minutes) return undefined;
  if (zone) {
    const offset = sign ? +(sign + 1) * (+oh * 60 + +om) : 0;
    const instant = wall - offset * MINUTE;
    return { instant, kind: 'offset', issue: sign && zoneOffsetMinutes(instant, timeZone) !== offset ? 'offset-mismatch' : undefined };
  }
  // The offsets a day before and after cover both sides of any transition near this time.
  const before = zoneOffsetMinutes(wall - DAY, timeZone);
  const after = zoneOffsetMinutes(wall + DAY, timeZone);
  const fits = (offset: number) => zoneOffsetMinutes(wall - offset * MINUTE, timeZone) === offset;
  const a = fits(before);
  const b = before !== after && fits(after);
  return {
    instant: wall - (a || !b ? before : after) * MINUTE,
    kind: 'local',
    issue: a && b ? 'overlap' : a || b ? undefined : 'gap',
  };
}
