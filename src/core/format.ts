/**
 * Dates and times as a person would write them, in Swedish (default) or English, always on the
 * clock of the document's time zone. Names are written out here so that no Intl formatter is
 * needed. Swedish: lower-case weekday and month, "kl." and a dot between hours and minutes,
 * en dash in ranges ("lördag 29 oktober kl. 10.00–20.00"). English: "Saturday 29 October,
 * 10:00–20:00". "i dag"/"today", "i morgon"/"tomorrow" and "i går"/"yesterday" go before the
 * weekday and date, never instead of them. The year is added when it is not the year of `now`.
 */
import type { ItemState, Lang } from './types.js';
import { toZonedParts, type ZonedParts } from './time.js';

export interface FormatOptions {
  lang?: Lang;
  /** IANA zone of the clock to show; default Europe/Stockholm. */
  timeZone?: string;
  /** The present instant, for "i dag"/"i morgon" and for the year. */
  now: number;
}

/**
 * Every word of a language, by index: 0–6 weekdays (Sunday first), 7–18 months, 19–21 yesterday,
 * today, tomorrow, 22–24 the states ongoing, upcoming, past, 25 between date and clock, 26 between
 * hours and minutes, 27 before a clock on its own, 28 "since".
 */
type Words = string[];
const SV: Words = /* @__PURE__ */ 'söndag|måndag|tisdag|onsdag|torsdag|fredag|lördag|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|i går|i dag|i morgon|Pågår nu|Kommande|Avslutat| kl. |.|kl. |sedan'.split('|');
const EN: Words = /* @__PURE__ */ 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December|yesterday|today|tomorrow|In progress|Upcoming|Finished|, |:||since'.split('|');

const words = (lang?: string) => (lang == 'en' ? EN : SV);
const pad = (n: number) => (n < 10 ? '0' : '') + n;
const dayNumber = (p: ZonedParts) => Date.UTC(p.year, p.month - 1, p.day) / 864e5;
/** The clock fields of `instant` in the zone of `options`. */
const zoned = (instant: number, options: { timeZone?: string }) => toZonedParts(instant, options.timeZone);

/** "10.00" / "10:00"; `short` drops ":00" ("10", "10.30"); `midnight` writes 00.00 as 24.00. */
function clock(p: ZonedParts, w: Words, short?: boolean, midnight?: boolean): string {
  const hour = pad(midnight && !(p.hour || p.minute) ? 24 : p.hour);
  return short && !p.minute ? hour : hour + w[26] + pad(p.minute);
}

/** "i går", "i dag", "i morgon" for a day `p` up to `last` (1 or 0) days after `now`'s; else "". */
function relative(p: ZonedParts, now: ZonedParts, w: Words, last: number): string {
  const diff = dayNumber(p) - dayNumber(now);
  return diff >= -1 && diff <= last ? w[20 + diff] : '';
}

/** "lördag 29 oktober" / "Saturday 29 October", with the year when it is not now's, and the clock separator. */
function date(p: ZonedParts, now: ZonedParts, w: Words): string {
  return `${w[p.weekday]} ${p.day} ${w[6 + p.month]}${p.year == now.year ? '' : ' ' + p.year}${w[25]}`;
}

/** "i dag, lördag 29 oktober kl. 10.00" — the full form of one instant. */
function full(instant: number, options: FormatOptions): string {
  const w = words(options.lang);
  const p = zoned(instant, options);
  const now = zoned(options.now, options);
  const word = relative(p, now, w, 1);
  return (word && word + ', ') + date(p, now, w) + clock(p, w);
}

/** Whether `end` falls on the day of `start`, counting a midnight end as that day's 24.00. */
function sameDay(start: ZonedParts, end: ZonedParts): boolean {
  const days = dayNumber(end) - dayNumber(start);
  return !days || (days == 1 && !(end.hour || end.minute));
}

/**
 * A service window: "lördag 29 oktober kl. 10.00–20.00", "i morgon, lördag 29 oktober
 * kl. 10.00–20.00", "Saturday 29 October, 10:00–20:00". A window ending on a later day gives both
 * ends in full: "fredag 28 oktober kl. 22.00 – lördag 29 oktober kl. 02.00"; one ending at
 * midnight reads "kl. 22.00–24.00".
 */
export function formatWindowTime(start: number, end: number, options: FormatOptions): string {
  const e = zoned(end, options);
  return full(start, options) + (sameDay(zoned(start, options), e) ? '–' + clock(e, words(options.lang), false, true) : ' – ' + full(end, options));
}

/**
 * A system's sub-window. On the window's own day only the hours: "kl. 10–14", "kl. 10.30–14"
 * (English "10:00–14:00"); otherwise as formatWindowTime.
 */
export function formatSubWindowTime(start: number, end: number, options: FormatOptions & { windowStart: number }): string {
  const w = words(options.lang);
  const short = w == SV;
  const s = zoned(start, options);
  const e = zoned(end, options);
  return dayNumber(s) != dayNumber(zoned(options.windowStart, options)) || !sameDay(s, e)
    ? formatWindowTime(start, end, options)
    : w[27] + clock(s, w, short) + '–' + clock(e, w, short, true);
}

/**
 * Since when something has been going on: "sedan i dag kl. 08.10", "sedan i går kl. 08.10",
 * "sedan torsdag 27 oktober kl. 08.10"; "since today 08:10", "since Thursday 27 October, 08:10".
 */
export function formatSince(instant: number, options: FormatOptions): string {
  const w = words(options.lang);
  const p = zoned(instant, options);
  const n = zoned(options.now, options);
  const word = relative(p, n, w, 0);
  return `${w[28]} ${word ? `${word} ${w[27]}` : date(p, n, w)}${clock(p, w)}`;
}

/**
 * The day of an instant, as in a subject line: "lördag 29 oktober", "Saturday 29 October", with
 * the year when it is not the year of `now`.
 */
export function formatDate(instant: number, options: FormatOptions): string {
  const w = words(options.lang);
  const text = date(zoned(instant, options), zoned(options.now, options), w);
  return text.slice(0, text.length - w[25].length);
}

/** One instant in full: "i dag, fredag 28 oktober kl. 15.00", "today, Friday 28 October, 15:00". */
export const formatDateTime: (instant: number, options: FormatOptions) => string = full;

/** The time of day: "kl. 14.05" / "14:05". */
export function formatClock(instant: number, options: { lang?: Lang; timeZone?: string }): string {
  const w = words(options.lang);
  return w[27] + clock(zoned(instant, options), w);
}

/**
 * An instant of the recent past, as short as is clear: on the day of `now` only the clock
 * ("kl. 09.00", "09:00"), on any other day in full ("i går, onsdag 26 oktober kl. 14.05").
 */
export function formatRecent(instant: number, options: FormatOptions): string {
  return (dayNumber(zoned(instant, options)) == dayNumber(zoned(options.now, options)) ? formatClock : full)(instant, options);
}

/** The machine-readable form for `<time datetime>`: ISO 8601 in UTC. */
export function formatDateTimeAttr(instant: number): string {
  return new Date(instant).toISOString();
}

/**
 * The state of a window or system as a label that starts a sentence or stands alone:
 * "Pågår nu", "Kommande", "Avslutat"; "In progress", "Upcoming", "Finished".
 */
export function formatState(state: ItemState | 'past', lang?: Lang): string {
  return words(lang)[state == 'ongoing' ? 22 : state == 'upcoming' ? 23 : 24];
}
