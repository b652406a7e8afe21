/**
 * Local Stockholm times as publishers type them. The desk writes times into the document without
 * an offset ("2027-03-28T10:00"): a local time in the document's zone, so what the publisher
 * types is what staff read, on the days the clocks change too (the core converts and warns).
 */
import { toZonedParts } from 'itc-status/core';

const pad = (n: number) => String(n).padStart(2, '0');

/** The current date and time in `timeZone`: { date: "YYYY-MM-DD", time: "HH:MM" }. */
export function localNow(timeZone: string, now = Date.now()): { date: string; time: string } {
  const p = toZonedParts(now, timeZone);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** "10", "1000", "10.00", "10:00", "9:5" → "10:00"…; undefined when it is no time of day. */
export function normalizeTime(text: string): string | undefined {
  const m = /^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*$/.exec(text);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : undefined;
}

/** "2027-03-28" (also "2027-3-28") → "2027-03-28"; undefined when it is no date. */
export function normalizeDate(text: string): string | undefined {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "YYYY-MM-DDTHH:MM" → its date and time parts (for editing what the document holds). */
export function splitLocal(text: string | null | undefined): { date: string; time: string } {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text ?? '');
  return m ? { date: m[1]!, time: m[2]! } : { date: '', time: '' };
}
