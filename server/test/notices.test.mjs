// Notices: every confirmed subscriber hears about what concerns them, once, in their language,
// over real SMTP — the right recipients for each kind of change, the hold, the calendar entry,
// one-click unsubscribe, news, counts and hostile texts. PGlite and PostgreSQL.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { createPublishToken } from '../dist/services/publish-tokens.js';
import { changesBetween } from '../dist/notices/changes.js';
import { makeNotices } from '../dist/notices/make-notices.js';
import { parseStatusDocument } from 'itc-status/core';
import { backends, startTestServer } from './helpers/server.mjs';
import { startSmtpSink } from './helpers/smtp-sink.mjs';
import { sampleDocument } from './helpers/documents.mjs';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A header's value as sent (mailparser folds List-* headers into one object). */
const header = (mail, name) =>
  mail.parsed.headerLines
    .find((h) => h.key === name.toLowerCase())
    ?.line.replace(/\r?\n(?=[ \t])/g, '') // unfolded
    .slice(name.length + 1)
    .trim();
/** The header block of the raw message. */
const headerBlock = (mail) => mail.raw.split('\r\n\r\n')[0];
const parse = (json) => parseStatusDocument(json).document;

/** Adds confirmed subscribers straight into the database: [email, topics, municipalities, lang, state]. */
async function subscribers(db, rows) {
  for (const [email, topics, municipalities, lang = 'sv', state = 'confirmed'] of rows) {
    await db.query(
      `insert into subscribers (email, state, lang, topics, municipalities, consent_version, consented_at, created_at, confirmed_at)
       values ($1, $2, $3, $4, $5, '2024-01', now(), now(), now())`,
      [email, state, lang, topics, municipalities],
    );
  }
}

async function setup(t, backend, env = {}) {
  const smtp = await startSmtpSink();
  const server = await startTestServer(backend, { SMTP_URL: smtp.url, NOTIFY_HOLD_SECONDS: '0', ...env });
  t.after(async () => {
    await server.close();
    await smtp.close();
  });
  const token = await createPublishToken(server.db, 'ops');
  const publish = async (doc) => {
    const response = await fetch(server.url + '/status.json', {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    });
    assert.equal(response.status, 200, await response.clone().text());
    return response.json();
  };
  return { smtp, server, token, publish };
}

/** Waits until `count` messages arrived, then a little longer to see that no more come. */
async function settle(smtp, count) {
  await smtp.waitFor(count, 15_000);
  await wait(600);
  return smtp.messages;
}

describe('changesBetween (pure)', () => {
  const now = Date.now();
  const base = sampleDocument(now);
  test('new, updated and resolved disruptions; new, changed and cancelled windows; wording alone is no change', () => {
    const after = structuredClone(base);
    assert.deepEqual(changesBetween(undefined, parse(base), now).map((c) => c.kind), ['disruption-new', 'window-new', 'window-new']);
    after.disruptions[0].title = 'Just nu har vi driftstörningar (rättat stavfel)';
    after.maintenance[0].description = 'Omformulerad beskrivning.';
    assert.deepEqual(changesBetween(parse(base), parse(after), now), []);
    after.disruptions[0].updates = [{ at: after.disruptions[0].start.slice(0, 11) + '00:00', message: 'Felsökning pågår.' }];
    after.maintenance[0].systems[0].end = after.maintenance[0].systems[0].end.slice(0, 11) + '15:00';
    after.maintenance.pop();
    const kinds = changesBetween(parse(base), parse(after), now).map((c) => `${c.kind}:${c.disruption?.id ?? c.window.id}`);
    assert.deepEqual(kinds.sort(), ['disruption-update:2022-10-27-driftstorning', 'window-cancelled:2022-10-30-alvkarleby', 'window-changed:2022-10-29-tierp']);
    const resolved = structuredClone(after);
    resolved.disruptions[0].end = new Date(now - 60_000).toISOString();
    assert.deepEqual(changesBetween(parse(after), parse(resolved), now).map((c) => c.kind), ['disruption-resolved']);
    const removed = { ...after, disruptions: [] };
    assert.deepEqual(changesBetween(parse(after), parse(removed), now).map((c) => c.kind), ['disruption-resolved']);
  });
});

