/**
 * The sign-up request and its answers (documented in docs/subscribe-api.md): builds the JSON
 * payload, POSTs it, and maps every response, timeout and network failure to one outcome.
 */
import type { Lang } from '../../core/types.js';
import { parseRetryAfter as retryAfterMs } from '../../data/backoff.js';
import type { Topic } from './options.js';
import { FIELDS, type Field, type SubscribeValues } from './validate.js';

/**
 * Version of the consent text the form shows. Change it whenever the consent wording in
 * subscribe.strings.ts changes, so that the server can record what each subscriber agreed to.
 */
export const CONSENT_VERSION = '2024-01';

/** Default time to wait for the server's answer, in milliseconds. */
export const DEFAULT_TIMEOUT = 15000;

/** The JSON body POSTed to the endpoint. */
export interface SubscribePayload {
  /** Trimmed email address. */
  email: string;
  topics: Topic[];
  /** Municipality ids (`heby`, `alvkarleby`, `knivsta`, `tierp`, `osthammar`). */
  municipalities: string[];
  /** Always true: the form does not send without consent. */
  consent: true;
  /** Version of the consent text the user agreed to ({@link CONSENT_VERSION}). */
  consentVersion: string;
  /** Language of the form, for the confirmation email. */
  lang: Lang;
  /** Same for retries of one sign-up; a new one for a new sign-up. */
  idempotencyKey: string;
  /** Anti-spam: a field people never see; anything but '' means a robot filled it in. */
  honeypot: string;
  /** Anti-spam: milliseconds between the form appearing and this request. */
  elapsedMs: number;
}

/** What came of a sign-up. */
export type SubscribeOutcome =
  | { kind: 'success'; status: number }
  /** 400/422 with field errors: server messages by field (shown as text). */
  | { kind: 'invalid'; status: number; errors: Partial<Record<Field, string>> }
  /** 429: `retryAfter` in seconds when the server said (and exposed) `Retry-After`. */
  | { kind: 'rate-limited'; status: 429; retryAfter?: number }
  /** Any other status, no answer in time, no answer at all, or no usable `action` to send to. */
  | { kind: 'failed'; reason: 'http' | 'timeout' | 'network' | 'config'; status?: number };

/**
 * A random UUID v4, from `getRandomValues` (`crypto.randomUUID` would be shorter to call but
 * exists only on https pages, and intranet pages may be plain http).
 */
export const newIdempotencyKey = (): string =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16));

/** The payload for validated `values`. */
export const buildPayload = (
  values: SubscribeValues,
  extra: { lang: Lang; idempotencyKey: string; honeypot: string; elapsedMs: number },
): SubscribePayload => ({
  ...values,
  ...extra,
  email: values.email.trim(),
  consent: true,
  consentVersion: CONSENT_VERSION,
  elapsedMs: Math.round(extra.elapsedMs),
});

/**
 * Whole seconds (rounded up) to wait from a `Retry-After` value (delay in seconds, or an HTTP date),
 * or undefined. Read by the status store's parser, without its one-hour cap: the wait is only shown.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const seconds = Math.ceil(retryAfterMs(value, now, Infinity)! / 1000);
  return seconds > 0 ? seconds : undefined;
}

/** The outcome a response stands for. Reads the body only for 400/422. */
export async function mapResponse(response: Response, now = Date.now()): Promise<SubscribeOutcome> {
  const { status } = response;
  if (response.ok) return { kind: 'success', status };
  if (status == 429) return { kind: 'rate-limited', status, retryAfter: parseRetryAfter(response.headers.get('Retry-After'), now) };
  if (status == 400 || status == 422) {
    const given = (await response.json().catch(() => 0))?.errors;
    const errors: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) if (typeof given?.[field] == 'string') errors[field] = given[field].trim();
    if (Object.keys(errors).length) return { kind: 'invalid', status, errors };
  }
  return { kind: 'failed', reason: 'http', status };
}

/**
 * POSTs `payload` as JSON to `url` without cookies and maps the answer. Gives up after `timeout`
 * ms. Resolves to undefined when `request` is aborted from outside (the element was removed):
 * nothing to report.
 */
export async function sendSubscription(url: string, payload: SubscribePayload, timeout: number, request: AbortController): Promise<SubscribeOutcome | undefined> {
  let timedOut = false;
  const timer = setTimeout(() => request.abort((timedOut = true)), timeout);
  try {
    return await mapResponse(
      await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
        credentials: 'omit',
        signal: request.signal,
      }),
    );
  } catch {
    if (timedOut || !request.signal.aborted) return { kind: 'failed', reason: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
