// The chain as staff meet it: the real <itc-subscribe>, pasted on an intranet page of another
// origin and loaded from the status host's /widgets/, signs up in headless Chromium; the
// confirmation arrives over SMTP; opening its link and pressing the button confirms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillForm, submitForm, EMAIL } from '../../test/node/support/form.mjs';
import { axeViolations, startBrowserScene } from './helpers/browser.mjs';
import { linksOf } from './helpers/smtp-sink.mjs';
import { currentSample } from './helpers/documents.mjs';
import { createPublishToken } from '../dist/services/publish-tokens.js';

/** Tierp's intranet page: the banner and the sign-up form, pointing at the status host. */
const intranetPage = (url, statusHost) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Tierps intranät</title>
<script src="${statusHost}/widgets/itc-status.js" defer></script></head>
<body><h1>Tierps kommuns intranät</h1>
<itc-status-banner src="${statusHost}/status.json" municipality="tierp"></itc-status-banner>
<itc-subscribe action="${statusHost}/api/subscribe" municipality="tierp" privacy-url="/sekretess" terms-url="/villkor"></itc-subscribe>
</body></html>`;

test('a sign-up from another origin in Chromium, confirmed from the emailed link', async (t) => {
  const { smtp, host, intranet, browser } = await startBrowserScene(t, { PUBLIC_URL: 'https://status.itcentrum.se' }, intranetPage);
  const token = await createPublishToken(host.db, 'ops');
  await fetch(host.url + '/status.json', { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: currentSample() });

  const page = await browser.newPage();
  await page.emulateTimezone('Europe/Stockholm');
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(intranet.url);
  // The banner shows what was published (the seed's disruption), from the other origin.
  await page.waitForFunction(() => document.querySelector('itc-status-banner')?.shadowRoot?.textContent?.includes('Just nu har vi driftstörningar'), { timeout: 10_000 });
  await page.waitForSelector('itc-subscribe >>> input[name="email"]', { timeout: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, 1600)); // a person takes more than 1.5 s
  await fillForm(page);
  await submitForm(page);
  await page.waitForFunction(() => document.querySelector('itc-subscribe')?.shadowRoot?.textContent?.includes('Tack!'), { timeout: 10_000 });

  const [mail] = await smtp.waitFor(1);
  assert.deepEqual(mail.envelopeTo, [EMAIL]);
  const row = (await host.db.query('select state, topics, municipalities, lang from subscribers'))[0];
  assert.deepEqual(row, { state: 'pending', topics: ['operations'], municipalities: ['tierp', 'osthammar'], lang: 'sv' });

  // The link from the email (PUBLIC_URL is the public name; the test server is reached directly).
  const confirmPage = await browser.newPage();
  confirmPage.on('pageerror', (e) => errors.push(String(e)));
  await confirmPage.goto(host.url + new URL(linksOf(mail)[0]).pathname);
  assert.equal((await host.db.query('select state from subscribers'))[0].state, 'pending');
  assert.deepEqual(await axeViolations(confirmPage), []);
  await Promise.all([confirmPage.waitForNavigation(), confirmPage.click('button[type="submit"]')]);
  assert.match(await confirmPage.$eval('h1', (h) => h.textContent), /Tack! Du prenumererar nu/);
  assert.equal((await host.db.query('select state from subscribers'))[0].state, 'confirmed');
  assert.deepEqual(await axeViolations(confirmPage), []);

  // The manage page, by keyboard: Tab reaches the first checkbox, Space unticks it, the save button saves.
  await Promise.all([confirmPage.waitForNavigation(), confirmPage.click('a[href*="/prenumeration/hantera/"]')]);
  assert.deepEqual(await axeViolations(confirmPage), []);
  await confirmPage.keyboard.press('Tab');
  assert.equal(await confirmPage.evaluate(() => document.activeElement.value), 'news');
  await confirmPage.keyboard.press('Tab'); // Driftinformation
  await confirmPage.keyboard.press('Tab'); // Heby
  await confirmPage.keyboard.press('Space');
  await Promise.all([confirmPage.waitForNavigation(), confirmPage.click('button[type="submit"]')]);
  assert.match(await confirmPage.$eval('[role="status"]', (p) => p.textContent), /Dina ändringar är sparade/);
  assert.deepEqual((await host.db.query('select municipalities from subscribers'))[0].municipalities, ['heby', 'tierp', 'osthammar']);
  assert.deepEqual(await axeViolations(confirmPage), []);
  // 320 px wide at 200 % zoom: no horizontal scrolling.
  await confirmPage.setViewport({ width: 320, height: 640, deviceScaleFactor: 2 });
  assert.ok(await confirmPage.evaluate(() => document.documentElement.scrollWidth <= 320));
  assert.deepEqual(errors, []);
});
