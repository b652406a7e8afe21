// Test servers: the real status host (startServer) listening on 127.0.0.1, on PGlite in a temp
// folder or on a fresh database of the test PostgreSQL cluster (ITC_TEST_POSTGRES_URL), with
// mail to an SMTP sink. `backends()` names the databases this run covers.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../dist/config.js';
import { startServer } from '../../dist/server.js';
import { openDatabase } from '../../dist/db/open.js';

/** PGlite always; PostgreSQL when the test run started a cluster (scripts/test.mjs does). */
export function backends() {
  return process.env.ITC_TEST_POSTGRES_URL ? ['pglite', 'postgres'] : ['pglite'];
}

let databaseCount = 0;

/** A new empty database on the test cluster; its URL. */
export async function freshPostgresDatabase() {
  const admin = new pg.Client({ connectionString: process.env.ITC_TEST_POSTGRES_URL });
  await admin.connect();
  const name = `itc_test_${process.pid}_${++databaseCount}_${Date.now()}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.ITC_TEST_POSTGRES_URL);
  url.pathname = '/' + name;
  return url.href;
}

let pgliteTemplate;

/**
 * A migrated, empty PGlite folder, made once per test process. Each test server starts on a copy:
 * a new folder takes about 5 s to initialise, a copy well under 1 s.
 */
function migratedPglite() {
  pgliteTemplate ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itc-pglite-template-'));
    await (await openDatabase({ dataDir: dir })).close();
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return join(dir, 'pgdata');
  })();
  return pgliteTemplate;
}

/** Environment for a server on `backend`: DATABASE_URL for PostgreSQL, a temp DATA_DIR always (on PGlite, with the migrated database in it). */
export async function backendEnv(backend) {
  const dataDir = mkdtempSync(join(tmpdir(), 'itc-server-test-'));
  if (backend === 'pglite') cpSync(await migratedPglite(), join(dataDir, 'pgdata'), { recursive: true });
  // Links in emails name the public host; tests request their paths from the test server.
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: 'https://status.itcentrum.se' };
  if (backend === 'postgres') env.DATABASE_URL = await freshPostgresDatabase();
  return { env, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/**
 * Starts the status host in this process. `env` adds settings (SMTP_URL, limits…).
 * Resolves to the running server plus `close()` that stops it and removes its data folder.
 */
export async function startTestServer(backend, env = {}, t) {
  const base = await backendEnv(backend);
  const config = loadConfig({ port: '0', host: '127.0.0.1' }, { ...base.env, ...env });
  const server = await startServer(config);
  const running = { ...server, config, env: { ...base.env, ...env } };
  running.close = async () => {
    await server.stop();
    base.cleanup();
  };
  t?.after(() => running.close());
  return running;
}
