/**
 * Date-times of the status document ⇄ instants (ms since the epoch, UTC).
 *
 * A time is written `YYYY-MM-DDTHH:mm[:ss[.sss]]`, optionally followed by `Z` or `±HH:MM`.
 * Without an offset it is a local time in the document's IANA time zone — never the viewer's.
 *
 * Europe/Stockholm (the default) is computed by hand from the EU rules in force since 1996
 * (CET +01:00; CEST +02:00 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October), because the first `Intl.DateTimeFormat` of a page costs ~50 ms. Instants
 * before 1996, and every other zone, go through a lazily created, cached `Intl.DateTimeFormat`.
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
const HOUR = 36e5;
const DAY = 864e5;
/** 1996-01-01T00:00Z: from here on, Sweden follows today's EU summer-time rules. */
const EU_RULES_SINCE = 820454400000;

const formatters = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat | null>();

/** A cached formatter for `timeZone`, or null when the zone is not a known IANA zone. */
function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds of a wall-clock date-time read as if it were UTC (any year, unlike Date.UTC). */
function wallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  return new Date(0).setUTCFullYear(year, month - 1, day) + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/** 01:00 UTC on the last Sunday of `month` (1–12): when EU summer time starts or ends. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY + HOUR;
}

/** Whether `timeZone` is an IANA time zone this runtime knows. */
export function isTimeZone(timeZone: unknown): timeZone is string {
  return timeZone === DEFAULT_TIME_ZONE || (typeof timeZone === 'string' && timeZone !== '' && !!formatter(timeZone));
}

/**
 * The UTC offset of `timeZone` at `instant`, in minutes (Stockholm: 60 or 120). An unknown zone
 * is treated as Europe/Stockholm.
 */
export function zoneOffsetMinutes(instant: number, timeZone: string = DEFAULT_TIME_ZONE): number {
  const zone = timeZone !== DEFAULT_TIME_ZONE && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  if (zone === DEFAULT_TIME_ZONE && !(instant < EU_RULES_SINCE)) {
    const year = new Date(instant).getUTCFullYear();
    return instant >= lastSundayOneUtc(year, 3) && instant < lastSundayOneUtc(year, 10) ? 120 : 60;
  }
  try {
    const p: Record<string, number> = {};
    for (const { type, value } of formatter(zone)!.formatToParts(instant)) p[type] = +value;
    const wall = wallClock(p.year, p.month, p.day, p.hour % 24, p.minute, p.second);
    return Math.round((wall - Math.floor(instant / 1000) * 1000) / MINUTE);
  } catch {
    return 0; // an instant outside the range of Date
  }
}

/** The calendar fields of `instant` as a clock in `timeZone` shows them. */
export function toZonedParts(instant: number, timeZone: string = DEFAULT_TIME_ZONE): ZonedParts {
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

const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d\d):(\d\d))?$/;

/**
 * Reads a document time. Returns undefined for anything that is not exactly
 * `YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:MM]` with a real calendar date (no Feb 30, no 24:00).
 *
 * Local times are converted with Temporal's "compatible" rule: a time in a spring gap is moved
 * forward by the length of the gap (2022-03-27T02:30 in Stockholm → 03:30 CEST = 01:30Z), a time
 * in an autumn overlap takes the earlier instant (2022-10-30T02:30 → 02:30 CEST = 00:30Z).
 */
export function parseDateTime(text: string, timeZone: string = DEFAULT_TIME_ZONE): ParsedDateTime | undefined {
  const m = typeof text === 'string' ? DATE_TIME.exec(text) : null;
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0', frac = '', sign, oh, om] = m;
  const wall = wallClock(+y, +mo, +d, +h, +mi, +s, +frac.padEnd(3, '0'));
  const valid =
    +mo >= 1 && +mo <= 12 && new Date(wallClock(+y, +mo, +d)).getUTCDate() === +d &&
    +h < 24 && +mi < 60 && +s < 60 && !(+oh > 23 || +om > 59);
  if (!valid) return undefined;
  if (text.endsWith('Z')) return { instant: wall, kind: 'offset' };
  if (sign) {
    const offset = (sign === '-' ? -1 : 1) * (+oh * 60 + +om);
    const instant = wall - offset * MINUTE;
    return zoneOffsetMinutes(instant, timeZone) === offset
      ? { instant, kind: 'offset' }
      : { instant, kind: 'offset', issue: 'offset-mismatch' };
  }
  // The offsets a day before and after cover both sides of any transition near this time.
  const before = zoneOffsetMinutes(wall - DAY, timeZone);
  const after = zoneOffsetMinutes(wall + DAY, timeZone);
  const fits = (offset: number) => zoneOffsetMinutes(wall - offset * MINUTE, timeZone) === offset;
  const a = fits(before);
  const b = before !== after && fits(after);
  const instant = wall - (a || !b ? before : after) * MINUTE;
  return a && b
    ? { instant, kind: 'local', issue: 'overlap' }
    : a || b
      ? { instant, kind: 'local' }
      : { instant, kind: 'local', issue: 'gap' };
}
