/** Notices and their fan-out into the outbox (one row per recipient, one statement per notice). */
import type { NoticePayload } from '../../notices/notice.js';
import type { Queryable } from '../db.js';

export const notifiedVersion = async (db: Queryable) =>
  (await db.query<{ notified_version: number }>('select notified_version from notifier_state where id = 1'))[0]?.notified_version;

export const setNotifiedVersion = (db: Queryable, version: number) =>
  db.query(
    'insert into notifier_state (id, notified_version) values (1, $1) on conflict (id) do update set notified_version = excluded.notified_version',
    [version],
  );

/** Serialises notifiers (several instances on one PostgreSQL) for the rest of the transaction. */
export const lockNotifying = (db: Queryable) => db.query('select pg_advisory_xact_lock(7463)');

/** Inserts a notice; undefined when one with this dedupe key exists already. */
export const insertNotice = async (
  db: Queryable,
  notice: { kind: string; dedupeKey: string; topic: 'news' | 'operations'; municipalities: string[]; payload: NoticePayload; now: Date },
) =>
  (
    await db.query<{ id: number }>(
      `insert into notices (kind, dedupe_key, topic, municipalities, payload, created_at) values ($1, $2, $3, $4, $5, $6)
       on conflict (dedupe_key) do nothing returning id`,
      [notice.kind, notice.dedupeKey, notice.topic, notice.municipalities, JSON.stringify(notice.payload), notice.now],
    )
  )[0]?.id;

/**
 * One outbox row for every confirmed, deliverable subscriber of `topic` whose municipalities meet
 * the notice's (an empty list meets everyone). The Message-ID is stable per notice and subscriber.
 * Returns how many rows were queued.
 */
export async function fanOut(db: Queryable, noticeId: number, topic: string, municipalities: string[], host: string, now: Date): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `with queued as (
       insert into outbox (subscriber_id, kind, dedupe_key, message_id, notice_id, run_at, created_at)
       select s.id, 'notice', 'notice:' || $1::bigint || ':' || s.id, '<notice-' || $1::bigint || '.' || s.id || '@' || $2 || '>', $1::bigint, $3, $3
       from subscribers s
       where s.state = 'confirmed' and s.undeliverable_at is null and $4 = any (s.topics)
         and (cardinality($5::text[]) = 0 or s.municipalities && $5::text[])
       on conflict (dedupe_key) do nothing
       returning 1)
     select count(*)::int as n from queued`,
    [noticeId, host, now, topic, municipalities],
  );
  const count = rows[0]!.n;
  await db.query('update notices set recipients = recipients + $2 where id = $1', [noticeId, count]);
  return count;
}

/** Whether a window-new notice for `windowId` was made at or before `before` (so it deserves a reminder). */
export const announcedBefore = async (db: Queryable, windowId: string, before: Date) =>
  (
    await db.query(`select 1 from notices where kind = 'window-new' and payload->'window'->>'id' = $1 and created_at <= $2 limit 1`, [
      windowId,
      before,
    ])
  ).length > 0;

export interface NoticeForSending {
  id: number;
  payload: NoticePayload;
}

export const noticesById = (db: Queryable, ids: number[]) =>
  db.query<NoticeForSending>('select id, payload from notices where id = any($1)', [ids]);

export const subscriberCounts = async (db: Queryable) => {
  const confirmed = await db.query<{ municipality: string; topic: string; n: number }>(
    `select m as municipality, t as topic, count(*)::int as n
     from subscribers, unnest(municipalities) as m, unnest(topics) as t
     where state = 'confirmed' and undeliverable_at is null group by m, t`,
  );
  const [totals] = await db.query<{ confirmed: number; pending: number; unsubscribed: number; undeliverable: number }>(
    `select count(*) filter (where state = 'confirmed' and undeliverable_at is null)::int as confirmed,
            count(*) filter (where state = 'pending')::int as pending,
            count(*) filter (where state = 'unsubscribed')::int as unsubscribed,
            count(*) filter (where undeliverable_at is not null)::int as undeliverable
     from subscribers`,
  );
  return { confirmed, totals: totals! };
};

/** Distinct confirmed, deliverable `operations` subscribers of any of `municipalities` (empty: all). */
export const operationsAudience = async (db: Queryable, municipalities: string[]) =>
  (
    await db.query<{ n: number }>(
      `select count(*)::int as n from subscribers
       where state = 'confirmed' and undeliverable_at is null and 'operations' = any (topics)
         and (cardinality($1::text[]) = 0 or municipalities && $1::text[])`,
      [municipalities],
    )
  )[0]!.n;

/** The notices made for a published version, and how many of their emails were queued and sent. */
export const versionNoticeMail = async (db: Queryable, version: number) =>
  (
    await db.query<{ notices: number; queued: number; sent: number }>(
      `select count(distinct n.id)::int as notices, count(o.id)::int as queued, count(o.sent_at)::int as sent
       from notices n left join outbox o on o.notice_id = n.id
       where n.dedupe_key like $1`,
      [`v${version}:%`],
    )
  )[0]!;
