// What a newcomer meets: `npm start` (scripts/start-demo.mjs) publishes the sample once and serves
// the demo; without SMTP_URL mail lands in the dev mailbox at /dev/mail with its links; expired
// sign-ups are swept; TRUST_PROXY decides whose address the rate limit counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sweep } from '../dist/jobs/sweeper.js';
import { signUp } from '../dist/services/subscriptions.js';
import { freePort } from './helpers/net.mjs';
import { startTestServer } from './helpers/server.mjs';
import { postSignUp, signUpBody, subscriberState } from './helpers/sign-up.mjs';

const START_DEMO = fileURLToPath(new URL('../../scripts/start-demo.mjs', import.meta.url));

async function startDemo(dataDir) {
  const port = await freePort();
  const child = spawn(process.execPath, [START_DEMO], { env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 30_000;
  while (!output.includes('Demo: ')) {
    if (child.exitCode !== null || Date.now() > end) throw new Error(`start-demo did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, child, exited, output: () => output };
}

test('npm start: the demo and the sample published on first start only; sign up and confirm through the dev mailbox', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'itc-demo-'));
  t.after(() => rmSync(dataDir, { recursive: true, force: true }));
  let demo = await startDemo(dataDir);
  const first = demo;
  t.after(() => first.child.kill('SIGKILL'));
  assert.match(demo.output(), /Publicerade demodokumentet/);
  const status = await fetch(demo.url + '/status.json');
  assert.equal(status.status, 200);
  const doc = await status.json();
  assert.equal(doc.disruptions[0].title, 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.');
  assert.ok(doc.maintenance.every((w) => Date.parse(w.end.slice(0, 10)) > Date.now() - 86_400_000), 'windows moved ahead');
  for (const path of ['/demo/', '/demo/subscribe.html', '/dist/itc-status.js', '/widgets/itc-status.js', '/demo/api/status.json?scenario=windows']) {
    assert.equal((await fetch(demo.url + path)).status, 200, path);
  }
  assert.match(await (await fetch(demo.url + '/demo/subscribe.html')).text(), /action="\/api\/subscribe"/);

  // Sign up as the demo page does; the confirmation is in the dev mailbox, and printed with its link.
  assert.equal((await postSignUp(demo, signUpBody({ email: 'nykomling@tierp.se' }))).status, 202);
  let list;
  for (let i = 0; i < 50 && !(list = await (await fetch(demo.url + '/dev/mail')).text()).includes('Bekräfta'); i++) await new Promise((r) => setTimeout(r, 100));
  assert.match(list, /nykomling@tierp\.se/);
  const id = /href="\/dev\/mail\/([\w-]+)"/.exec(list)[1];
  const message = await (await fetch(demo.url + '/dev/mail/' + id)).text();
  const link = /href="(http:\/\/localhost:\d+\/prenumeration\/bekrafta\/[\w-]+)"/.exec(message)[1];
  assert.match(demo.output(), /Dev-post .*Bekräfta din prenumeration.* → http:\/\/localhost:\d+\/prenumeration\/bekrafta\//);
  assert.doesNotMatch(demo.output(), /nykomling/);
  const confirmed = await fetch(demo.url + new URL(link).pathname, { method: 'POST' });
  assert.match(await confirmed.text(), /Tack! Du prenumererar nu/);

  // The demo publisher signs in to the desk the same way: the link is in the dev mailbox.
  const asked = await fetch(demo.url + '/desk/logga-in', {
    method: 'POST',
    headers: { origin: demo.url, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'email=publicist%40itcentrum.se',
  });
  assert.match(await asked.text(), /har vi skickat en inloggningslänk dit/);
  for (let i = 0; i < 50 && !(list = await (await fetch(demo.url + '/dev/mail')).text()).includes('inloggningslänk'); i++) await new Promise((r) => setTimeout(r, 100));
  const signInId = /href="\/dev\/mail\/([\w-]+)"/.exec(list)[1];
  const signInLink = /href="(http:\/\/localhost:\d+\/desk\/logga-in\/[\w-]+)"/.exec(await (await fetch(demo.url + '/dev/mail/' + signInId)).text())[1];
  const signedIn = await fetch(demo.url + new URL(signInLink).pathname, { method: 'POST', headers: { origin: demo.url }, redirect: 'manual' });
  assert.equal(signedIn.status, 303);
  const desk = await fetch(demo.url + '/desk/', { headers: { cookie: signedIn.headers.get('set-cookie').split(';')[0] } });
  assert.match(await desk.text(), /<itc-desk><\/itc-desk>/);
  assert.match(demo.output(), /Publicera \/ Publish: http:\/\/127\.0\.0\.1:\d+\/desk\//);
  assert.doesNotMatch(demo.output(), /publicist@/, 'no address is printed');
  assert.match(demo.output(), /Dev-post .*Din inloggningslänk.* → http:\/\/localhost:\d+\/desk\/logga-in\//);
  demo.child.kill('SIGTERM');
  assert.equal(await demo.exited, 0);

  // A second start serves what was published; it publishes nothing new.
  demo = await startDemo(dataDir);
  t.after(() => demo.child.kill('SIGKILL'));
  assert.doesNotMatch(demo.output(), /Publicerade demodokumentet/);
  assert.deepEqual(await (await fetch(demo.url + '/status.json')).json(), doc);
});

test('the sweeper deletes pending sign-ups and their links after 7 days, idempotency keys after 24 hours; confirmed ones stay', async (t) => {
  const server = await startTestServer('pglite', {}, t);
  const settings = { publicUrl: 'https://status.itcentrum.se', confirmationsPerAddress: 3 };
  const choice = (email, idempotencyKey) => ({ email, topics: ['news'], municipalities: ['heby'], consentVersion: '2024-01', lang: 'sv', robot: false, idempotencyKey });
  const start = new Date();
  await signUp(server.db, choice('vantar@heby.se', 'key-pending-0001'), settings, start);
  await signUp(server.db, choice('klar@heby.se'), settings, start);
  await server.db.query(`update subscribers set state = 'confirmed' where email = 'klar@heby.se'`);
  await sweep(server.db, new Date(start.getTime() + 2 * 86_400_000));
  assert.equal((await server.db.query('select count(*)::int as n from idempotency_keys'))[0].n, 0);
  assert.equal((await subscriberState(server.db, 'vantar@heby.se')).state, 'pending');
  await sweep(server.db, new Date(start.getTime() + 7 * 86_400_000 + 1000));
  assert.equal(await subscriberState(server.db, 'vantar@heby.se'), undefined);
  assert.equal((await subscriberState(server.db, 'klar@heby.se')).state, 'confirmed');
  const links = await server.db.query(`select purpose from subscriber_tokens order by purpose`);
  assert.deepEqual(links.map((l) => l.purpose), ['manage']); // the confirmed one's manage link; no expired confirm link
});

test('TRUST_PROXY: X-Forwarded-For counts only from a trusted proxy', async (t) => {
  const limits = { SIGNUPS_PER_CLIENT: '2' };
  const behind = await startTestServer('pglite', { ...limits, TRUST_PROXY: '127.0.0.1' }, t);
  const open = await startTestServer('pglite', limits, t);
  const send = (server, client, n) => postSignUp(server, signUpBody({ email: `p${n}@tierp.se` }), { 'x-forwarded-for': client });
  // Behind the trusted proxy: each client has its own allowance.
  for (const [client, n] of [['10.1.1.1', 1], ['10.1.1.1', 2], ['10.2.2.2', 3], ['10.2.2.2', 4]]) assert.equal((await send(behind, client, n)).status, 202);
  assert.equal((await send(behind, '10.1.1.1', 5)).status, 429);
  // Not trusted: the header is ignored and every request is the peer's.
  assert.equal((await send(open, '10.1.1.1', 1)).status, 202);
  assert.equal((await send(open, '10.2.2.2', 2)).status, 202);
  assert.equal((await send(open, '10.3.3.3', 3)).status, 429);
});
