/**
 * Forward-only migrations: `migrations/NNNN_name.sql`, applied in order, each in one transaction
 * under an advisory lock, so two processes starting at once on one PostgreSQL apply it once.
 * A checksum per file catches a migration edited after it ran; a database that knows a migration
 * this build does not is refused.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { DatabaseOpenError, type Db } from './db.js';

const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(new URL(file, dir), 'utf8');
      return { version: Number(file.slice(0, 4)), name: file, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export async function migrate(db: Db, migrations: Migration[] = readMigrations()): Promise<number> {
  await db.query(`create table if not exists schema_migrations (
    version integer primary key, name text not null, checksum text not null, applied_at timestamptz not null default now())`);
  const applied = new Map(
    (await db.query<{ version: number; checksum: string }>('select version, checksum from schema_migrations')).map((r) => [r.version, r.checksum]),
  );
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...applied.keys()].filter((v) => !known.has(v));
  if (unknown.length > 0) {
    throw new DatabaseOpenError(`The database has migration ${Math.max(...unknown)}, newer than this itc-status-server knows: upgrade the server.`);
  }
  let count = 0;
  for (const migration of migrations) {
    const checksum = applied.get(migration.version);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) throw new DatabaseOpenError(`Migration ${migration.name} was changed after it was applied.`);
      continue;
    }
    const ran = await db.transaction(async (tx) => {
      // Two servers starting at once on one PostgreSQL: the second waits here, then sees the row.
      await tx.query('select pg_advisory_xact_lock(7461)');
      const done = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (done.length > 0) return false;
      await tx.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [migration.version, migration.name, migration.checksum]);
      await tx.exec(migration.sql);
      return true;
    });
    if (ran) count++;
  }
  return count;
}
