/** Subscribers, their link tokens and the idempotency keys of their sign-ups. */
import type { Queryable } from '../db.js';

export type SubscriberState = 'pending' | 'confirmed' | 'unsubscribed';

export interface SubscriberRow {
  id: number;
  email: string;
  state: SubscriberState;
  lang: 'sv' | 'en';
  topics: string[];
  municipalities: string[];
  consent_version: string;
  consented_at: Date;
  created_at: Date;
  confirmed_at: Date | null;
  unsubscribed_at: Date | null;
}

const COLUMNS = 'id, email, state, lang, topics, municipalities, consent_version, consented_at, created_at, confirmed_at, unsubscribed_at';

/** The subscriber with this address, locked for the rest of the transaction. */
export const findSubscriberForUpdate = async (db: Queryable, email: string) =>
  (await db.query<SubscriberRow>(`select ${COLUMNS} from subscribers where email = $1 for update`, [email]))[0];

export const subscriberById = async (db: Queryable, id: number) =>
  (await db.query<SubscriberRow>(`select ${COLUMNS} from subscribers where id = $1`, [id]))[0];

export interface SignUpChoice {
  email: string;
  lang: string;
  topics: string[];
  municipalities: string[];
  consentVersion: string;
}

/** Inserts a pending subscriber; when the address is known already, returns nothing. */
export const insertPendingSubscriber = async (db: Queryable, c: SignUpChoice, now: Date) =>
  (
    await db.query<SubscriberRow>(
      `insert into subscribers (email, state, lang, topics, municipalities, consent_version, consented_at, created_at)
       values ($1, 'pending', $2, $3, $4, $5, $6, $6) on conflict (email) do nothing returning ${COLUMNS}`,
      [c.email, c.lang, c.topics, c.municipalities, c.consentVersion, now],
    )
  )[0];

/** A pending (or unsubscribed, signing up anew) subscriber takes the latest choices and consent. */
export const renewPendingSubscriber = (db: Queryable, id: number, c: SignUpChoice, now: Date) =>
  db.query(
    `update subscribers set state = 'pending', lang = $2, topics = $3, municipalities = $4, consent_version = $5,
       consented_at = $6, unsubscribed_at = null, created_at = case when state = 'unsubscribed' then $6 else created_at end
     where id = $1`,
    [id, c.lang, c.topics, c.municipalities, c.consentVersion, now],
  );

export const confirmSubscriber = (db: Queryable, id: number, now: Date) =>
  db.query(`update subscribers set state = 'confirmed', confirmed_at = $2 where id = $1 and state = 'pending'`, [id, now]);

export const updateChoices = (db: Queryable, id: number, topics: string[], municipalities: string[]) =>
  db.query('update subscribers set topics = $2, municipalities = $3 where id = $1', [id, topics, municipalities]);

export const unsubscribe = (db: Queryable, id: number, now: Date) =>
  db.query(`update subscribers set state = 'unsubscribed', unsubscribed_at = $2 where id = $1 and state <> 'unsubscribed'`, [id, now]);

/** Erases the subscriber; tokens, idempotency keys and outbox rows go with it (on delete cascade). */
export const deleteSubscriber = (db: Queryable, id: number) => db.query('delete from subscribers where id = $1', [id]);

export interface NewToken {
  hash: string;
  purpose: 'confirm' | 'manage';
  expires: Date | null;
}

/** Stores the hashes of new link tokens of one subscriber, in one statement. */
export const insertSubscriberTokens = (db: Queryable, id: number, tokens: NewToken[], now: Date) =>
  db.query(
    `insert into subscriber_tokens (token_hash, subscriber_id, purpose, created_at, expires_at)
     select t.hash, $1, t.purpose, $2, t.expires from unnest($3::text[], $4::text[], $5::timestamptz[]) as t(hash, purpose, expires)`,
    [id, now, tokens.map((t) => t.hash), tokens.map((t) => t.purpose), tokens.map((t) => t.expires)],
  );

/** The subscriber a still valid token of `purpose` opens. */
export const subscriberByToken = async (db: Queryable, hash: string, purpose: 'confirm' | 'manage', now: Date) =>
  (
    await db.query<SubscriberRow & { token_hash: string }>(
      `select s.id, s.email, s.state, s.lang, s.topics, s.municipalities, s.consent_version, s.consented_at, s.created_at,
              s.confirmed_at, s.unsubscribed_at, t.token_hash
       from subscriber_tokens t join subscribers s on s.id = t.subscriber_id
       where t.token_hash = $1 and t.purpose = $2 and (t.expires_at is null or t.expires_at > $3)`,
      [hash, purpose, now],
    )
  )[0];

export const deleteConfirmTokens = (db: Queryable, id: number) =>
  db.query(`delete from subscriber_tokens where subscriber_id = $1 and purpose = 'confirm'`, [id]);

export interface IdempotentAnswer {
  status: number;
  body: string;
}

export const findIdempotencyKey = async (db: Queryable, key: string, since: Date) =>
  (await db.query<IdempotentAnswer>('select status, body from idempotency_keys where key = $1 and created_at > $2', [key, since]))[0];

/** Keeps the first answer to a key (a concurrent duplicate keeps the first). */
export const saveIdempotencyKey = (db: Queryable, key: string, id: number | null, answer: IdempotentAnswer, now: Date) =>
  db.query(
    `insert into idempotency_keys (key, subscriber_id, status, body, created_at) values ($1, $2, $3, $4, $5)
     on conflict (key) do update set subscriber_id = excluded.subscriber_id, status = excluded.status, body = excluded.body, created_at = excluded.created_at
     where idempotency_keys.created_at <= $6`,
    [key, id, answer.status, answer.body, now, new Date(now.getTime() - 86_400_000)],
  );

/** Everything stored about a subscriber except secrets, for "Hämta mina uppgifter". */
export const exportRows = async (db: Queryable, id: number) => ({
  tokens: await db.query<{ purpose: string; created_at: Date; expires_at: Date | null }>(
    'select purpose, created_at, expires_at from subscriber_tokens where subscriber_id = $1 order by created_at',
    [id],
  ),
  mail: await db.query<{ kind: string; created_at: Date; sent_at: Date | null; failed_at: Date | null }>(
    'select kind, created_at, sent_at, failed_at from outbox where subscriber_id = $1 order by created_at',
    [id],
  ),
  idempotencyKeys: await db.query<{ key: string; created_at: Date }>('select key, created_at from idempotency_keys where subscriber_id = $1', [id]),
});
