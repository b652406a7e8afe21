/**
 * Deletes what has expired, once a minute: pending sign-ups and their links after 7 days,
 * idempotency keys after 24 hours, the desk's sign-in links and sessions once they expire.
 */
import type { Db } from '../db/db.js';
import { deleteExpiredPending, deleteExpiredTokens, deleteOldIdempotencyKeys } from '../db/queries/sweep.js';
import { deleteStaleSignIns } from '../db/queries/publishers.js';
import { CONFIRM_LINK_DAYS } from '../services/subscriptions.js';

const DAY = 86_400_000;

export async function sweep(db: Db, now = new Date()): Promise<void> {
  await deleteExpiredPending(db, new Date(now.getTime() - CONFIRM_LINK_DAYS * DAY));
  await deleteExpiredTokens(db, now);
  await deleteOldIdempotencyKeys(db, new Date(now.getTime() - DAY));
  await deleteStaleSignIns(db, now);
}

export function startSweeper(db: Db, onError: (text: string) => void, intervalMs = 60_000): () => void {
  const run = () => sweep(db).catch((error) => onError(`sweep: ${(error as Error).message}`));
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
