/**
 * Service windows as an iCalendar (RFC 5545) feed: one VEVENT per window.
 *
 * Times are written in UTC (`…Z`), which every calendar converts to its viewer's zone and which
 * needs no VTIMEZONE block; the local clock times in the description are in the document's zone.
 * Pure and DOM-free: the command-line tool and the elements' download button share it.
 */
import type { Lang, MaintenanceWindow, Municipality } from './types.js';
import { DEFAULT_TIME_ZONE } from './types.js';
import { formatSubWindowTime } from './format.js';

export interface ICalendarOptions {
  /** DTSTAMP of every event: when the feed was generated (ms). */
  now: number;
  /** The document's municipalities, to name them in SUMMARY; unknown ids are shown as they are. */
  municipalities?: readonly Municipality[];
  /** Language of SUMMARY/DESCRIPTION labels; default Swedish. */
  lang?: Lang;
  /** Zone of the clock times in DESCRIPTION; default Europe/Stockholm. */
  timeZone?: string;
}

const TEXTS = {
  sv: { systems: 'Berörda system:', more: 'Mer information:', calendar: 'Servicefönster' },
  en: { systems: 'Affected systems:', more: 'More information:', calendar: 'Service windows' },
};

/** Escapes a TEXT value (RFC 5545 §3.3.11); drops control characters TEXT may not contain. */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => '\\' + c)
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
}

/**
 * Folds one content line to at most 75 octets per physical line (RFC 5545 §3.1), counting
 * UTF-8 octets and never splitting a character; continuation lines begin with one space.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const cp = char.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** `20221029T080000Z`: an instant as an iCalendar UTC DATE-TIME. */
export function utcStamp(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]|\.\d+/g, '');
}

/** The feed for `windows`: CRLF line endings, folded lines, escaped text. */
export function toICalendar(windows: readonly MaintenanceWindow[], options: ICalendarOptions): string {
  const lang = options.lang === 'en' ? 'en' : 'sv';
  const t = TEXTS[lang];
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const names = new Map((options.municipalities ?? []).map((m) => [m.id, m.name]));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//IT-Centrum//itc-status//' + lang.toUpperCase(),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:' + t.calendar,
  ];
  for (const w of windows) {
    const where = w.municipalities.map((id) => names.get(id) ?? id).join(', ');
    // now: 0 because a calendar is read at any time: no "i morgon", and another day's date with its year.
    const systems = w.systems.map(
      (s) => `${s.name} ${formatSubWindowTime(s.start, s.end, { lang, timeZone: zone, now: 0, windowStart: w.start })}`,
    );
    const text = [w.description, systems.length && [t.systems, ...systems].join('\n'), w.support, w.url && `${t.more} ${w.url}`]
      .filter(Boolean)
      .join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      'UID:' + escapeText(w.id + '@itc-status'),
      'DTSTAMP:' + utcStamp(options.now),
      'DTSTART:' + utcStamp(w.start),
      'DTEND:' + utcStamp(w.end),
      'SUMMARY:' + escapeText(where ? `${w.title} – ${where}` : w.title),
    );
    if (text) lines.push('DESCRIPTION:' + escapeText(text));
    // Links from the core are URL-parser output (no spaces or control characters): written as is.
    if (w.url) lines.push('URL:' + w.url);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
