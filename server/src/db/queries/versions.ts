/** Published versions of the status document. */
import type { Queryable } from '../db.js';

export interface VersionRow {
  version: number;
  body: string;
  etag: string;
  published_at: Date;
  published_by: string;
}

export const latestVersion = async (db: Queryable) =>
  (await db.query<VersionRow>('select version, body, etag, published_at, published_by from status_versions order by version desc limit 1'))[0];

export const versionByNumber = async (db: Queryable, version: number) =>
  (await db.query<VersionRow>('select version, body, etag, published_at, published_by from status_versions where version = $1', [version]))[0];

/** The version published just before `version`. */
export const versionBefore = async (db: Queryable, version: number) =>
  (
    await db.query<VersionRow>(
      'select version, body, etag, published_at, published_by from status_versions where version < $1 order by version desc limit 1',
      [version],
    )
  )[0];

/** The newest version with this ETag (a document published again has the same one). */
export const versionByEtag = async (db: Queryable, etag: string) =>
  (await db.query<VersionRow>('select version, body, etag, published_at, published_by from status_versions where etag = $1 order by version desc limit 1', [etag]))[0];

export const listVersions = (db: Queryable, limit: number) =>
  db.query<Omit<VersionRow, 'body'>>(
    'select version, etag, published_at, published_by from status_versions order by version desc limit $1',
    [limit],
  );

export const insertVersion = async (db: Queryable, body: string, etag: string, now: Date, by: string) =>
  (
    await db.query<{ version: number }>(
      'insert into status_versions (body, etag, published_at, published_by) values ($1, $2, $3, $4) returning version',
      [body, etag, now, by],
    )
  )[0]!.version;

/** Serialises publishes: held until the transaction ends (PostgreSQL and PGlite alike). */
export const lockPublishing = (db: Queryable) => db.query('select pg_advisory_xact_lock(7462)');

/** Channel on which a publish is announced to every instance (payload: the version number). */
export const PUBLISHED_CHANNEL = 'itc_status_published';

/** Tells every listening instance, when the transaction commits, that a version was published. */
export const announcePublish = (db: Queryable, version: number) => db.query('select pg_notify($1, $2)', [PUBLISHED_CHANNEL, String(version)]);
