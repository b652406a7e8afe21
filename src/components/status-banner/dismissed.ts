import { STORAGE_PREFIX } from '../../data/last-good.js';

/**
 * What the overlay's "Dölj" hid: the ids of the disruptions it showed, kept in localStorage so that
 * the overlay stays hidden on the next page of the intranet, and in other tabs, until the set of
 * disruptions changes. Storage that throws (disabled, full, private mode) keeps nothing: the overlay
 * then stays hidden on this page only.
 */
const KEY = STORAGE_PREFIX + 'dismissed';

export function dismissedIds(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberDismissed(ids: string): void {
  try {
    localStorage.setItem(KEY, ids);
  } catch {
    // Nothing kept: see above.
  }
}
