import { parseRetryAfter } from './backoff.js';
import type { LoadError } from './status-state.js';

/** Every request is abandoned after this long (30 s) and counts as a failure of kind `timeout`. */
export const REQUEST_TIMEOUT_MS = 30_000;

export type RequestOutcome =
  | { ok: true; text: string }
  | { ok: false; error: LoadError; retryAfter?: number };

/**
 * One request for the status document. A simple CORS request (no credentials, no custom headers,
 * so no preflight); `cache: 'no-cache'` lets the browser revalidate with ETag/Last-Modified.
 * Never rejects: every failure becomes an outcome. Aborting `signal` cancels the request.
 */
export async function requestStatus(src: string, signal: AbortSignal): Promise<RequestOutcome> {
  // Own controller and setTimeout (not AbortSignal.timeout) so the timeout follows the page's timers.
  const abort = new AbortController();
  const cancel = () => abort.abort();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    cancel();
  }, REQUEST_TIMEOUT_MS);
  signal.addEventListener('abort', cancel);
  try {
    const response = await fetch(src, { credentials: 'omit', cache: 'no-cache', signal: abort.signal });
    if (!response.ok) {
      return {
        ok: false,
        error: { kind: 'http', status: response.status, message: `HTTP ${response.status}` },
        retryAfter: parseRetryAfter(response.headers.get('Retry-After'), Date.now()),
      };
    }
    return { ok: true, text: await response.text() };
  } catch (error) {
    return {
      ok: false,
      error: timedOut
        ? { kind: 'timeout', message: `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` }
        : { kind: 'network', message: String(error) },
    };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}
