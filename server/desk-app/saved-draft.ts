/**
 * The draft's changes, kept in this browser's localStorage until they are published or discarded:
 * a reload, a closed tab or a session that ended loses nothing the publisher wrote. Kept per
 * publisher; restored changes apply on top of whatever is published by then, like after a conflict.
 */
import type { Change } from './draft.js';

const key = (publisher: string) => `itc-desk:draft:${publisher}`;

export function savedDraft(publisher: string): Change[] {
  try {
    const changes: unknown = JSON.parse(localStorage.getItem(key(publisher)) ?? '[]');
    return Array.isArray(changes) ? (changes as Change[]) : [];
  } catch {
    return [];
  }
}

export function saveDraft(publisher: string, changes: readonly Change[]): void {
  try {
    if (changes.length > 0) localStorage.setItem(key(publisher), JSON.stringify(changes));
    else localStorage.removeItem(key(publisher));
  } catch {
    // Storage that throws (full, disabled): the draft lives on this page only.
  }
}
