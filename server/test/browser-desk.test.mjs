// The publisher's desk in headless Chromium against the real status host, under its strict CSP:
// sign in through the emailed link, write a Tierp disruption, see it in the preview and then in a
// banner on an intranet page of another origin, add an update, resolve it, write the seed's Tierp
// and Älvkarleby windows (the Älvkarleby one on the day the clocks change) and read them back as
// staff see them, a conflict between two publishers, and a rollback. axe in every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axeViolations, startBrowserScene } from './helpers/browser.mjs';
import { OTHER_PUBLISHER, PUBLISHER, signInPathFor } from './helpers/desk.mjs';
import { addPublisher } from '../dist/desk/publishers.js';

/** Screenshots of the desk's main states for the README, when DESK_SCREENSHOTS names a folder. */
const shoot = (page, name) => process.env.DESK_SCREENSHOTS && page.screenshot({ path: join(process.env.DESK_SCREENSHOTS, `desk-${name}.png`) });

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** An intranet page per municipality, with the script in its head (a long horizon: the windows are months ahead). */
const intranetPage = (url, statusHost) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intranät</title>
<script src="${statusHost}/widgets/itc-status.js" defer></script></head>
<body><h1>Intranät</h1><itc-status-banner src="${statusHost}/status.json" municipality="${url.searchParams.get('kommun') ?? 'tierp'}" horizon-days="400" max="10"></itc-status-banner></body></html>`;

/** What staff read in a banner: its shadow root's text with spaces collapsed. */
const bannerText = (page, selector = 'itc-status-banner') =>
  page.$eval(selector, (banner) => (banner.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());

async function staffRead(browser, intranet, municipality, expected) {
  const page = await browser.newPage();
  await page.emulateTimezone('Europe/Stockholm');
  await page.goto(`${intranet.url}?kommun=${municipality}`);
  let text = '';
  for (let i = 0; i < 100 && !expected(text); i++) {
    await wait(100);
    text = await bannerText(page);
  }
  await page.close();
  return text;
}

/** The desk's button with this text (exactly), within `scope`. */
async function button(page, text, scope = 'itc-desk') {
  for (const handle of await page.$$(`${scope} button`)) {
    if ((await handle.evaluate((b) => b.textContent.replace(/\s+/g, ' ').trim())) === text) return handle;
  }
  throw new Error(`no button "${text}" in ${scope}`);
}

async function press(page, text, scope) {
  await (await button(page, text, scope)).click();
}

/** Replaces a field's text the way a person does: select all, type. */
async function typeInto(page, selector, text) {
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

async function tick(page, municipality) {
  await page.click(`itc-desk fieldset#municipalities input[value="${municipality}"]`);
}

const deskText = (page) => page.$eval('itc-desk', (desk) => desk.textContent.replace(/\s+/g, ' '));

async function waitForDesk(page, predicate, what) {
  for (let i = 0; i < 150; i++) {
    if (predicate(await deskText(page))) return;
    await wait(100);
  }
  throw new Error(`the desk never showed ${what}: ${await deskText(page)}`);
}

async function publish(page, version) {
  await press(page, 'Publicera');
  await waitForDesk(page, (text) => text.includes(`Publicerat som version ${version}.`), `version ${version}`);
}

/** Signs in through the page: the address, the email, the link's button. */
async function signInThroughPage(browser, host, smtp, email) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.emulateTimezone('Europe/Stockholm');
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(host.url + '/desk/');
  await page.type('#email', email);
  const before = smtp.to(email).length;
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  for (let i = 0; i < 100 && smtp.to(email).length === before; i++) await wait(100);
  await page.goto(host.url + signInPathFor(smtp, email));
  assert.equal(await page.$eval('button[type="submit"]', (b) => b.textContent), 'Logga in');
  assert.deepEqual(await axeViolations(page), []);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  await page.waitForFunction(() => document.querySelector('itc-desk')?.textContent.includes('Driftstörningar'), { timeout: 15_000 });
  return page;
}

