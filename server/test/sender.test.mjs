// The outbox's sender against a real SMTP peer: an outage loses nothing, a permanent refusal gives
// up after max_attempts, the Message-ID stays the same across retries, and senders sharing one
// database never send a row twice (FOR UPDATE SKIP LOCKED). PGlite and PostgreSQL.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../dist/db/open.js';
import { Sender, retryDelayMs } from '../dist/jobs/sender.js';
import { smtpTransport } from '../dist/mail/transport.js';
import { signUp } from '../dist/services/subscriptions.js';
import { subscriberCounts } from '../dist/db/queries/notices.js';
import { backends, freshPostgresDatabase } from './helpers/server.mjs';
import { startSmtpSink } from './helpers/smtp-sink.mjs';

const settings = { publicUrl: 'https://status.itcentrum.se', confirmationsPerAddress: 3 };
const choice = (email) => ({ email, topics: ['operations'], municipalities: ['tierp'], consentVersion: '2024-01', lang: 'sv', robot: false });
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(50);
  }
}

async function openDb(t, backend) {
  const dir = mkdtempSync(join(tmpdir(), 'itc-sender-'));
  const db = await openDatabase({ dataDir: dir, databaseUrl: backend === 'postgres' ? await freshPostgresDatabase() : undefined });
  t.after(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

test('retry delays double from the base and stop at 10 minutes', () => {
  assert.deepEqual([1, 2, 3, 4].map((n) => retryDelayMs(n)), [5_000, 10_000, 20_000, 40_000]);
  assert.equal(retryDelayMs(30), 600_000);
  assert.equal(retryDelayMs(2, 100), 200);
});

for (const backend of backends()) {
  describe(`sender (${backend})`, () => {
    test('an SMTP outage (4xx) loses nothing: delivered once the server accepts again, same Message-ID', async (t) => {
      const db = await openDb(t, backend);
      const smtp = await startSmtpSink();
      smtp.refuse(451);
      const transport = smtpTransport(smtp.url, 'IT-Centrum <noreply@itcentrum.se>');
      const sender = new Sender(db, transport, { retryBaseMs: 100, pollMs: 50 });
      t.after(async () => {
        await sender.stop();
        await transport.close();
        await smtp.close();
      });
      for (const email of ['a@tierp.se', 'b@tierp.se']) await signUp(db, choice(email), settings);
      const queued = await db.query('select message_id from outbox order by id');
      await sender.start();
      await until(async () => (await db.query('select min(attempts)::int as n from outbox'))[0].n >= 3);
      const [row] = await db.query('select sent_at, failed_at, last_error from outbox limit 1');
      assert.equal(row.sent_at, null);
      assert.equal(row.failed_at, null);
      assert.match(row.last_error, /451/);
      smtp.accept();
      await smtp.waitFor(2, 10_000);
      assert.deepEqual(smtp.messages.map((m) => m.parsed.messageId).sort(), queued.map((r) => r.message_id).sort());
      await until(async () => (await db.query('select count(*)::int as n from outbox where sent_at is not null'))[0].n === 2);
      // Sent rows keep no copy of the message or the address.
      assert.deepEqual(await db.query('select message, recipient from outbox'), [{ message: null, recipient: null }, { message: null, recipient: null }]);
    });

    test('a permanent refusal (5xx) gives up after max_attempts and keeps the reason without the address', async (t) => {
      const db = await openDb(t, backend);
      const smtp = await startSmtpSink();
      smtp.refuse(550, 'No such user: gone@tierp.se');
      const transport = smtpTransport(smtp.url, 'IT-Centrum <noreply@itcentrum.se>');
      const errors = [];
      const sender = new Sender(db, transport, { retryBaseMs: 50, pollMs: 50, onError: (text) => errors.push(text) });
      t.after(async () => {
        await sender.stop();
        await transport.close();
        await smtp.close();
      });
      await signUp(db, choice('gone@tierp.se'), settings);
      await sender.start();
      await until(async () => (await db.query('select failed_at from outbox'))[0].failed_at !== null);
      const [row] = await db.query('select attempts, last_error, message from outbox');
      assert.equal(row.attempts, 3);
      assert.match(row.last_error, /^550 /);
      assert.doesNotMatch(row.last_error + errors.join('\n'), /gone@tierp\.se/);
      assert.equal(row.message, null);
      assert.equal(smtp.messages.length, 0);
      // One hard bounce so far; after three the address is undeliverable and gets nothing more.
      assert.deepEqual(await db.query('select hard_bounces, undeliverable_at from subscribers'), [{ hard_bounces: 1, undeliverable_at: null }]);
      for (let i = 0; i < 2; i++) {
        await signUp(db, choice('gone@tierp.se'), settings);
        sender.wake();
        await until(async () => (await db.query('select count(*)::int as n from outbox where failed_at is null'))[0].n === 0);
      }
      const [subscriber] = await db.query('select hard_bounces, undeliverable_at from subscribers');
      assert.equal(subscriber.hard_bounces, 3);
      assert.ok(subscriber.undeliverable_at instanceof Date);
      const { totals } = await subscriberCounts(db);
      assert.equal(totals.undeliverable, 1);
    });

    test('two senders on one database send each of 60 messages exactly once', async (t) => {
      const db = await openDb(t, backend);
      const smtp = await startSmtpSink();
      const transports = [smtpTransport(smtp.url, 'x@itcentrum.se'), smtpTransport(smtp.url, 'x@itcentrum.se')];
      const senders = transports.map((transport) => new Sender(db, transport, { batchSize: 7, pollMs: 20 }));
      t.after(async () => {
        for (const sender of senders) await sender.stop();
        for (const transport of transports) await transport.close();
        await smtp.close();
      });
      for (let i = 0; i < 60; i++) await signUp(db, choice(`p${i}@tierp.se`), settings);
      await Promise.all(senders.map((sender) => sender.start()));
      await smtp.waitFor(60, 20_000);
      await wait(300);
      const recipients = smtp.messages.map((m) => m.envelopeTo[0]);
      assert.equal(recipients.length, 60);
      assert.equal(new Set(recipients).size, 60);
    });
  });
}
