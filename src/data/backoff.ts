/** Upper bound of the delay after failures, so staff see a recovery within five minutes. */
export const MAX_BACKOFF_MS = 300_000;

/** Upper bound honoured for a host's `Retry-After`, so a wrong header cannot silence polling for days. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * Delay before the next attempt after `failures` consecutive failures (1, 2, …):
 * `min(5 min, interval × 2^failures) × (0.5 + random / 2)`, i.e. exponential growth from the poll
 * interval with "equal jitter" (between half and all of it) so that many tabs do not retry in step.
 */
export function backoffDelay(intervalMs: number, failures: number, random = Math.random()): number {
  return Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** failures) * (0.5 + random / 2);
}

/**
 * Milliseconds a `Retry-After` header asks us to wait: delay-seconds or an HTTP date, at most `max`
 * (default one hour). `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number, max = MAX_RETRY_AFTER_MS): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), max);
}