for (const backend of backends()) {
  describe(`notices (${backend})`, () => {
    test('recipients: item municipalities × subscriber municipalities × topics × confirmed/pending/unsubscribed', async (t) => {
      const { smtp, server, publish } = await setup(t, backend);
      await subscribers(server.db, [
        ['tierp-ops@x.se', ['operations'], ['tierp']],
        ['tierp-news@x.se', ['news'], ['tierp']],
        ['tierp-both-en@x.se', ['news', 'operations'], ['tierp', 'heby'], 'en'],
        ['knivsta-ops@x.se', ['operations'], ['knivsta']],
        ['alvkarleby-ops@x.se', ['operations'], ['alvkarleby']],
        ['tierp-pending@x.se', ['operations'], ['tierp'], 'sv', 'pending'],
        ['tierp-gone@x.se', ['operations'], ['tierp'], 'sv', 'unsubscribed'],
      ]);
      // Only service windows at first: Tierp's window reaches Tierp's operations subscribers, Älvkarleby's its own.
      const doc = sampleDocument();
      const disruption = doc.disruptions.pop();
      await publish(doc);
      let messages = await settle(smtp, 3);
      const got = (subject) => messages.filter((m) => m.parsed.subject.startsWith(subject)).map((m) => m.envelopeTo[0]).sort();
      assert.deepEqual(got('Servicefönster i Tierp'), ['tierp-ops@x.se']);
      assert.deepEqual(got('Service window in Tierp'), ['tierp-both-en@x.se']);
      assert.deepEqual(got('Servicefönster i Älvkarleby'), ['alvkarleby-ops@x.se']);
      assert.equal(messages.length, 3);

      // A disruption for all municipalities (none listed) reaches every confirmed operations subscriber.
      doc.disruptions.push(disruption);
      await publish(doc);
      messages = await settle(smtp, 7);
      assert.deepEqual(
        messages.slice(3).map((m) => m.envelopeTo[0]).sort(),
        ['alvkarleby-ops@x.se', 'knivsta-ops@x.se', 'tierp-both-en@x.se', 'tierp-ops@x.se'],
      );
      const sv = messages.slice(3).find((m) => m.envelopeTo[0] === 'tierp-ops@x.se');
      assert.equal(sv.parsed.subject, 'Driftstörning: Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.');
      assert.equal(messages.slice(3).find((m) => m.envelopeTo[0] === 'tierp-both-en@x.se').parsed.subject.startsWith('Disruption: '), true);

      // Republishing the same document sends nothing.
      await publish(doc);
      await wait(800);
      assert.equal(smtp.messages.length, 7);
    });

    test('the email: times as the banner writes them, support text, Läs mer, headers, calendar entry; changed and cancelled windows update it', async (t) => {
      const { smtp, server, publish } = await setup(t, backend, { PUBLIC_URL: 'https://status.itcentrum.se' });
      await subscribers(server.db, [['anna@tierp.se', ['operations'], ['tierp']]]);
      const doc = sampleDocument();
      doc.disruptions = [];
      doc.maintenance = [doc.maintenance[0]];
      doc.maintenance[0].url = 'https://itcentrum.se/driftinformation/';
      await publish(doc);
      const [mail] = await settle(smtp, 1);
      assert.match(mail.parsed.subject, /^Servicefönster i Tierp (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag) \d{1,2} [a-zä]+( \d{4})?$/);
      assert.match(mail.parsed.subject, /^Servicefönster i Tierp lördag/); // the sample's Saturday stays a Saturday
      const text = mail.parsed.text;
      assert.match(text, /kl\. 10\.00–20\.00/);
      assert.match(text, /Personalsystemen kl\. 10–14/);
      assert.match(text, /Tierpsbyggen kl\. 12–14/);
      assert.match(text, /ordinarie supporttelefonnummer kl\. 10–16/);
      assert.match(text, /Läs mer: https:\/\/itcentrum\.se\/driftinformation\//);
      assert.match(mail.parsed.html, /<a href="https:\/\/itcentrum\.se\/driftinformation\/">Läs mer<\/a>/);
      assert.match(mail.parsed.messageId, /^<notice-\d+\.\d+@status\.itcentrum\.se>$/);
      assert.equal(mail.parsed.headers.get('auto-submitted'), 'auto-generated');
      assert.equal(header(mail, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      assert.match(header(mail, 'List-Unsubscribe'), /^<https:\/\/status\.itcentrum\.se\/prenumeration\/avsluta\/[\w-]{43}>$/);
      assert.match(text, /Ändra eller avsluta prenumerationen: https:\/\/status\.itcentrum\.se\/prenumeration\/hantera\//);

      const calendar = (m) => {
        const attachment = m.parsed.attachments.find((a) => a.filename === 'servicefonster.ics');
        const component = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')));
        return { component, event: component.getFirstSubcomponent('vevent') };
      };
      const first = calendar(mail);
      assert.equal(first.component.getFirstPropertyValue('method'), 'PUBLISH');
      assert.equal(first.event.getFirstPropertyValue('uid'), '2022-10-29-tierp@itc-status');
      assert.equal(first.event.getFirstPropertyValue('dtstart').toJSDate().getTime(), parse(doc).maintenance[0].start);

      // Changed times: "Ändrat servicefönster", same UID, higher SEQUENCE.
      doc.maintenance[0].end = doc.maintenance[0].end.slice(0, 11) + '21:00';
      await publish(doc);
      const [, changed] = await settle(smtp, 2);
      assert.match(changed.parsed.subject, /^Ändrat servicefönster: Tierp /);
      assert.match(changed.parsed.text, /kl\. 10\.00–21\.00/);
      const second = calendar(changed);
      assert.equal(second.event.getFirstPropertyValue('uid'), '2022-10-29-tierp@itc-status');
      assert.ok(second.event.getFirstPropertyValue('sequence') > first.event.getFirstPropertyValue('sequence'));

      // Cancelled: METHOD:CANCEL, STATUS:CANCELLED, higher SEQUENCE still.
      await publish({ ...doc, maintenance: [] });
      const [, , cancelled] = await settle(smtp, 3);
      assert.match(cancelled.parsed.subject, /^Inställt servicefönster: Tierp /);
      const third = calendar(cancelled);
      assert.equal(third.component.getFirstPropertyValue('method'), 'CANCEL');
      assert.equal(third.event.getFirstPropertyValue('status'), 'CANCELLED');
      assert.ok(third.event.getFirstPropertyValue('sequence') > second.event.getFirstPropertyValue('sequence'));
    });

    test('one-click unsubscribe (RFC 8058): a POST to the List-Unsubscribe URL ends the subscription at once; GET changes nothing', async (t) => {
      const { smtp, server, publish } = await setup(t, backend, { PUBLIC_URL: 'https://status.itcentrum.se' });
      await subscribers(server.db, [['bo@tierp.se', ['operations'], ['tierp']]]);
      await publish(sampleDocument());
      const [mail] = await settle(smtp, 2); // the disruption (all municipalities) and Tierp's window
      const url = server.url + new URL(header(mail, 'List-Unsubscribe').slice(1, -1)).pathname;
      const state = async () => (await server.db.query(`select state from subscribers where email = 'bo@tierp.se'`))[0].state;
      assert.equal((await fetch(url)).status, 200);
      assert.equal(await state(), 'confirmed');
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
      assert.equal(response.status, 200);
      assert.equal(await state(), 'unsubscribed');
      // The multipart form of the same POST, as some mail clients send it, is understood too.
      await server.db.query(`update subscribers set state = 'confirmed' where email = 'bo@tierp.se'`);
      const form = new FormData();
      form.append('List-Unsubscribe', 'One-Click');
      assert.equal((await fetch(url, { method: 'POST', body: form })).status, 200);
      assert.equal(await state(), 'unsubscribed');
      // Unsubscribed: the next notice does not reach them.
      const doc = sampleDocument();
      doc.disruptions[0].updates = [{ at: doc.disruptions[0].start, message: 'Vi felsöker.' }];
      await publish(doc);
      await wait(1000);
      assert.equal(smtp.messages.length, 2);
    });

    test('the hold: a correction within it sends one notice; a change and its undo send nothing', async (t) => {
      const { smtp, server, publish } = await setup(t, backend, { NOTIFY_HOLD_SECONDS: '2' });
      await subscribers(server.db, [['cia@heby.se', ['operations'], ['heby']]]);
      const doc = sampleDocument();
      doc.maintenance = [];
      doc.disruptions[0].municipalities = ['heby'];
      await publish({ ...doc, disruptions: [] });
      await wait(2500);
      // Published with a typo and corrected within the hold: one notice, with the corrected title.
      await publish({ ...doc, disruptions: [{ ...doc.disruptions[0], title: 'Strörning i Heby' }] });
      await wait(500);
      await publish({ ...doc, disruptions: [{ ...doc.disruptions[0], title: 'Störning i Heby' }] });
      const [mail] = await settle(smtp, 1);
      await wait(2500);
      assert.equal(smtp.messages.length, 1);
      assert.equal(mail.parsed.subject, 'Driftstörning: Störning i Heby');
      // Resolved by mistake and reopened within the hold: nothing.
      await publish({ ...doc, disruptions: [{ ...doc.disruptions[0], title: 'Störning i Heby', end: new Date(Date.now() - 1000).toISOString() }] });
      await wait(300);
      await publish({ ...doc, disruptions: [{ ...doc.disruptions[0], title: 'Störning i Heby' }] });
      await wait(3500);
      assert.equal(smtp.messages.length, 1);
    });

    test('reminders: once per window, before it starts; none for a window published after its reminder time', async (t) => {
      const { smtp, server, publish } = await setup(t, backend);
      await subscribers(server.db, [['eva@tierp.se', ['operations'], ['tierp']]]);
      const doc = sampleDocument();
      doc.disruptions = [];
      const late = structuredClone(doc.maintenance[1]);
      late.id = 'sent-late';
      late.municipalities = ['tierp'];
      const soon = new Date(Date.now() + 30 * 60_000);
      late.start = soon.toISOString();
      late.end = new Date(soon.getTime() + 3_600_000).toISOString();
      late.systems = [];
      doc.maintenance = [doc.maintenance[0], late];
      await publish(doc);
      await settle(smtp, 2); // both announced now
      const start = parse(doc).maintenance[0].start;
      const settings = { holdMs: 0, reminderMs: 24 * 3_600_000, host: 'status.itcentrum.se' };
      // Before the reminder time: nothing. From 24 h before the start: one reminder, once.
      assert.equal(await makeNotices(server.db, settings, new Date(start - 25 * 3_600_000)), 0);
      assert.equal(await makeNotices(server.db, settings, new Date(start - 24 * 3_600_000 + 60_000)), 1);
      assert.equal(await makeNotices(server.db, settings, new Date(start - 23 * 3_600_000)), 0);
      // The reminder was queued on the test's clock, days ahead: due now on the sender's.
      await server.db.query('update outbox set run_at = $1 where sent_at is null', [new Date()]);
      server.app.sender.wake();
      const [, , reminder] = await settle(smtp, 3);
      assert.match(reminder.parsed.subject, /^Påminnelse: servicefönster i Tierp lördag/);
      // The late window's reminder time (30 min before it) passed before it was announced.
      assert.equal(await makeNotices(server.db, settings, new Date(soon.getTime() - 10 * 60_000)), 0);
      assert.equal(smtp.messages.length, 3);
    });

    test('news to news subscribers of the given municipalities; counts per municipality and topic, never addresses', async (t) => {
      const { smtp, server, token } = await setup(t, backend);
      await subscribers(server.db, [
        ['n-heby@x.se', ['news'], ['heby']],
        ['n-tierp@x.se', ['news'], ['tierp']],
        ['o-heby@x.se', ['operations'], ['heby']],
        ['p-heby@x.se', ['news'], ['heby'], 'sv', 'pending'],
      ]);
      const post = (body) => fetch(server.url + '/api/news', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal((await fetch(server.url + '/api/news', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status, 401);
      assert.equal((await post({ subject: 'Rad 1\r\nBcc: alla@x.se', text: 'x' })).status, 422);
      assert.equal((await post({ subject: 'Hej', text: 'x', extra: 1 })).status, 422);
      assert.equal((await post({ subject: 'Hej', text: 'x', municipalities: ['lund'] })).status, 422);
      const response = await post({ subject: 'Nytt intranät i Heby', text: 'Läs mer på https://heby.se/intranat <b>i dag</b>.', municipalities: ['heby'] });
      assert.equal(response.status, 202);
      assert.deepEqual(await response.json(), { queued: 1 });
      const [mail] = await settle(smtp, 1);
      assert.deepEqual(mail.envelopeTo, ['n-heby@x.se']);
      assert.equal(mail.parsed.subject, 'Nytt intranät i Heby');
      assert.match(mail.parsed.html, /<a href="https:\/\/heby\.se\/intranat">https:\/\/heby\.se\/intranat<\/a> &lt;b&gt;i dag&lt;\/b&gt;\./);

      const counts = await (await fetch(server.url + '/api/subscribers/counts', { headers: { authorization: `Bearer ${token}` } })).json();
      assert.equal(counts.confirmed, 3);
      assert.equal(counts.pending, 1);
      assert.deepEqual(counts.byMunicipality.heby, { news: 1, operations: 1 });
      assert.deepEqual(counts.byMunicipality.tierp, { news: 1 });
      assert.doesNotMatch(JSON.stringify(counts), /@/);
      assert.equal((await fetch(server.url + '/api/subscribers/counts')).status, 401);
    });

    test('hostile texts stay text: no markup in HTML, no header injection, no javascript: links', async (t) => {
      const { smtp, server, publish } = await setup(t, backend);
      await subscribers(server.db, [['dan@tierp.se', ['operations'], ['tierp']]]);
      const doc = sampleDocument();
      doc.maintenance = [];
      doc.disruptions[0].title = '<img src=x onerror=alert(1)> Störning\r\nBcc: alla@tierp.se';
      doc.disruptions[0].message = '<script>alert(1)</script> "citat" & mer';
      doc.disruptions[0].url = 'javascript:alert(1)';
      doc.disruptions[0].systems = ['<b>Treserva</b>'];
      await publish(doc);
      const [mail] = await settle(smtp, 1);
      assert.deepEqual(mail.envelopeTo, ['dan@tierp.se']);
      assert.equal(mail.parsed.bcc, undefined);
      assert.doesNotMatch(headerBlock(mail), /^Bcc:/im);
      assert.match(mail.parsed.subject, /^Driftstörning: <img src=x onerror=alert\(1\)> Störning/);
      assert.doesNotMatch(mail.parsed.html, /<img|<script|<b>|javascript:/);
      assert.match(mail.parsed.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;citat&quot; &amp; mer/);
      assert.doesNotMatch(mail.parsed.text, /javascript:/);
    });
  });
}

