/** Publishing tokens (stored as hashes). */
import type { Queryable } from '../db.js';

export interface PublishTokenRow {
  name: string;
  token_hash: string;
  created_at: Date;
  last_used_at: Date | null;
}

export const insertPublishToken = (db: Queryable, name: string, hash: string, now: Date) =>
  db.query('insert into publish_tokens (name, token_hash, created_at) values ($1, $2, $3)', [name, hash, now]);

export const listPublishTokens = (db: Queryable) =>
  db.query<PublishTokenRow>('select name, token_hash, created_at, last_used_at from publish_tokens order by name');

export const deletePublishToken = async (db: Queryable, name: string) =>
  (await db.query('delete from publish_tokens where name = $1 returning name', [name])).length > 0;

export const findPublishToken = async (db: Queryable, hash: string) =>
  (await db.query<PublishTokenRow>('select name, token_hash, created_at, last_used_at from publish_tokens where token_hash = $1', [hash]))[0];

export const touchPublishToken = (db: Queryable, name: string, now: Date) =>
  db.query('update publish_tokens set last_used_at = $2 where name = $1', [name, now]);
