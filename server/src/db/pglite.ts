/**
 * The embedded default: PGlite (PostgreSQL compiled to WebAssembly) in `<data>/pgdata`.
 *
 * PGlite keeps the whole database in one process. A second process opening the same folder would
 * corrupt it, so a lock file (`<data>/pgdata.lock`, holding the owner's pid) keeps it to one; a
 * lock left by a process that no longer runs is taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DatabaseOpenError, type Db, type Queryable } from './db.js';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock file or throws a DatabaseOpenError naming the process that holds it. */
function lockFolder(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockPath, 'utf8'));
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new DatabaseOpenError(
          `Datamappen används redan av en annan process (pid ${owner}), troligen en körande itc-status-server. ` +
            `PGlite tillåter en process per mapp: stoppa servern först, eller använd DATABASE_URL.\n` +
            `The data folder is in use by another process (pid ${owner}), probably a running itc-status-server. ` +
            `PGlite allows one process per folder: stop the server first, or use DATABASE_URL.`,
        );
      }
      rmSync(lockPath, { force: true }); // left behind by a process that has ended
    }
  }
  throw new DatabaseOpenError(`Could not lock ${lockPath}.`);
}

export async function openPglite(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockFolder(join(dataDir, 'pgdata.lock'));
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(join(dataDir, 'pgdata'));
  } catch (error) {
    unlock();
    throw error;
  }
  const run = async <Row>(target: Pick<PGlite, 'query'>, sql: string, params: unknown[] = []) =>
    (await target.query<Row>(sql, params)).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => run(pglite, sql, params),
    exec: async (sql) => void (await pglite.exec(sql)),
    // One process holds the folder: nobody else publishes, so there is nothing to hear.
    listen: async () => async () => {},
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({ query: (sql, params) => run(tx, sql, params), exec: async (sql) => void (await tx.exec(sql)) } satisfies Queryable),
      ),
    async close() {
      if (pglite.closed) return;
      await pglite.close();
      unlock();
    },
  };
}
