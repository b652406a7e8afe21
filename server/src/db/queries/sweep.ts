/** Deleting what has expired: pending sign-ups after 7 days, their links, old idempotency keys. */
import type { Queryable } from '../db.js';

export const deleteExpiredPending = async (db: Queryable, signedUpBefore: Date) =>
  (await db.query(`delete from subscribers where state = 'pending' and consented_at < $1 returning id`, [signedUpBefore])).length;

export const deleteExpiredTokens = (db: Queryable, now: Date) =>
  db.query('delete from subscriber_tokens where expires_at is not null and expires_at <= $1', [now]);

export const deleteOldIdempotencyKeys = (db: Queryable, before: Date) => db.query('delete from idempotency_keys where created_at <= $1', [before]);
