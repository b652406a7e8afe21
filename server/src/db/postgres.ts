/** PostgreSQL through `pg`: a connection pool, one client per transaction. */
import pg from 'pg';
import type { Db, Queryable } from './db.js';

// bigint ids (int8) fit in a double for this application's sizes: read them as numbers.
pg.types.setTypeParser(20, (value) => Number(value));

export async function openPostgres(url: string, poolSize = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A pool reports errors of idle clients (server restarts) here; the next query reconnects.
  pool.on('error', () => {});
  const query = async <Row>(client: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = []) =>
    (await client.query(sql, params)).rows as Row[];
  return {
    kind: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(work) {
      const client = await pool.connect();
      const tx: Queryable = { query: (sql, params) => query(client, sql, params), exec: async (sql) => void (await client.query(sql)) };
      try {
        await client.query('begin');
        const result = await work(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify) {
      if (!/^[a-z_]+$/.test(channel)) throw new Error(`Bad channel name: ${channel}`);
      // A connection of its own, kept open; reconnected after a failure (a restarted server).
      let client: pg.Client | undefined;
      let stopped = false;
      const connect = async (): Promise<void> => {
        if (stopped) return;
        const next = new pg.Client({ connectionString: url });
        next.on('notification', (message) => message.channel === channel && onNotify(message.payload ?? ''));
        next.on('error', () => {
          next.end().catch(() => {});
          if (!stopped) setTimeout(() => void connect().catch(() => {}), 1000).unref();
        });
        await next.connect();
        await next.query(`listen ${channel}`);
        client = next;
      };
      await connect();
      return async () => {
        stopped = true;
        await client?.end().catch(() => {});
      };
    },
    close: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}
