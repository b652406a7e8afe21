import type { StatusDocument } from '../core/types.js';

/**
 * Why the latest load gave nothing usable. `invalid` covers text that is not JSON, JSON that is
 * not a status document, and HTML served instead of JSON; `version` a format version we do not know.
 */
export interface LoadError {
  kind: 'network' | 'timeout' | 'http' | 'invalid' | 'version';
  /** A developer-facing description (goes to the console, never into the page). */
  message: string;
  /** HTTP status, for `http`. */
  status?: number;
}

/**
 * What an element renders from.
 * - `loading`: nothing known yet (render nothing).
 * - `ready`: `document` is the latest good document.
 * - `stale`: `document` is the last good one, but the latest refresh failed (`error` says why).
 * - `error`: nothing usable to show (`error` says why); never a claim that all is well.
 */
export interface StatusState {
  status: 'loading' | 'ready' | 'stale' | 'error';
  document?: StatusDocument;
  /** When `document` was last confirmed by the status host (ms since the epoch). */
  receivedAt?: number;
  error?: LoadError;
  /** The publisher's URL from the last good document, for the neutral notice's link. */
  publisherUrl?: string;
}

export const INITIAL_STATE: StatusState = { status: 'loading' };
