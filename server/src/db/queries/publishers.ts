/** The desk's publishers, their one-time sign-in links and their sessions (hashes only). */
import type { Queryable } from '../db.js';

export interface PublisherRow {
  id: number;
  email: string;
  added_at: Date;
}

/** Adds a publisher; false when the address is listed already. */
export const insertPublisher = async (db: Queryable, email: string, now: Date) =>
  (await db.query('insert into publishers (email, added_at) values ($1, $2) on conflict (email) do nothing returning id', [email, now])).length > 0;

export const listPublishers = (db: Queryable) => db.query<PublisherRow>('select id, email, added_at from publishers order by email');

export const deletePublisher = async (db: Queryable, email: string) =>
  (await db.query('delete from publishers where email = $1 returning id', [email])).length > 0;

export const publisherByEmail = async (db: Queryable, email: string) =>
  (await db.query<PublisherRow>('select id, email, added_at from publishers where email = $1', [email]))[0];

/** How many sign-in links the publisher was sent since `since` (the per-address limit). */
export const linksSince = async (db: Queryable, publisherId: number, since: Date) =>
  (await db.query<{ n: number }>('select count(*)::int as n from publisher_links where publisher_id = $1 and created_at > $2', [publisherId, since]))[0]!.n;

export const insertLink = (db: Queryable, hash: string, publisherId: number, now: Date, expiresAt: Date) =>
  db.query('insert into publisher_links (token_hash, publisher_id, created_at, expires_at) values ($1, $2, $3, $4)', [hash, publisherId, now, expiresAt]);

/** Whether a link is valid (known, unused, not expired) — without using it. */
export const linkIsValid = async (db: Queryable, hash: string, now: Date) =>
  (await db.query('select 1 from publisher_links where token_hash = $1 and used_at is null and expires_at > $2', [hash, now])).length > 0;

/** Uses a valid link, once: the publisher's id, or undefined when it is not valid (any more). */
export const useLink = async (db: Queryable, hash: string, now: Date) =>
  (
    await db.query<{ publisher_id: number }>(
      'update publisher_links set used_at = $2 where token_hash = $1 and used_at is null and expires_at > $2 returning publisher_id',
      [hash, now],
    )
  )[0]?.publisher_id;

export const insertSession = (db: Queryable, hash: string, publisherId: number, now: Date, expiresAt: Date) =>
  db.query('insert into publisher_sessions (token_hash, publisher_id, created_at, expires_at) values ($1, $2, $3, $4)', [hash, publisherId, now, expiresAt]);

/** The publisher of a live session. */
export const sessionPublisher = async (db: Queryable, hash: string, now: Date) =>
  (
    await db.query<PublisherRow & { expires_at: Date }>(
      `select p.id, p.email, p.added_at, s.expires_at from publisher_sessions s join publishers p on p.id = s.publisher_id
       where s.token_hash = $1 and s.expires_at > $2`,
      [hash, now],
    )
  )[0];

export const deleteSession = (db: Queryable, hash: string) => db.query('delete from publisher_sessions where token_hash = $1', [hash]);

/** Forgets expired links (used ones stay until then: they count towards the limit) and ended sessions. */
export const deleteStaleSignIns = async (db: Queryable, now: Date) => {
  await db.query('delete from publisher_links where expires_at <= $1', [now]);
  await db.query('delete from publisher_sessions where expires_at <= $1', [now]);
};
