/** The outbox: mail queued in the transaction that caused it, claimed by senders with SKIP LOCKED. */
import type { MailMessage } from '../../mail/message.js';
import type { Queryable } from '../db.js';

export interface OutboxRow {
  id: number;
  kind: string;
  /** Null for a notice: rendered for its subscriber when sent. */
  message: MailMessage | null;
  message_id: string;
  subscriber_id: number | null;
  notice_id: number | null;
  attempts: number;
  max_attempts: number;
  created_at: Date;
}

export const enqueueMail = (
  db: Queryable,
  row: { subscriberId: number | null; kind: string; dedupeKey: string; message: MailMessage; now: Date },
) =>
  db.query(
    `insert into outbox (subscriber_id, kind, dedupe_key, message_id, recipient, message, run_at, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $7) on conflict (dedupe_key) do nothing`,
    [row.subscriberId, row.kind, row.dedupeKey, row.message.messageId, row.message.to, JSON.stringify(row.message), row.now],
  );

/** Mail of `kinds` queued for a subscriber since `since`, oldest first (for the per-address limit). */
export const recentMailTimes = async (db: Queryable, subscriberId: number, kinds: string[], since: Date) =>
  (
    await db.query<{ created_at: Date }>(
      'select created_at from outbox where subscriber_id = $1 and kind = any($2) and created_at > $3 order by created_at',
      [subscriberId, kinds, since],
    )
  ).map((r) => r.created_at);

/**
 * Claims up to `limit` due rows for `worker`: unsent, not given up, due, and not leased by a live
 * sender. A lease is free when it is older than `leaseExpired`, or when its sender's heartbeat is
 * older than `heartbeatStale` (that sender stopped). One statement.
 */
export const claimDueMail = (db: Queryable, worker: string, now: Date, leaseExpired: Date, heartbeatStale: Date, limit: number) =>
  db.query<OutboxRow>(
    `update outbox set locked_by = $1, locked_at = $2, attempts = attempts + 1
     where id in (
       select id from outbox
       where sent_at is null and failed_at is null and run_at <= $2
         and (locked_at is null or locked_at < $3
              or not exists (select 1 from sender_heartbeats h where h.worker = outbox.locked_by and h.seen_at >= $4))
       order by run_at, id limit $5 for update skip locked)
     returning id, kind, message, message_id, subscriber_id, notice_id, attempts, max_attempts, created_at`,
    [worker, now, leaseExpired, heartbeatStale, limit],
  );

/** A sender's sign of life; stale ones are removed. */
export async function heartbeat(db: Queryable, worker: string, now: Date, staleBefore: Date) {
  await db.query(
    'insert into sender_heartbeats (worker, seen_at) values ($1, $2) on conflict (worker) do update set seen_at = excluded.seen_at',
    [worker, now],
  );
  await db.query('delete from sender_heartbeats where seen_at < $1', [staleBefore]);
}

export const removeHeartbeat = (db: Queryable, worker: string) => db.query('delete from sender_heartbeats where worker = $1', [worker]);

/** Sent: the rendered message and the address copy are dropped; the row stays as a record. */
export const markSent = (db: Queryable, ids: number[], now: Date) =>
  db.query('update outbox set sent_at = $2, locked_by = null, locked_at = null, message = null, recipient = null, last_error = null where id = any($1)', [
    ids,
    now,
  ]);

export const markRetry = (db: Queryable, id: number, runAt: Date, error: string) =>
  db.query('update outbox set run_at = $2, locked_by = null, locked_at = null, last_error = $3 where id = $1', [id, runAt, error]);

export const markFailed = (db: Queryable, id: number, now: Date, error: string) =>
  db.query('update outbox set failed_at = $2, locked_by = null, locked_at = null, message = null, last_error = $3 where id = $1', [
    id,
    now,
    error,
  ]);

/** Frees every lease (PGlite: this process is the only sender, so any lease is from a stopped one). */
export const releaseAllLeases = (db: Queryable) => db.query('update outbox set locked_by = null, locked_at = null where locked_by is not null and sent_at is null');

export const outboxCounts = async (db: Queryable) =>
  (
    await db.query<{ queued: number; sent: number; failed: number }>(
      `select count(*) filter (where sent_at is null and failed_at is null)::int as queued,
              count(*) filter (where sent_at is not null)::int as sent,
              count(*) filter (where failed_at is not null)::int as failed from outbox`,
    )
  )[0]!;

/** A hard bounce: after three, the address gets no more mail (undeliverable). */
export const recordHardBounce = (db: Queryable, subscriberId: number, now: Date) =>
  db.query(
    `update subscribers set hard_bounces = hard_bounces + 1,
       undeliverable_at = case when hard_bounces + 1 >= 3 then coalesce(undeliverable_at, $2) else undeliverable_at end
     where id = $1`,
    [subscriberId, now],
  );
