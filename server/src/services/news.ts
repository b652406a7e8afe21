/** News for `news` subscribers (POST /api/news): one notice, fanned out at once. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.js';
import { fanOut, insertNotice } from '../db/queries/notices.js';
import { MUNICIPALITIES } from './sign-up.js';
import { MUNICIPALITY_NAMES } from '../pages/strings.js';

export type NewsReading = { kind: 'ok'; subject: string; text: string; municipalities: string[] } | { kind: 'invalid'; errors: Record<string, string> };

/** Checks a news request: a one-line subject, a text, optionally municipality ids; nothing else. */
export function readNews(body: unknown): NewsReading {
  const errors: Record<string, string> = {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { kind: 'invalid', errors: { body: 'must be a JSON object' } };
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!['subject', 'text', 'municipalities'].includes(key)) errors[key] = 'unknown field';
  const subject = typeof b.subject === 'string' ? b.subject.trim() : '';
  if (!subject || subject.length > 200 || /[\u0000-\u001f\u007f]/.test(subject)) errors.subject = 'a single line of 1–200 characters';
  const text = typeof b.text === 'string' ? b.text.trim() : '';
  if (!text || text.length > 20_000) errors.text = '1–20,000 characters';
  const municipalities = b.municipalities ?? [];
  if (!Array.isArray(municipalities) || municipalities.some((m) => !(MUNICIPALITIES as readonly unknown[]).includes(m))) {
    errors.municipalities = `a list of: ${MUNICIPALITIES.join(', ')}`;
  }
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return { kind: 'ok', subject, text: text.replace(/\r\n?/g, '\n'), municipalities: municipalities as string[] };
}

export async function queueNews(db: Db, news: { subject: string; text: string; municipalities: string[] }, host: string, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const payload = { kind: 'news' as const, timeZone: 'Europe/Stockholm', municipalityNames: MUNICIPALITY_NAMES, news: { subject: news.subject, text: news.text } };
    const id = await insertNotice(tx, { kind: 'news', dedupeKey: `news:${randomUUID()}`, topic: 'news', municipalities: news.municipalities, payload, now });
    return fanOut(tx, id!, 'news', news.municipalities, host, now);
  });
}
