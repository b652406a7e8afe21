/**
 * Reading a sign-up request (docs/subscribe-api.md): every field checked again, with messages in
 * the request's language for the fields the form shows, and a plain refusal for anything else.
 */
import type { Lang } from 'itc-status/core';

export const TOPICS = ['news', 'operations'] as const;
export const MUNICIPALITIES = ['heby', 'alvkarleby', 'knivsta', 'tierp', 'osthammar'] as const;

const FIELDS = new Set(['email', 'topics', 'municipalities', 'consent', 'consentVersion', 'lang', 'idempotencyKey', 'honeypot', 'elapsedMs']);

export interface SignUp {
  email: string;
  topics: string[];
  municipalities: string[];
  consentVersion: string;
  lang: Lang;
  idempotencyKey?: string;
  /** True when the request looks like a robot's (honeypot filled, or sent implausibly fast). */
  robot: boolean;
}

export type FieldErrors = Partial<Record<'email' | 'topics' | 'municipalities' | 'consent', string>>;

export type SignUpReading = { kind: 'ok'; signUp: SignUp } | { kind: 'fields'; lang: Lang; errors: FieldErrors } | { kind: 'malformed'; message: string };

const MESSAGES = {
  sv: {
    email: 'Ange en e-postadress i rätt format, till exempel namn@tierp.se',
    topics: 'Välj minst ett ämne: nyheter eller driftinformation',
    municipalities: 'Välj minst en kommun',
    consent: 'Du behöver godkänna villkoren för att prenumerera',
  },
  en: {
    email: 'Enter an email address in the correct format, like name@tierp.se',
    topics: 'Choose at least one topic: news or operational information',
    municipalities: 'Choose at least one municipality',
    consent: 'You need to accept the terms to subscribe',
  },
};

/**
 * name@domain.tld: no spaces, control characters or the address syntax's specials (< > ( ) [ ] \ , ; : ")
 * that only a quoted local part could carry; at most 254 characters. The confirmation email is the real check.
 */
const EMAIL = /^[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+@[^\s@<>()[\]\\,;:"'.\u0000-\u001f\u007f]+(\.[^\s@<>()[\]\\,;:"'.\u0000-\u001f\u007f]+)+$/;

/** Whether `text` (already trimmed) has the shape of an address we can send to. */
export const isEmailAddress = (text: string) => text.length <= 254 && EMAIL.test(text);

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The known values of `value` in the order of `known`, or undefined when any is unknown or none is given. */
function choice(value: unknown, known: readonly string[]): string[] | undefined {
  if (!isStringList(value) || value.length === 0 || value.some((v) => !known.includes(v))) return undefined;
  return known.filter((k) => value.includes(k));
}

export function readSignUp(body: unknown, minElapsedMs: number): SignUpReading {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { kind: 'malformed', message: 'The body must be a JSON object.' };
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).filter((k) => !FIELDS.has(k));
  if (unknown.length > 0) return { kind: 'malformed', message: `Unknown fields: ${unknown.slice(0, 5).join(', ')}.` };
  const lang: Lang = b.lang === 'en' ? 'en' : 'sv';
  if (b.lang !== undefined && b.lang !== 'sv' && b.lang !== 'en') return { kind: 'malformed', message: 'lang must be "sv" or "en".' };
  if (b.idempotencyKey !== undefined && (typeof b.idempotencyKey !== 'string' || !/^[\w-]{8,100}$/.test(b.idempotencyKey))) {
    return { kind: 'malformed', message: 'idempotencyKey must be 8–100 letters, digits, - or _.' };
  }
  if (b.honeypot !== undefined && typeof b.honeypot !== 'string') return { kind: 'malformed', message: 'honeypot must be a string.' };
  if (b.elapsedMs !== undefined && !(Number.isInteger(b.elapsedMs) && (b.elapsedMs as number) >= 0)) {
    return { kind: 'malformed', message: 'elapsedMs must be a whole number of milliseconds.' };
  }
  if (typeof b.consentVersion !== 'string' || !/^[\w.-]{1,32}$/.test(b.consentVersion)) {
    return { kind: 'malformed', message: 'consentVersion must be a version name (1–32 letters, digits, ., - or _).' };
  }
  const t = MESSAGES[lang];
  const errors: FieldErrors = {};
  const email = typeof b.email === 'string' ? b.email.trim() : '';
  if (!isEmailAddress(email)) errors.email = t.email;
  const topics = choice(b.topics, TOPICS);
  if (!topics) errors.topics = t.topics;
  const municipalities = choice(b.municipalities, MUNICIPALITIES);
  if (!municipalities) errors.municipalities = t.municipalities;
  if (b.consent !== true) errors.consent = t.consent;
  if (Object.keys(errors).length > 0) return { kind: 'fields', lang, errors };
  return {
    kind: 'ok',
    signUp: {
      email: email.toLowerCase(),
      topics: topics!,
      municipalities: municipalities!,
      consentVersion: b.consentVersion,
      lang,
      idempotencyKey: b.idempotencyKey as string | undefined,
      robot: (typeof b.honeypot === 'string' && b.honeypot !== '') || (typeof b.elapsedMs === 'number' && b.elapsedMs < minElapsedMs),
    },
  };
}
