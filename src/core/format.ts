/**
 * Dates and times as a person would write them, in Swedish (default) or English, always on the
 * clock of the document's time zone. Names are written out here so that no Intl formatter is
 * needed. Swedish: lower-case weekday and month, "kl." and a dot between hours and minutes,
 * en dash in ranges ("lördag 29 oktober kl. 10.00–20.00"). English: "Saturday 29 October,
 * 10:00–20:00". "i dag"/"today", "i morgon"/"tomorrow" and "i går"/"yesterday" go before the
 * weekday and date, never instead of them. The year is added when it is not the year of `now`.
 */
import { DEFAULT_TIME_ZONE, type ItemState, type Lang } from './types.js';
import { toZonedParts, type ZonedParts } from './time.js';

export interface FormatOptions {
  lang?: Lang;
  /** IANA zone of the clock to show; default Europe/Stockholm. */
  timeZone?: string;
  /** The present instant, for "i dag"/"i morgon" and for the year. */
  now: number;
}

const NAMES = {
  sv: /* @__PURE__ */ 'söndag måndag tisdag onsdag torsdag fredag lördag januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
  en: /* @__PURE__ */ 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June July August September October November December'.split(' '),
};
const RELATIVE = { sv: ['i går', 'i dag', 'i morgon'], en: ['yesterday', 'today', 'tomorrow'] };

const pad = (n: number) => (n < 10 ? '0' : '') + n;
const dayNumber = (p: ZonedParts) => Date.UTC(p.year, p.month - 1, p.day) / 864e5;
const language = (lang?: string): Lang => (lang === 'en' ? 'en' : 'sv');

/** "10.00" / "10:00"; `short` drops ":00" ("10", "10.30"); `midnight` writes 00.00 as 24.00. */
function clock(p: ZonedParts, lang: Lang, short?: boolean, midnight?: boolean): string {
  const hour = pad(midnight && !p.hour && !p.minute ? 24 : p.hour);
  return short && !p.minute ? hour : hour + (lang === 'en' ? ':' : '.') + pad(p.minute);
}

/** "lördag 29 oktober" / "Saturday 29 October", with the year when it is not now's. */
function date(p: ZonedParts, now: ZonedParts, lang: Lang): string {
  const names = NAMES[lang];
  return `${names[p.weekday]} ${p.day} ${names[6 + p.month]}${p.year === now.year ? '' : ' ' + p.year}`;
}

/** "i dag, " etc. for yesterday, today and tomorrow; "" otherwise. */
function relative(p: ZonedParts, now: ZonedParts, lang: Lang, only?: number[]): string {
  const diff = dayNumber(p) - dayNumber(now);
  const word = (!only || only.includes(diff)) && RELATIVE[lang][diff + 1];
  return word ? word + (only ? ' ' : ', ') : '';
}

/** The clock separator after a date: " kl. " / ", ". */
const at = (lang: Lang) => (lang === 'en' ? ', ' : ' kl. ');

/** Whether `end` falls on the day of `start`, counting a midnight end as that day's 24.00. */
function sameDay(start: ZonedParts, end: ZonedParts): boolean {
  const days = dayNumber(end) - dayNumber(start);
  return !days || (days === 1 && !end.hour && !end.minute);
}

/** "i dag, lördag 29 oktober kl. 10.00" — the full form of one instant. */
function full(p: ZonedParts, now: ZonedParts, lang: Lang): string {
  return relative(p, now, lang) + date(p, now, lang) + at(lang) + clock(p, lang);
}

/**
 * A service window: "lördag 29 oktober kl. 10.00–20.00", "i morgon, lördag 29 oktober
 * kl. 10.00–20.00", "Saturday 29 October, 10:00–20:00". A window ending on a later day gives both
 * ends in full: "fredag 28 oktober kl. 22.00 – lördag 29 oktober kl. 02.00"; one ending at
 * midnight reads "kl. 22.00–24.00".
 */
export function formatWindowTime(start: number, end: number, options: FormatOptions): string {
  const lang = language(options.lang);
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const s = toZonedParts(start, zone);
  const e = toZonedParts(end, zone);
  const n = toZonedParts(options.now, zone);
  return sameDay(s, e)
    ? `${full(s, n, lang)}–${clock(e, lang, false, true)}`
    : `${full(s, n, lang)} – ${full(e, n, lang)}`;
}

/**
 * A system's sub-window. On the window's own day only the hours: "kl. 10–14", "kl. 10.30–14"
 * (English "10:00–14:00"); otherwise as formatWindowTime.
 */
export function formatSubWindowTime(start: number, end: number, options: FormatOptions & { windowStart: number }): string {
  const lang = language(options.lang);
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const s = toZonedParts(start, zone);
  const e = toZonedParts(end, zone);
  if (dayNumber(s) !== dayNumber(toZonedParts(options.windowStart, zone)) || !sameDay(s, e)) {
    return formatWindowTime(start, end, options);
  }
  const short = lang === 'sv';
  return `${short ? 'kl. ' : ''}${clock(s, lang, short)}–${clock(e, lang, short, true)}`;
}

/**
 * Since when something has been going on: "sedan i dag kl. 08.10", "sedan i går kl. 08.10",
 * "sedan torsdag 27 oktober kl. 08.10"; "since today 08:10", "since Thursday 27 October, 08:10".
 */
export function formatSince(instant: number, options: FormatOptions): string {
  const lang = language(options.lang);
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const p = toZonedParts(instant, zone);
  const n = toZonedParts(options.now, zone);
  const word = relative(p, n, lang, [-1, 0]);
  const when = word ? word + (lang === 'en' ? '' : 'kl. ') : date(p, n, lang) + at(lang);
  return `${lang === 'en' ? 'since' : 'sedan'} ${when}${clock(p, lang)}`;
}

/** One instant in full: "i dag, fredag 28 oktober kl. 15.00", "today, Friday 28 October, 15:00". */
export function formatDateTime(instant: number, options: FormatOptions): string {
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  return full(toZonedParts(instant, zone), toZonedParts(options.now, zone), language(options.lang));
}

/** The time of day: "kl. 14.05" / "14:05". */
export function formatClock(instant: number, options: { lang?: Lang; timeZone?: string }): string {
  const lang = language(options.lang);
  return (lang === 'en' ? '' : 'kl. ') + clock(toZonedParts(instant, options.timeZone ?? DEFAULT_TIME_ZONE), lang);
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
  const i = state === 'ongoing' ? 0 : state === 'upcoming' ? 1 : 2;
  return (language(lang) === 'en' ? ['In progress', 'Upcoming', 'Finished'] : ['Pågår nu', 'Kommande', 'Avslutat'])[i];
}
