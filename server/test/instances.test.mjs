// Growing past one machine, and surviving a crash in the middle of a fan-out: two instances on
// one PostgreSQL serve each other's publishes within 2 s and send each notice once; a server
// killed with SIGKILL mid-fan-out delivers every notice after its restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../dist/db/open.js';
import { createPublishToken } from '../dist/services/publish-tokens.js';
import { backends, freshPostgresDatabase, startTestServer } from './helpers/server.mjs';
import { runCli, startServeProcess } from './helpers/process.mjs';
import { startSmtpSink } from './helpers/smtp-sink.mjs';
import { sampleDocument } from './helpers/documents.mjs';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function addSubscribers(db, count, prefix) {
  await db.query(
    `insert into subscribers (email, state, lang, topics, municipalities, consent_version, consented_at, created_at, confirmed_at)
     select $1 || n || '@tierp.se', 'confirmed', 'sv', array['operations'], array['tierp'], '2024-01', now(), now(), now()
     from generate_series(1, $2::int) as n`,
    [prefix, count],
  );
}

/** The sample with only its disruption (for all municipalities): one notice per subscriber. */
function disruptionOnly() {
  const doc = sampleDocument();
  doc.maintenance = [];
  return doc;
}

// Needs the test PostgreSQL cluster, which npm test always starts (and fails without).
if (backends().includes('postgres')) test('two instances on one PostgreSQL: a publish on one is served by the other within 2 s; each notice is sent once', async (t) => {
  const smtp = await startSmtpSink();
  const databaseUrl = await freshPostgresDatabase();
  const env = { SMTP_URL: smtp.url, DATABASE_URL: databaseUrl, NOTIFY_HOLD_SECONDS: '0' };
  const a = await startTestServer('pglite', env);
  const b = await startTestServer('pglite', env);
  t.after(async () => {
    await a.close();
    await b.close();
    await smtp.close();
  });
  assert.equal(a.db.kind, 'postgres');
  await addSubscribers(a.db, 40, 'two');
  const token = await createPublishToken(a.db, 'ops');
  const published = Date.now();
  const response = await fetch(a.url + '/status.json', {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(disruptionOnly()),
  });
  const { etag } = await response.json();
  let seenAfter;
  while (Date.now() - published < 5000) {
    if ((await fetch(b.url + '/status.json')).headers.get('etag') === etag) {
      seenAfter = Date.now() - published;
      break;
    }
    await wait(20);
  }
  assert.ok(seenAfter !== undefined && seenAfter < 2000, `served by the other instance after ${seenAfter} ms`);
  await smtp.waitFor(40, 20_000);
  await wait(2000);
  const recipients = smtp.messages.map((m) => m.envelopeTo[0]);
  assert.equal(recipients.length, 40);
  assert.equal(new Set(recipients).size, 40);
  console.log(`two instances: the other served the publish after ${seenAfter} ms; 40 subscribers, 40 messages`);
});

for (const backend of backends()) {
  test(`SIGKILL in the middle of a fan-out: after a restart every subscriber gets the notice (${backend})`, async (t) => {
    const smtp = await startSmtpSink({ parse: false, delayMs: 15 });
    const dataDir = mkdtempSync(join(tmpdir(), 'itc-fanout-'));
    const env = { SMTP_URL: smtp.url, NOTIFY_HOLD_SECONDS: '0', ...(backend === 'postgres' ? { DATABASE_URL: await freshPostgresDatabase() } : {}) };
    t.after(async () => {
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    // Subscribers and a token, before the server holds the folder.
    const db = await openDatabase({ dataDir, databaseUrl: env.DATABASE_URL });
    await addSubscribers(db, 300, 'kill');
    await db.close();
    const token = runCli(['token', 'create', '--name', 'ops', '--data', dataDir], env).stdout.trim().split('\n').at(-1);

    const first = await startServeProcess(['--data', dataDir], env);
    const response = await fetch(first.url + '/status.json', {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(disruptionOnly()),
    });
    assert.equal(response.status, 200);
    await smtp.waitFor(30, 20_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const beforeRestart = smtp.messages.length;
    assert.ok(beforeRestart < 300, `the kill came mid-fan-out (${beforeRestart} sent)`);

    const second = await startServeProcess(['--data', dataDir], env);
    t.after(() => second.child.kill('SIGKILL'));
    const everyone = Array.from({ length: 300 }, (_, i) => `kill${i + 1}@tierp.se`);
    const end = Date.now() + 60_000;
    while (new Set(smtp.messages.map((m) => m.envelopeTo[0])).size < 300 && Date.now() < end) await wait(100);
    const received = new Set(smtp.messages.map((m) => m.envelopeTo[0]));
    assert.deepEqual(everyone.filter((a) => !received.has(a)), []);
    const repeats = smtp.messages.length - received.size;
    assert.ok(repeats <= 50, `${repeats} repeated`);
    console.log(`SIGKILL mid-fan-out (${backend}): ${beforeRestart} of 300 sent before the kill, all 300 after the restart, ${repeats} repeated`);
  });
}
