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
    close: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}
