/**
 * The last good status document per `src`, kept in localStorage so that a page load can show it
 * at once and revalidate in the background.
 *
 * Key: `itc-status:v1:<absolute src URL>`; value: `{"text": <the response body>, "at": <ms>}`.
 * The text is parsed again on reading, through the same parser as a response. Storage that throws
 * (disabled, full, privacy mode) simply keeps nothing: the page then works from memory.
 */
export const STORAGE_PREFIX = 'itc-status:v1:';

export interface LastGood {
  /** The response body as received. */
  text: string;
  /** When the status host last confirmed it (ms since the epoch). */
  at: number;
}

export function readLastGood(src: string): LastGood | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_PREFIX + src) ?? 'null');
    if (typeof value?.text === 'string' && typeof value.at === 'number') return value;
  } catch {
    // Unreadable or unavailable storage: nothing kept.
  }
  return undefined;
}

export function writeLastGood(src: string, value: LastGood): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + src, JSON.stringify(value));
  } catch {
    // Quota, privacy mode or disabled storage: memory only.
  }
}