test('the desk in Chromium: sign in, write, preview, publish, update, resolve, windows on the DST day, conflict, rollback', async (t) => {
  // Links in emails name http://desk.test; the browser opens their paths on the test server.
  const { smtp, host, intranet, browser } = await startBrowserScene(t, { PUBLIC_URL: 'http://desk.test', NOTIFY_HOLD_SECONDS: '0' }, intranetPage);
  await addPublisher(host.db, PUBLISHER);
  await addPublisher(host.db, OTHER_PUBLISHER);
  for (const [email, municipalities] of [['a@tierp.se', ['tierp']], ['b@tierp.se', ['tierp', 'osthammar']], ['c@heby.se', ['heby']]]) {
    await host.db.query(
      `insert into subscribers (email, state, lang, topics, municipalities, consent_version, consented_at, created_at, confirmed_at)
       values ($1, 'confirmed', 'sv', '{operations}', $2, '2024-01', now(), now(), now())`,
      [email, municipalities],
    );
  }
  const problems = [];
  const watch = (page) => {
    page.on('pageerror', (e) => problems.push(String(e)));
    // The sign-in page's 400 for a wrong address is expected; any other error is not.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
    page.on('response', (r) => r.status() >= 500 && problems.push(`${r.status()} ${r.url()}`));
  };

  // —— Signing in ——
  const signInPage = await browser.newPage();
  watch(signInPage);
  await signInPage.setViewport({ width: 1000, height: 560 });
  await signInPage.goto(host.url + '/desk/');
  assert.deepEqual(await axeViolations(signInPage), []);
  await shoot(signInPage, 'sign-in');
  await signInPage.type('#email', 'anna.publicist@itcentrum');
  await Promise.all([signInPage.waitForNavigation(), signInPage.click('button[type="submit"]')]);
  assert.equal(await signInPage.$eval('#email', (i) => i.value), 'anna.publicist@itcentrum', 'what was typed is kept');
  assert.match(await signInPage.$eval('.error-summary', (s) => s.textContent), /Ange en e-postadress i rätt format/);
  assert.deepEqual(await axeViolations(signInPage), []);
  await signInPage.close();

  const page = await signInThroughPage(browser, host, smtp, PUBLISHER);
  watch(page);
  assert.match(await page.$eval('.desk-header', (h) => h.textContent), /Inloggad som anna\.publicist@itcentrum\.se/);
  assert.deepEqual(await axeViolations(page), []);

  // —— A Tierp disruption: the form's standard texts, the preview, publishing ——
  await press(page, 'Ny driftstörning');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'form-heading', 'focus moves to the form');
  assert.equal(await page.$eval('#title', (i) => i.value), 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.');
  assert.match(await page.$eval('#message', (i) => i.value), /^Vi upplever just nu driftstörningar/);
  assert.deepEqual(await page.$$eval('fieldset#municipalities label', (labels) => labels.map((l) => l.textContent.trim())), ['Heby', 'Älvkarleby', 'Knivsta', 'Tierp', 'Östhammar']);
  // The start is now, in Stockholm, unless changed.
  const now = await page.$eval('#time', (i) => i.value);
  assert.match(now, /^\d\d:\d\d$/);
  // An empty title and a wrong time: the error summary links to each field; nothing is added.
  await typeInto(page, '#title', ' ');
  await typeInto(page, '#time', '25:00');
  await press(page, 'Lägg till i utkastet');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'error-summary');
  assert.deepEqual(await page.$$eval('.error-summary a', (links) => links.map((a) => a.getAttribute('href'))), ['#title', '#time']);
  assert.deepEqual(await axeViolations(page), []);
  await shoot(page, 'errors');
  await page.click('.error-summary a[href="#time"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'time');
  await typeInto(page, '#time', now.replace(':', '.'));
  await typeInto(page, '#title', 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.');
  await tick(page, 'tierp');
  await page.type('#systems', 'Lifecare, Procapita');
  await page.select('#preview-municipality', 'tierp');
  await page.waitForFunction(() => document.querySelector('itc-desk itc-status-banner')?.shadowRoot?.textContent.includes('Procapita'), { timeout: 5000 });
  // The preview shows the form as it is typed, before anything is added or published.
  assert.match(await bannerText(page, 'itc-desk itc-status-banner'), /Just nu har vi driftstörningar och arbetar för fullt med att lösa detta\./);
  assert.equal((await host.db.query('select count(*)::int as n from status_versions'))[0].n, 0);
  await shoot(page, 'preview');
  await press(page, 'Lägg till i utkastet');
  await waitForDesk(page, (text) => text.includes('Ny driftstörning: Just nu har vi driftstörningar'), 'the change in the draft');
  // A reload (or a session that ended) loses nothing: the draft comes back from this browser.
  await page.reload();
  await waitForDesk(page, (text) => text.includes('Ditt utkast från förra gången är återställt'), 'the restored draft');
  assert.match(await deskText(page), /Ny driftstörning: Just nu har vi driftstörningar och arbetar för fullt med att lösa detta\. \(Tierp\)/);
  await page.select('#preview-municipality', 'heby');
  await page.waitForFunction(() => !document.querySelector('itc-desk itc-status-banner')?.shadowRoot?.textContent.includes('Procapita'), { timeout: 5000 });
  await waitForDesk(page, (text) => text.includes('Personalen ser ingenting här'), 'that Heby sees nothing');
  await page.select('#preview-municipality', 'tierp');
  // Before publishing: who will be told. After: what was queued and sent.
  await waitForDesk(page, (text) => text.includes('Skickas till ungefär 2 prenumeranter i Tierp.'), 'the estimate');
  assert.deepEqual(await axeViolations(page), []);
  assert.doesNotMatch(await deskText(page), /Personalen ser ingenting här/);
  await publish(page, 1);
  await waitForDesk(page, (text) => text.includes('Meddelanden: 2 köade, 2 skickade.'), 'the notices sent');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(smtp.messages.filter((m) => /Driftstörning/i.test(m.parsed.subject)).flatMap((m) => m.envelopeTo).sort(), ['a@tierp.se', 'b@tierp.se']);
  const staffTierp = await staffRead(browser, intranet, 'tierp', (text) => text.includes('Procapita'));
  assert.match(staffTierp, /Just nu har vi driftstörningar och arbetar för fullt med att lösa detta\./);
  assert.match(staffTierp, /Lifecare/);
  assert.doesNotMatch(await staffRead(browser, intranet, 'heby', () => false), /driftstörningar och arbetar/);
  const published = JSON.parse((await host.db.query('select body from status_versions where version = 1'))[0].body);
  assert.equal(published.disruptions[0].end, null);
  assert.match(published.disruptions[0].start, new RegExp(`^\\d{4}-\\d{2}-\\d{2}T${now}$`));
  assert.deepEqual(published.disruptions[0].municipalities, ['tierp']);

  // —— An update by keyboard alone, an edit, then resolved ——
  await (await button(page, 'Lägg till uppdatering')).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'form-heading');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'update-text');
  await page.keyboard.type('Felet är hittat. Lifecare fungerar igen.');
  await page.keyboard.press('Tab'); // the time, now
  await page.keyboard.press('Tab'); // "Lägg till i utkastet"
  await page.keyboard.press('Enter');
  await waitForDesk(page, (text) => text.includes('Uppdatering: Just nu har vi driftstörningar'), 'the update in the draft');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'draft-heading');
  await press(page, 'Ändra');
  await typeInto(page, '#systems', 'Lifecare');
  await page.select('#severity', 'critical');
  await press(page, 'Spara i utkastet');
  await publish(page, 2);
  assert.match(await staffRead(browser, intranet, 'tierp', (text) => text.includes('Felet är hittat')), /Felet är hittat\. Lifecare fungerar igen\./);
  const edited = JSON.parse((await host.db.query('select body from status_versions where version = 2'))[0].body).disruptions[0];
  assert.deepEqual([edited.systems, edited.severity, edited.updates.length], [['Lifecare'], 'critical', 1]);
  await press(page, 'Markera som åtgärdad');
  await publish(page, 3);
  assert.doesNotMatch(await staffRead(browser, intranet, 'tierp', () => false), /Just nu har vi driftstörningar/);

  // —— The seed's windows: Tierp Saturday 27 March 2027, Älvkarleby Sunday 28 March, the day the clocks go forward ——
  await press(page, 'Nytt servicefönster');
  assert.equal(await page.$eval('#support', (i) => i.value), 'Vid behov når du oss på ordinarie supporttelefonnummer kl. 10–16 under helgen.');
  await tick(page, 'tierp');
  await page.type('#date', '2027-03-27');
  await page.type('#from', '10');
  await page.type('#to', '20:00');
  for (const [name, from, to] of [['Personalsystemen', '10:00', '14:00'], ['Tierpsbyggen', '12:00', '14:00']]) {
    await press(page, 'Lägg till system');
    const row = (await page.$$('.system-row')).length - 1;
    assert.equal(await page.evaluate(() => document.activeElement.id), `system-${row}-name`);
    await page.type(`#system-${row}-name`, name);
    await page.type(`#system-${row}-from`, from);
    await page.type(`#system-${row}-to`, to);
  }
  assert.deepEqual(await axeViolations(page), []);
  await press(page, 'Lägg till i utkastet');

  await press(page, 'Nytt servicefönster');
  await tick(page, 'alvkarleby');
  await page.type('#date', '2027-03-28');
  // 02:30 does not exist that night: the core's warning shows beside the field as it is typed.
  await page.type('#from', '02:30');
  await page.type('#to', '20:00');
  await page.waitForSelector('#from-finding');
  assert.match(await page.$eval('#from-finding', (p) => p.textContent), /finns inte i Europe\/Stockholm \(klockan ställs fram\)/);
  assert.match(await page.$eval('#from', (i) => i.getAttribute('aria-describedby')), /from-finding/);
  await typeInto(page, '#from', '10:00');
  await page.waitForFunction(() => !document.querySelector('#from-finding'));
  for (const name of ['Treserva', 'TES']) {
    await press(page, 'Lägg till system');
    const row = (await page.$$('.system-row')).length - 1;
    await page.type(`#system-${row}-name`, name);
    await page.type(`#system-${row}-from`, '10:00');
    await page.type(`#system-${row}-to`, '13:00');
  }
  await press(page, 'Lägg till i utkastet');
  // Editing a window in the draft: Tierp's ends at 19 instead.
  await press(page, 'Ändra', 'itc-desk section[aria-labelledby="windows-heading"] .items li:first-child');
  assert.equal(await page.$eval('#to', (i) => i.value), '20:00');
  await typeInto(page, '#to', '19');
  await press(page, 'Spara i utkastet');
  await waitForDesk(page, (text) => text.includes('Nytt servicefönster: Servicefönster (Tierp, 2027-03-27 10:00–19:00)') && !text.includes('Ändrat servicefönster'), 'the edited window');
  // A window months ahead shows in the preview (the widget's own horizon is 14 days).
  await page.select('#preview-municipality', 'alvkarleby');
  await page.waitForFunction(() => document.querySelector('itc-desk itc-status-banner')?.shadowRoot?.textContent.includes('Treserva'), { timeout: 5000 });
  await publish(page, 4);
  const tierpWindow = await staffRead(browser, intranet, 'tierp', (text) => text.includes('Tierpsbyggen'));
  assert.match(tierpWindow, /lördag 27 mars 2027 kl\. 10\.00–19\.00/);
  assert.match(tierpWindow, /Personalsystemen kl\. 10–14/);
  assert.match(tierpWindow, /Tierpsbyggen kl\. 12–14/);
  assert.match(tierpWindow, /ordinarie supporttelefonnummer kl\. 10–16/);
  const alvkarlebyWindow = await staffRead(browser, intranet, 'alvkarleby', (text) => text.includes('Treserva'));
  assert.match(alvkarlebyWindow, /söndag 28 mars 2027 kl\. 10\.00–20\.00/);
  assert.match(alvkarlebyWindow, /Treserva kl\. 10–13/);
  const windows = JSON.parse((await host.db.query('select body from status_versions where version = 4'))[0].body).maintenance;
  assert.deepEqual(windows.map((w) => [w.municipalities, w.start, w.end]), [
    [['tierp'], '2027-03-27T10:00', '2027-03-27T19:00'],
    [['alvkarleby'], '2027-03-28T10:00', '2027-03-28T20:00'],
  ]);

  // —— A conflict: Bertil publishes while Anna writes; nothing of his is overwritten ——
  const bertil = await signInThroughPage(browser, host, smtp, OTHER_PUBLISHER);
  watch(bertil);
  // Anna cancels the Tierp window (the first card) while Bertil writes a new disruption.
  await press(page, 'Ställ in', 'itc-desk section[aria-labelledby="windows-heading"] .items li:first-child');
  await press(bertil, 'Ny driftstörning');
  // What publishers type is text everywhere, never markup.
  await typeInto(bertil, '#title', '<img src=x onerror="window.hacked=1">Östhammar: e-posten ligger nere');
  await tick(bertil, 'osthammar');
  await press(bertil, 'Lägg till i utkastet');
  await publish(bertil, 5);
  assert.match(await bertil.$eval('itc-desk', (desk) => desk.querySelector('.items h3').textContent), /^<img src=x onerror="window.hacked=1">Östhammar/);
  assert.match(await staffRead(browser, intranet, 'osthammar', (text) => text.includes('e-posten')), /<img src=x onerror="window\.hacked=1">Östhammar: e-posten ligger nere/);
  assert.equal(await bertil.evaluate(() => window.hacked), undefined);
  await press(page, 'Publicera');
  await page.waitForSelector('itc-desk .conflict');
  const conflict = await page.$eval('itc-desk .conflict', (c) => c.textContent.replace(/\s+/g, ' '));
  assert.match(conflict, /Någon annan har publicerat under tiden/);
  assert.match(conflict, /bertil\.publicist@itcentrum\.se publicerade version 5/);
  assert.match(conflict, /Ny driftstörning: ”<img src=x onerror="window\.hacked=1">Östhammar: e-posten ligger nere” \(Östhammar\)/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'outcome');
  assert.deepEqual(await axeViolations(page), []);
  await shoot(page, 'conflict');
  await press(page, 'Lägg mina ändringar ovanpå deras');
  await publish(page, 6);
  const merged = JSON.parse((await host.db.query('select body from status_versions where version = 6'))[0].body);
  assert.equal(merged.disruptions.filter((d) => d.end === null).length, 1, "Bertil's disruption stands");
  assert.deepEqual(merged.maintenance.map((w) => w.municipalities[0]), ['alvkarleby'], "Anna's cancellation of the Tierp window is applied");

  // —— History and rollback to version 4 ——
  await press(page, 'Visa ändringar i version 6');
  await waitForDesk(page, (text) => text.includes('Inställt servicefönster: ”Servicefönster” (Tierp,'), 'the summary of version 6');
  await press(page, 'Återställ den här versionen (version 4)');
  await waitForDesk(page, (text) => text.includes('Återställ version 4'), 'the restore in the draft');
  assert.deepEqual(await axeViolations(page), []);
  await page.$eval('#history-heading', (heading) => heading.scrollIntoView());
  await shoot(page, 'history');
  await publish(page, 7);
  const restored = JSON.parse((await host.db.query('select body from status_versions where version = 7'))[0].body);
  const four = JSON.parse((await host.db.query('select body from status_versions where version = 4'))[0].body);
  assert.deepEqual({ ...restored, updated: null }, { ...four, updated: null });
  const versions = await host.db.query('select version, published_by from status_versions order by version');
  assert.deepEqual(versions.map((v) => v.published_by), [PUBLISHER, PUBLISHER, PUBLISHER, PUBLISHER, OTHER_PUBLISHER, PUBLISHER, PUBLISHER]);

  // —— Subscribers, English, sign out ——
  assert.match(await deskText(page), /Antal bekräftade prenumeranter per kommun och ämne/);
  await page.goto(host.url + '/desk/?lang=en');
  await page.waitForFunction(() => document.querySelector('itc-desk')?.textContent.includes('Disruptions'), { timeout: 10_000 });
  assert.equal(await page.$eval('html', (h) => h.lang), 'en');
  await press(page, 'New disruption');
  assert.deepEqual(await axeViolations(page), []);
  // 320 px wide (200 % zoom of 640): nothing is cut off or scrolls sideways.
  await page.setViewport({ width: 320, height: 700, deviceScaleFactor: 2 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scrolling at 320 px');
  await Promise.all([page.waitForNavigation(), page.click('.desk-header button[type="submit"]')]);
  assert.match(await page.content(), /Send sign-in link/);
  assert.deepEqual(problems, []);
});
