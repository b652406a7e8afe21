// POST /api/subscribe and the double opt-in that follows it, over real HTTP with mail over real
// SMTP (smtp-server as the peer), on PGlite and on PostgreSQL.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { backends, startTestServer } from './helpers/server.mjs';
import { startSmtpSink, linksOf } from './helpers/smtp-sink.mjs';
import { databaseText, pathOf, postSignUp, signUpBody, subscriberState } from './helpers/sign-up.mjs';

const PUBLIC_URL = 'https://status.itcentrum.se';

async function setup(t, backend, env = {}) {
  const smtp = await startSmtpSink();
  const server = await startTestServer(backend, { SMTP_URL: smtp.url, PUBLIC_URL, ...env });
  // The server (and its pooled SMTP connections) first, then the SMTP peer.
  t.after(async () => {
    await server.close();
    await smtp.close();
  });
  return { smtp, server };
}

for (const backend of backends()) {
  describe(`sign-up and double opt-in (${backend})`, () => {
    test('a sign-up is pending until the button behind the emailed link is pressed; GET changes nothing', async (t) => {
      const { smtp, server } = await setup(t, backend);
      const response = await postSignUp(server, signUpBody());
      assert.equal(response.status, 202);
      assert.deepEqual(await response.json(), { status: 'pending' });
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal((await subscriberState(server.db, 'anna.andersson@tierp.se')).state, 'pending');

      const [mail] = await smtp.waitFor(1);
      assert.deepEqual(mail.envelopeTo, ['anna.andersson@tierp.se']);
      assert.equal(mail.parsed.subject, 'Bekräfta din prenumeration på driftinformation från IT-Centrum');
      assert.match(mail.parsed.messageId, /^<confirm\.[\w-]+@status\.itcentrum\.se>$/);
      assert.equal(mail.parsed.headers.get('auto-submitted'), 'auto-generated');
      assert.ok(mail.parsed.html.includes('Bekräfta prenumerationen'));
      const [confirmLink, manageLink] = linksOf(mail);
      assert.match(confirmLink, /^https:\/\/status\.itcentrum\.se\/prenumeration\/bekrafta\/[\w-]{43}$/);
      assert.match(manageLink, /^https:\/\/status\.itcentrum\.se\/prenumeration\/hantera\/[\w-]{43}$/);

      // A link scanner opens the link, twice: a page with one button, and nothing changes.
      for (let i = 0; i < 2; i++) {
        const page = await fetch(server.url + pathOf(confirmLink));
        assert.equal(page.status, 200);
        const html = await page.text();
        assert.match(html, /<button type="submit">Bekräfta prenumerationen<\/button>/);
        assert.match(html, /<html lang="sv">/);
        assert.match(page.headers.get('content-security-policy'), /default-src 'none'/);
        assert.doesNotMatch(html, /<script/);
      }
      assert.equal((await subscriberState(server.db, 'anna.andersson@tierp.se')).state, 'pending');

      // The button (a POST) confirms; the link is used up.
      const confirmed = await fetch(server.url + pathOf(confirmLink), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
      assert.equal(confirmed.status, 200);
      assert.match(await confirmed.text(), /Tack! Du prenumererar nu/);
      const row = await subscriberState(server.db, 'anna.andersson@tierp.se');
      assert.equal(row.state, 'confirmed');
      assert.deepEqual(row.topics, ['news', 'operations']);
      assert.equal(row.consent_version, '2024-01');
      assert.equal((await fetch(server.url + pathOf(confirmLink))).status, 404);
    });

    test('the same 202 for new, pending and confirmed addresses; confirmed ones get "du prenumererar redan", never a second subscription', async (t) => {
      const { smtp, server } = await setup(t, backend);
      const email = 'bo@knivsta.se';
      assert.equal((await postSignUp(server, signUpBody({ email }))).status, 202);
      const [first] = await smtp.waitFor(1);
      // Pending and signing up again (other choices, English): a new confirmation; the first link stays valid.
      const again = await postSignUp(server, signUpBody({ email: 'Bo@Knivsta.se', lang: 'en', municipalities: ['knivsta', 'heby'] }));
      assert.equal(again.status, 202);
      const [, second] = await smtp.waitFor(2);
      assert.equal(second.parsed.subject, 'Confirm your subscription to operational information from IT-Centrum');
      assert.notEqual(linksOf(first)[0], linksOf(second)[0]);
      assert.equal((await fetch(server.url + pathOf(linksOf(first)[0]))).status, 200);
      assert.deepEqual((await subscriberState(server.db, email)).municipalities, ['heby', 'knivsta']);
      // Confirming with the first link.
      await fetch(server.url + pathOf(linksOf(first)[0]), { method: 'POST' });
      assert.equal((await subscriberState(server.db, email)).state, 'confirmed');
      // Confirmed and signing up again: same answer, a short email with the manage link, one row.
      const third = await postSignUp(server, signUpBody({ email }));
      assert.equal(third.status, 202);
      assert.deepEqual(await third.json(), { status: 'pending' });
      const [, , already] = await smtp.waitFor(3);
      assert.equal(already.parsed.subject, 'Du prenumererar redan på driftinformation från IT-Centrum');
      assert.match(linksOf(already)[0], /\/prenumeration\/hantera\//);
      assert.equal((await server.db.query('select count(*)::int as n from subscribers'))[0].n, 1);
    });

    test('an idempotency key repeated within 24 h gets the first answer and no second email', async (t) => {
      const { smtp, server } = await setup(t, backend);
      const body = signUpBody({ email: 'cecilia@heby.se' });
      assert.equal((await postSignUp(server, body)).status, 202);
      await smtp.waitFor(1);
      for (let i = 0; i < 3; i++) assert.equal((await postSignUp(server, body)).status, 202);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(smtp.messages.length, 1);
    });

    test('robots: a filled honeypot or a sign-up within 1.5 s gets 202 and nothing is stored or sent', async (t) => {
      const { smtp, server } = await setup(t, backend);
      assert.equal((await postSignUp(server, signUpBody({ email: 'robot1@example.se', honeypot: 'https://spam.example' }))).status, 202);
      assert.equal((await postSignUp(server, signUpBody({ email: 'robot2@example.se', elapsedMs: 400 }))).status, 202);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(smtp.messages.length, 0);
      assert.doesNotMatch(await databaseText(server.db), /robot/);
    });

    test('field errors in the request language, 400 for malformed requests, 415 for other types; nothing stored', async (t) => {
      const { smtp, server } = await setup(t, backend, { SIGNUPS_PER_CLIENT: '100' });
      let response = await postSignUp(server, signUpBody({ email: 'inte en adress', topics: [], municipalities: ['lund'], consent: false }));
      assert.equal(response.status, 422);
      assert.deepEqual(await response.json(), {
        errors: {
          email: 'Ange en e-postadress i rätt format, till exempel namn@tierp.se',
          topics: 'Välj minst ett ämne: nyheter eller driftinformation',
          municipalities: 'Välj minst en kommun',
          consent: 'Du behöver godkänna villkoren för att prenumerera',
        },
      });
      response = await postSignUp(server, signUpBody({ email: 'x@', lang: 'en' }));
      assert.equal(response.status, 422);
      assert.equal((await response.json()).errors.email, 'Enter an email address in the correct format, like name@tierp.se');
      assert.equal(response.headers.get('access-control-allow-origin'), '*');

      const hostile = [
        // Header injection: CR/LF in the address.
        signUpBody({ email: 'a@tierp.se\r\nBcc: everyone@tierp.se' }),
        signUpBody({ email: "x'; drop table subscribers; --@tierp.se" }),
        signUpBody({ email: '<script>alert(1)</script>@tierp.se' }),
        signUpBody({ email: 'a'.repeat(250) + '@tierp.se' }),
        signUpBody({ topics: ['news', 'operations\r\nX: y'] }),
        signUpBody({ municipalities: 'tierp' }),
      ];
      for (const body of hostile) assert.equal((await postSignUp(server, body)).status, 422, JSON.stringify(body).slice(0, 80));
      for (const body of [signUpBody({ name: 'Anna' }), signUpBody({ lang: 'de' }), signUpBody({ idempotencyKey: 'x\r\ny' }), [1, 2], 'null']) {
        response = await postSignUp(server, body);
        assert.equal(response.status, 400, JSON.stringify(body).slice(0, 80));
        assert.equal(typeof (await response.json()).error, 'string');
      }
      assert.equal((await postSignUp(server, '{"email": "a@tierp.se",')).status, 400);
      assert.equal((await postSignUp(server, JSON.stringify(signUpBody()), { 'content-type': 'text/plain' })).status, 415);
      assert.equal((await postSignUp(server, 'email=a@tierp.se', { 'content-type': 'application/x-www-form-urlencoded' })).status, 415);
      assert.equal((await postSignUp(server, signUpBody({ honeypot: 'x'.repeat(20_000) }))).status, 413);

      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.equal(smtp.messages.length, 0);
      assert.equal((await server.db.query('select count(*)::int as n from subscribers'))[0].n, 0);
    });

    test('CORS preflight', async (t) => {
      const { server } = await setup(t, backend);
      const response = await fetch(server.url + '/api/subscribe', {
        method: 'OPTIONS',
        headers: { origin: 'https://intranat.tierp.se', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(response.headers.get('access-control-allow-methods'), 'POST');
      assert.match(response.headers.get('access-control-allow-headers'), /content-type/i);
      assert.equal(response.headers.get('access-control-allow-credentials'), null);
    });

    test('limits: 3 confirmation emails per address per 24 h, 10 sign-ups per client per 10 minutes; 429 with Retry-After readable cross-origin', async (t) => {
      const { smtp, server } = await setup(t, backend);
      for (let i = 0; i < 3; i++) assert.equal((await postSignUp(server, signUpBody({ email: 'dora@tierp.se' }))).status, 202);
      let response = await postSignUp(server, signUpBody({ email: 'dora@tierp.se' }));
      assert.equal(response.status, 429);
      const retryAfter = Number(response.headers.get('retry-after'));
      assert.ok(retryAfter > 86_000 && retryAfter <= 86_400, String(retryAfter));
      assert.match(response.headers.get('access-control-expose-headers'), /Retry-After/);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      await smtp.waitFor(3);
      // Sign-ups 5 to 10 of this client, other addresses: accepted; the 11th: 429.
      for (let i = 5; i <= 10; i++) assert.equal((await postSignUp(server, signUpBody({ email: `p${i}@tierp.se` }))).status, 202);
      response = await postSignUp(server, signUpBody({ email: 'p11@tierp.se' }));
      assert.equal(response.status, 429);
      assert.ok(Number(response.headers.get('retry-after')) > 0);
      assert.match(response.headers.get('access-control-expose-headers'), /Retry-After/);
      assert.equal(await subscriberState(server.db, 'p11@tierp.se'), undefined);
    });

    test('manage page: change choices, unsubscribe, export, erase every trace; GET changes nothing', async (t) => {
      const { smtp, server } = await setup(t, backend);
      const email = 'erik@osthammar.se';
      await postSignUp(server, signUpBody({ email, idempotencyKey: 'key-of-erik-0001' }));
      const [mail] = await smtp.waitFor(1);
      await fetch(server.url + pathOf(linksOf(mail)[0]), { method: 'POST' });
      const manage = server.url + pathOf(linksOf(mail)[1]);
      const form = (fields) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

      let page = await fetch(manage);
      assert.equal(page.status, 200);
      let html = await page.text();
      assert.match(html, /Din prenumeration/);
      assert.match(html, /name="municipalities" value="tierp" checked>Tierp/);
      assert.match(html, /value="osthammar" >Östhammar/);

      page = await fetch(manage, form([['action', 'save'], ['topics', 'operations'], ['municipalities', 'osthammar'], ['municipalities', 'alvkarleby']]));
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Dina ändringar är sparade/);
      let row = await subscriberState(server.db, email);
      assert.deepEqual([row.topics, row.municipalities], [['operations'], ['alvkarleby', 'osthammar']]);
      page = await fetch(manage, form([['action', 'save'], ['municipalities', 'tierp']]));
      assert.equal(page.status, 422);
      assert.deepEqual((await subscriberState(server.db, email)).topics, ['operations']);

      page = await fetch(manage, form({ action: 'export' }));
      assert.match(page.headers.get('content-disposition'), /attachment/);
      const data = await page.json();
      assert.equal(data.email, email);
      assert.equal(data.state, 'confirmed');
      assert.equal(data.consent.version, '2024-01');
      assert.ok(data.mail.length >= 1);
      assert.doesNotMatch(JSON.stringify(data), /token_hash|[0-9a-f]{64}/);

      page = await fetch(manage, form({ action: 'unsubscribe' }));
      assert.match(await page.text(), /Prenumerationen är avslutad/);
      assert.equal((await subscriberState(server.db, email)).state, 'unsubscribed');

      assert.match(await databaseText(server.db), /erik@osthammar\.se/);
      page = await fetch(manage, form({ action: 'erase' }));
      assert.match(await page.text(), /Dina uppgifter är raderade/);
      const dump = await databaseText(server.db);
      assert.doesNotMatch(dump, /erik/);
      assert.doesNotMatch(dump, /key-of-erik/);
      assert.equal((await fetch(manage)).status, 404);
      row = await subscriberState(server.db, email);
      assert.equal(row, undefined);
    });
  });
}
