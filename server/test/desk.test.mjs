// The publisher's desk over real HTTP and SMTP: the publisher list, signing in by emailed link
// (GET never signs in; one use; 15 minutes; limits), the session cookie, Origin checks, and the
// desk's API — publishing under the publisher's address, conflicts, estimates, delivery, counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backends, startTestServer } from './helpers/server.mjs';
import { startSmtpSink } from './helpers/smtp-sink.mjs';
import { runCli } from './helpers/process.mjs';
import { currentSample, sampleDocument } from './helpers/documents.mjs';
import { askForLink, deskApi, fromDesk, OTHER_PUBLISHER, PUBLISHER, signIn, signInPathFor, statusOf } from './helpers/desk.mjs';
import { addPublisher } from '../dist/desk/publishers.js';
import { createPublishToken } from '../dist/services/publish-tokens.js';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('publisher add, list and remove work on a fresh data folder, in both languages', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'itc-desk-cli-'));
  try {
    const env = { DATA_DIR: dataDir };
    const added = runCli(['publisher', 'add', ' Anna.Publicist@ITcentrum.se '], env);
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /Tillagd \/ Added: anna\.publicist@itcentrum\.se/);
    assert.match(runCli(['publisher', 'add', 'anna.publicist@itcentrum.se'], env).stdout, /Finns redan \/ Already listed/);
    assert.equal(runCli(['publisher', 'add', 'bertil@itcentrum.se'], env).status, 0);
    const list = runCli(['publisher', 'list'], env);
    assert.deepEqual(list.stdout.trim().split('\n').map((line) => line.split('\t')[0]), ['anna.publicist@itcentrum.se', 'bertil@itcentrum.se']);
    assert.equal(runCli(['publisher', 'remove', 'bertil@itcentrum.se'], env).status, 0);
    const missing = runCli(['publisher', 'remove', 'bertil@itcentrum.se'], env);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /Finns inte i listan \/ Not listed/);
    const wrong = runCli(['publisher', 'add', 'inte-en-adress'], env);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /behöver en e-postadress \/ needs an email address/);
    assert.match(runCli(['--help']).stdout, /publisher add ADRESS/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

for (const backend of backends()) {
  async function setup(t, env = {}) {
    const smtp = await startSmtpSink();
    const server = await startTestServer(backend, { SMTP_URL: smtp.url, NOTIFY_HOLD_SECONDS: '0', ...env });
    t.after(async () => {
      await server.close();
      await smtp.close();
    });
    return { server, smtp };
  }

  test(`${backend}: a listed address gets a one-time link; an unlisted one the same words and no email`, async (t) => {
    const { server, smtp } = await setup(t);
    await addPublisher(server.db, PUBLISHER);

    const page = await (await fetch(server.url + '/desk/')).text();
    assert.match(page, /<label for="email">E-postadress<\/label>/);
    assert.match(page, /Skicka inloggningslänk/);

    const unlisted = await askForLink(server, 'okand@tierp.se');
    const listed = await askForLink(server, PUBLISHER);
    assert.equal(unlisted.status, 200);
    assert.equal(listed.status, 200);
    const unlistedText = (await unlisted.text()).replace('okand@tierp.se', 'X');
    const listedText = (await listed.text()).replace(PUBLISHER, 'X');
    assert.equal(unlistedText, listedText);
    assert.match(listedText, /Om X finns i listan över publicister har vi skickat en inloggningslänk dit/);
    const [mail] = await smtp.waitFor(1);
    await wait(300);
    assert.equal(smtp.messages.length, 1, 'no email for the unlisted address');
    assert.deepEqual(mail.envelopeTo, [PUBLISHER]);
    assert.equal(mail.parsed.subject, 'Din inloggningslänk till IT-Centrums driftinformation');
    assert.match(mail.parsed.text, /gäller i 15 minuter och kan användas en gång/);

    // GET (a link scanner) shows the button and neither signs in nor uses the link up.
    const path = signInPathFor(smtp, PUBLISHER);
    for (let i = 0; i < 2; i++) {
      const shown = await fetch(server.url + path);
      assert.equal(shown.status, 200);
      assert.equal(shown.headers.get('set-cookie'), null);
      assert.match(await shown.text(), /<button type="submit">Logga in<\/button>/);
    }
    // A POST from elsewhere is refused.
    const foreign = await fetch(server.url + path, { method: 'POST', headers: { origin: 'https://evil.example' }, redirect: 'manual' });
    assert.equal(await statusOf(foreign), 403);
    assert.equal(await statusOf(fetch(server.url + path, { method: 'POST', redirect: 'manual' })), 403, 'no Origin');

    const signedIn = await fetch(server.url + path, { method: 'POST', headers: fromDesk(server), redirect: 'manual' });
    assert.equal(await statusOf(signedIn), 303);
    assert.equal(signedIn.headers.get('location'), '/desk/');
    const cookie = signedIn.headers.get('set-cookie');
    assert.match(cookie, /^itc_desk=itcs_[\w-]{43}; Max-Age=43200; Path=\/desk\/; HttpOnly; SameSite=Strict; Secure$/);
    // The session is stored as a hash only.
    const [session] = await server.db.query('select token_hash from publisher_sessions');
    assert.notEqual(session.token_hash, cookie.split(';')[0].split('=')[1]);

    // Used once.
    const again = await fetch(server.url + path, { method: 'POST', headers: fromDesk(server), redirect: 'manual' });
    assert.equal(again.status, 404);
    assert.match(await again.text(), /Länken gäller inte längre/);

    const desk = await fetch(server.url + '/desk/', { headers: { cookie: cookie.split(';')[0] } });
    const deskHtml = await desk.text();
    assert.match(deskHtml, /<itc-desk><\/itc-desk>/);
    assert.match(deskHtml, /Inloggad som <strong>anna\.publicist@itcentrum\.se<\/strong>/);
    assert.equal(
      desk.headers.get('content-security-policy'),
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' blob:; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    assert.equal(await statusOf(fetch(server.url + '/desk/assets/desk.js')), 200);
  });

  test(`${backend}: links expire after 15 minutes; 5 links per address in 15 minutes; a bad address keeps what was typed`, async (t) => {
    const { server, smtp } = await setup(t);
    await addPublisher(server.db, PUBLISHER);
    await askForLink(server, PUBLISHER);
    await smtp.waitFor(1);
    await server.db.query(`update publisher_links set expires_at = now() - interval '1 second'`);
    const expired = await fetch(server.url + signInPathFor(smtp, PUBLISHER));
    assert.equal(expired.status, 404);
    assert.match(await expired.text(), /Be om en ny inloggningslänk/);

    for (let i = 0; i < 6; i++) assert.equal(await statusOf(askForLink(server, PUBLISHER)), 200);
    await smtp.waitFor(5);
    await wait(500);
    assert.equal(smtp.to(PUBLISHER).length, 5, 'the first link and four more; the sixth and seventh ask sent nothing');

    const typo = await askForLink(server, 'anna.publicist@itcentrum');
    assert.equal(typo.status, 400);
    const text = await typo.text();
    assert.match(text, /class="error-summary" role="alert"/);
    assert.match(text, /href="#email">Ange en e-postadress i rätt format/);
    assert.match(text, /value="anna\.publicist@itcentrum"/);
    assert.match(text, /aria-invalid="true"/);

    const english = await askForLink(server, 'someone@tierp.se', 'en');
    assert.match(await english.text(), /If someone@tierp\.se is on the list of publishers/);
    // A link asked for in English opens an English page.
    await server.db.query('delete from publisher_links');
    await statusOf(askForLink(server, PUBLISHER, 'en'));
    await smtp.waitFor(6);
    const englishMail = smtp.to(PUBLISHER).at(-1);
    assert.equal(englishMail.parsed.subject, 'Your sign-in link to IT-Centrum’s operational information');
    const englishPage = await (await fetch(server.url + signInPathFor(smtp, PUBLISHER))).text();
    assert.match(englishPage, /<html lang="en">[\s\S]*<button type="submit">Sign in<\/button>/);
  });

  test(`${backend}: clients are limited to 30 sign-in requests per 15 minutes`, async (t) => {
    const { server } = await setup(t);
    const answers = [];
    for (let i = 0; i < 32; i++) answers.push(await statusOf(askForLink(server, `person${i}@tierp.se`)));
    assert.deepEqual(answers.slice(0, 30), Array(30).fill(200));
    assert.deepEqual(answers.slice(30), [429, 429]);
    const limited = await askForLink(server, 'x@tierp.se');
    assert.match(await limited.text(), /För många försök/);
  });

  test(`${backend}: the session ends on "Logga ut", after 12 hours, and when the publisher is removed`, async (t) => {
    const { server, smtp } = await setup(t);
    const cookie = await signIn(server, smtp);
    assert.equal(await statusOf(deskApi(server, cookie, 'state')), 200);
    const out = await fetch(server.url + '/desk/logga-ut', { method: 'POST', headers: fromDesk(server, { cookie }), redirect: 'manual' });
    assert.equal(await statusOf(out), 303);
    assert.match(out.headers.get('set-cookie'), /^itc_desk=; Max-Age=0; Path=\/desk\/; HttpOnly; SameSite=Strict/);
    assert.equal(await statusOf(deskApi(server, cookie, 'state')), 401);
    assert.match(await (await fetch(server.url + '/desk/', { headers: { cookie } })).text(), /Skicka inloggningslänk/);

    const second = await signIn(server, smtp);
    await server.db.query(`update publisher_sessions set expires_at = now() - interval '1 second'`);
    assert.equal(await statusOf(deskApi(server, second, 'state')), 401);

    const third = await signIn(server, smtp);
    await server.db.query('delete from publishers');
    assert.equal(await statusOf(deskApi(server, third, 'state')), 401);
  });

  test(`${backend}: publishing from the desk: under the publisher's address, If-Match, conflicts say who published what`, async (t) => {
    const { server, smtp } = await setup(t);
    const anna = await signIn(server, smtp, PUBLISHER);
    const bertil = await signIn(server, smtp, OTHER_PUBLISHER);
    assert.deepEqual(await (await deskApi(server, anna, 'state')).json(), { publisher: PUBLISHER, holdSeconds: 0, current: null });

    const first = await deskApi(server, anna, 'publish', { document: currentSample(), basedOn: null });
    assert.equal(first.status, 200);
    const { version, etag } = await first.json();
    const token = await createPublishToken(server.db, 'script');
    const versions = await (await fetch(server.url + '/api/versions', { headers: { authorization: `Bearer ${token}` } })).json();
    assert.equal(versions[0].version, version);
    assert.equal(versions[0].publishedBy, PUBLISHER);
    assert.equal(await statusOf(fetch(server.url + '/status.json')), 200);

    // Publishing "first" again on top of nothing is a conflict: something is published now.
    assert.equal(await statusOf(deskApi(server, bertil, 'publish', { document: currentSample(), basedOn: null })), 412);

    // Bertil publishes on top of Anna's version; Anna, still on it, is told and overwrites nothing.
    const bertilsDocument = sampleDocument();
    bertilsDocument.maintenance = bertilsDocument.maintenance.filter((w) => !w.id.includes('tierp'));
    assert.equal(await statusOf(deskApi(server, bertil, 'publish', { document: JSON.stringify(bertilsDocument), basedOn: etag })), 200);
    const annasDocument = sampleDocument();
    annasDocument.disruptions[0].end = annasDocument.updated;
    const conflict = await deskApi(server, anna, 'publish', { document: JSON.stringify(annasDocument), basedOn: etag });
    assert.equal(conflict.status, 412);
    const body = await conflict.json();
    assert.equal(body.current.publishedBy, OTHER_PUBLISHER);
    assert.equal(body.current.version, version + 1);
    assert.deepEqual(JSON.parse(body.current.body), bertilsDocument);
    assert.equal(body.changes.length, 1);
    assert.match(body.changes[0], /^Inställt servicefönster: ”Servicefönster” \(Tierp, /);
    const served = await (await fetch(server.url + '/status.json')).json();
    assert.deepEqual(served, bertilsDocument, "Bertil's version stands");

    // Invalid drafts are refused with the core's Swedish findings; a POST from elsewhere is refused.
    const invalid = await deskApi(server, anna, 'publish', { document: '{"version": 1}', basedOn: body.current.etag });
    assert.equal(invalid.status, 422);
    assert.match((await invalid.json()).errors[0].message, /fältet ”updated” saknas/);
    const foreign = await fetch(server.url + '/desk/api/publish', {
      method: 'POST',
      headers: { cookie: anna, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ document: currentSample(), basedOn: body.current.etag }),
    });
    assert.equal(await statusOf(foreign), 403);
    assert.equal(await statusOf(deskApi(server, '', 'state')), 401);
  });

  test(`${backend}: before publishing the desk estimates the recipients; after, it reports the notices queued and sent`, async (t) => {
    const { server, smtp } = await setup(t);
    const cookie = await signIn(server, smtp);
    await smtp.waitFor(1);
    const rows = [
      ['a@tierp.se', ['operations'], ['tierp']],
      ['b@tierp.se', ['operations', 'news'], ['tierp', 'osthammar']],
      ['c@tierp.se', ['news'], ['tierp']],
      ['d@heby.se', ['operations'], ['heby']],
    ];
    for (const [email, topics, municipalities] of rows) {
      await server.db.query(
        `insert into subscribers (email, state, lang, topics, municipalities, consent_version, consented_at, created_at, confirmed_at)
         values ($1, 'confirmed', 'sv', $2, $3, '2024-01', now(), now(), now())`,
        [email, topics, municipalities],
      );
    }
    const document = sampleDocument();
    document.maintenance = [];
    document.disruptions[0].municipalities = ['tierp'];
    const estimate = await (await deskApi(server, cookie, 'estimate', { document: JSON.stringify(document) })).json();
    assert.deepEqual(estimate, { changes: 1, recipients: 2, municipalities: ['tierp'] });

    const counts = await (await deskApi(server, cookie, 'subscribers')).json();
    assert.deepEqual(counts.byMunicipality.tierp, { operations: 2, news: 2 });
    assert.doesNotMatch(JSON.stringify(counts), /@/);

    const published = await (await deskApi(server, cookie, 'publish', { document: JSON.stringify(document), basedOn: null })).json();
    let delivery;
    for (let i = 0; i < 100; i++) {
      delivery = await (await deskApi(server, cookie, `versions/${published.version}/delivery`)).json();
      if (delivery.sent === 2) break;
      await wait(100);
    }
    assert.deepEqual(delivery, { made: true, notices: 1, queued: 2, sent: 2 });
    const detail = await (await deskApi(server, cookie, `versions/${published.version}`)).json();
    assert.equal(detail.publishedBy, PUBLISHER);
    assert.deepEqual(detail.changes, ['Första publiceringen', `Ny driftstörning: ”${document.disruptions[0].title}” (Tierp)`]);
  });
}
