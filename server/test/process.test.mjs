// The command as an operator meets it: --help, tokens, the data folder's lock, SIGTERM with a
// request in flight, and SIGKILL right after a burst of sign-ups (no confirmation lost).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startServeProcess } from './helpers/process.mjs';
import { startSmtpSink } from './helpers/smtp-sink.mjs';
import { currentSample } from './helpers/documents.mjs';
import { postSignUp, signUpBody } from './helpers/sign-up.mjs';

function dataDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'itc-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('--help explains commands, flags and environment in Swedish and English', () => {
  const { status, stdout } = runCli(['--help']);
  assert.equal(status, 0);
  for (const text of ['token create --name', 'DATABASE_URL', 'SMTP_URL', 'PUBLIC_URL', 'TRUST_PROXY', 'MAIL_FROM', '--data', 'SVENSKA', 'ENGLISH', 'publicerar ingenting', 'publishes nothing']) {
    assert.ok(stdout.includes(text), text);
  }
  const wrong = runCli(['publish']);
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /Okänt kommando \/ Unknown command: publish/);
  assert.equal(runCli(['--port', 'abc']).status, 2);
});

test('tokens: create prints the token alone on the last line (stored only as a hash), list, revoke; on a fresh folder', async (t) => {
  const dir = dataDir(t);
  const created = runCli(['token', 'create', '--name', 'driftdesk', '--data', dir]);
  assert.equal(created.status, 0, created.stderr);
  const token = created.stdout.trim().split('\n').at(-1);
  assert.match(token, /^itcp_[\w-]{43}$/);
  assert.equal(runCli(['token', 'create', '--name', 'driftdesk', '--data', dir]).status, 1); // name taken
  assert.equal(runCli(['token', 'create', '--data', dir]).status, 2); // no name
  const list = runCli(['token', 'list', '--data', dir]);
  assert.match(list.stdout, /^driftdesk\t\d{4}-/m);
  assert.ok(!list.stdout.includes(token));

  // The token publishes; after revoke it does not.
  const server = await startServeProcess(['--data', dir]);
  let response = await fetch(server.url + '/status.json', { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: currentSample() });
  assert.equal(response.status, 200);
  // While the server holds the folder, a second process is told so clearly.
  const locked = runCli(['token', 'list', '--data', dir]);
  assert.equal(locked.status, 1);
  assert.match(locked.stderr, /Datamappen används redan av en annan process/);
  assert.match(locked.stderr, /The data folder is in use by another process/);
  server.child.kill('SIGTERM');
  assert.deepEqual(await server.exited, { code: 0, signal: null });
  assert.doesNotMatch(server.output(), new RegExp(token));

  assert.equal(runCli(['token', 'revoke', 'driftdesk', '--data', dir]).status, 0);
  assert.equal(runCli(['token', 'revoke', 'driftdesk', '--data', dir]).status, 1);
  const again = await startServeProcess(['--data', dir]);
  t.after(() => again.child.kill('SIGKILL'));
  response = await fetch(again.url + '/status.json', { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: currentSample() });
  assert.equal(response.status, 401);
  // serve itself published nothing: what is served is the earlier publish.
  assert.equal((await fetch(again.url + '/status.json')).status, 200);
});

test('SIGTERM: the request in flight completes, then the process exits 0', async (t) => {
  const dir = dataDir(t);
  const token = runCli(['token', 'create', '--name', 'ops', '--data', dir]).stdout.trim().split('\n').at(-1);
  const server = await startServeProcess(['--data', dir]);
  const body = Buffer.from(currentSample());
  // A publish whose body arrives in two halves, with SIGTERM in between.
  const answer = new Promise((resolve, reject) => {
    const req = request(server.url + '/status.json', {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': body.length },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    req.write(body.subarray(0, 100));
    setTimeout(() => {
      server.child.kill('SIGTERM');
      setTimeout(() => req.end(body.subarray(100)), 300);
    }, 200);
  });
  const { status } = await answer;
  assert.equal(status, 200);
  assert.deepEqual(await server.exited, { code: 0, signal: null });
  // It was committed: a new process serves it.
  const next = await startServeProcess(['--data', dir]);
  t.after(() => next.child.kill('SIGKILL'));
  assert.equal(await (await fetch(next.url + '/status.json')).text(), body.toString());
});

test('SIGKILL right after a burst of 202s: after a restart every address gets its confirmation', async (t) => {
  const dir = dataDir(t);
  const smtp = await startSmtpSink();
  t.after(() => smtp.close());
  const env = { SMTP_URL: smtp.url, SIGNUPS_PER_CLIENT: '1000' };
  const first = await startServeProcess(['--data', dir], env);
  const addresses = Array.from({ length: 80 }, (_, i) => `kill${i}@tierp.se`);
  const answers = await Promise.all(addresses.map((email) => postSignUp(first, signUpBody({ email }))));
  assert.deepEqual(new Set(answers.map((r) => r.status)), new Set([202]));
  first.child.kill('SIGKILL');
  await first.exited;
  const beforeRestart = smtp.messages.length;

  const second = await startServeProcess(['--data', dir], env);
  t.after(() => second.child.kill('SIGKILL'));
  const end = Date.now() + 30_000;
  while (new Set(smtp.messages.map((m) => m.envelopeTo[0])).size < addresses.length && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const received = new Set(smtp.messages.map((m) => m.envelopeTo[0]));
  assert.deepEqual(addresses.filter((a) => !received.has(a)), []);
  // At most the messages in flight at the kill (one claimed batch) were sent twice.
  const repeats = smtp.messages.length - received.size;
  assert.ok(repeats <= 50, `${repeats} repeated (${beforeRestart} had arrived before the restart)`);
  // No address in the server's output.
  assert.doesNotMatch(first.output() + second.output(), /kill\d+@tierp\.se/);
});

test('the desk as an operator runs it: publisher add before serve, sign-in and publish over SMTP; no address or link in the log', async (t) => {
  const dir = dataDir(t);
  const smtp = await startSmtpSink();
  t.after(() => smtp.close());
  const added = runCli(['publisher', 'add', 'anna.publicist@itcentrum.se'], { DATA_DIR: dir });
  assert.equal(added.status, 0, added.stderr);
  const server = await startServeProcess([], { DATA_DIR: dir, SMTP_URL: smtp.url, PUBLIC_URL: 'https://status.itcentrum.se', NOTIFY_HOLD_SECONDS: '0' });
  t.after(() => server.child.kill('SIGKILL'));
  const form = { method: 'POST', headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=anna.publicist%40itcentrum.se' };
  assert.equal((await fetch(server.url + '/desk/logga-in', form)).status, 200);
  const [mail] = await smtp.waitFor(1);
  const link = new URL(mail.parsed.text.match(/https:\/\/\S+/)[0]);
  // A link scanner's GET, then the publisher's POST.
  assert.equal((await fetch(server.url + link.pathname)).status, 200);
  const signedIn = await fetch(server.url + link.pathname, { method: 'POST', headers: { origin: server.url }, redirect: 'manual' });
  const cookie = signedIn.headers.get('set-cookie').split(';')[0];
  const published = await fetch(server.url + '/desk/api/publish', {
    method: 'POST',
    headers: { cookie, origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ document: currentSample(), basedOn: null }),
  });
  assert.equal(published.status, 200);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.match(server.output(), /"publisher":"desk".*status document published/);
  assert.doesNotMatch(server.output(), /anna\.publicist|@itcentrum\.se/);
  assert.doesNotMatch(server.output(), new RegExp(link.pathname.split('/').pop()));
});
