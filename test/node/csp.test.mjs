// Strict Content-Security-Policy: pages served with the policies a careful municipal portal sends
// load dist/itc-status.js and render and style both elements with zero CSP violations. The page's
// own recorder (installed through the DevTools protocol, so no inline script is needed) counts every
// `securitypolicyviolation` event. Prints "CSP variants passed: N". Under Trusted Types the form's
// part (loaded beside the bundle) needs the policy "itc-status" next to Lit's "lit-html".
import { test, before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer, send, CORS, answerPreflight } from './support/server.mjs';
import { openPage, readBundle, shadowText } from './support/page.mjs';
import { sampleDocument } from './support/status-docs.mjs';
import { recordFigure } from './support/figures.mjs';
import { fillForm, submitForm } from './support/form.mjs';

const TITLE = 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.';
const NONCE = 'itc0nonce0test';
/** The pasted script's SHA-384 (the README's SRI snippet): a policy may pin it as a hash. */
const SCRIPT_HASH = () => readFileSync(new URL('../../dist/itc-status.js.sri', import.meta.url), 'utf8').trim();
let browser, statusHost, site;
let passed = 0;

/** The policy of a variant, with the status host's origin filled in. */
const policies = {
  strictTrustedTypes: (host) =>
    `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${host}; require-trusted-types-for 'script'; trusted-types lit-html itc-status`,
  strict: (host) => `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${host}`,
  nonceStrictDynamic: (host) =>
    `default-src 'none'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; connect-src ${host}; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html itc-status`,
  // A nonce alone admits only scripts that carry it: the form's part gets the bundle's.
  nonceOnly: (host) => `default-src 'none'; script-src 'nonce-${NONCE}'; style-src 'self'; connect-src ${host}; base-uri 'none'; object-src 'none'`,
  // Hashes only: the pasted script matches its hash; the part it loads needs 'strict-dynamic'.
  hashStrictDynamic: (host) => `default-src 'none'; script-src '${SCRIPT_HASH()}' 'strict-dynamic'; style-src 'self'; connect-src ${host}; base-uri 'none'; object-src 'none'`,
  hashOnly: (host) => `default-src 'none'; script-src '${SCRIPT_HASH()}'; style-src 'self'; connect-src ${host}; base-uri 'none'; object-src 'none'`,
  twiceTrustedTypes: (host) =>
    `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${host}; require-trusted-types-for 'script'; trusted-types lit-html itc-status`,
  statusHostBlocked: () => `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html itc-status`,
  // A policy written before the form became a part of its own: the banner works, the form cannot load.
  trustedTypesWithoutPart: (host) =>
    `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${host}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

function pageHtml({ statusOrigin, scripts = 1, nonce, integrity }) {
  const script = `<script src="/dist/itc-status.js" defer${nonce ? ` nonce="${nonce}"` : ''}${integrity ? ` integrity="${integrity}"` : ''}></script>`;
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Intranät</title>${script.repeat(scripts)}</head>
<body>
<h1>Startsida</h1>
<itc-status-banner src="${statusOrigin}/status.json" municipality="tierp"></itc-status-banner>
<itc-subscribe action="${statusOrigin}/subscribe" municipality="tierp" privacy-url="https://itcentrum.se/sekretesspolicy" terms-url="https://itcentrum.se/anvandarvillkor"><a href="https://itcentrum.se/">Prenumerera på itcentrum.se</a></itc-subscribe>
</body>
</html>`;
}

before(async () => {
  readBundle();
  statusHost = await startServer({
    routes: {
      '/status.json': (req, res) => send(res, 200, sampleDocument({ title: TITLE }), CORS),
      '/subscribe': (req, res) => {
        if (answerPreflight(req, res)) return;
        req.resume();
        req.on('end', () => send(res, 202, { status: 'pending' }, CORS));
      },
    },
  });
  site = await startServer({
    routes: {
      '/page': (req, res, url) => {
        const variant = url.searchParams.get('variant');
        const policy = policies[variant](statusHost.origin);
        const html = pageHtml({
          statusOrigin: statusHost.origin,
          scripts: variant === 'twiceTrustedTypes' ? 2 : 1,
          nonce: variant.startsWith('nonce') ? NONCE : undefined,
          integrity: variant.startsWith('hash') ? SCRIPT_HASH() : undefined,
        });
        send(res, 200, html, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy });
      },
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all([statusHost?.close(), site?.close()]);
  console.log(`CSP variants passed: ${passed}`);
  recordFigure('cspVariants', passed);
});

/** Loads a variant and waits until both elements have rendered. */
async function load(variant) {
  // A fresh profile each time: no last good document from an earlier variant in storage.
  const context = await browser.createBrowserContext();
  const opened = await openPage(context);
  await opened.page.goto(`${site.origin}/page?variant=${variant}`, { waitUntil: 'load' });
  await opened.until(() => customElements.get('itc-status-banner') && customElements.get('itc-subscribe'), undefined, { message: 'elements defined' });
  await opened.until(() => document.querySelector('itc-subscribe')?.shadowRoot?.querySelector('form'), undefined, { message: 'the form' });
  return opened;
}

/** Style facts from inside the shadow roots: Lit's adopted style sheets took effect. */
function styleFacts(page) {
  return page.evaluate(() => {
    const banner = document.querySelector('itc-status-banner').shadowRoot;
    const form = document.querySelector('itc-subscribe').shadowRoot;
    const region = banner.querySelector('[part~="banner"]');
    const disruption = banner.querySelector('[part~="disruption"]');
    const input = form.querySelector('input[type="email"]');
    return {
      bannerSheets: banner.adoptedStyleSheets.length,
      formSheets: form.adoptedStyleSheets.length,
      disruptionBackground: disruption ? getComputedStyle(disruption).backgroundColor : null,
      regionDisplay: region ? getComputedStyle(region).display : null,
      inputBorder: input ? getComputedStyle(input).borderTopStyle : null,
      styleElements: banner.querySelectorAll('style').length + form.querySelectorAll('style').length,
      // The page's own content inside <itc-subscribe> gives way to the form.
      fallbackShown: document.querySelector('itc-subscribe a').getClientRects().length > 0,
    };
  });
}

async function assertRendersStyledWithoutViolations(variant) {
  const { page, record, harness, until } = await load(variant);
  await until((title) => document.querySelector('itc-status-banner')?.shadowRoot?.textContent.includes(title), TITLE, { message: 'the disruption' });
  const facts = await styleFacts(page);
  assert.ok(facts.bannerSheets > 0 && facts.formSheets > 0, 'styles are adopted style sheets');
  assert.equal(facts.styleElements, 0, 'no <style> element was needed');
  // The disruption's red background comes only from the element's styles.
  assert.ok(facts.disruptionBackground && facts.disruptionBackground !== 'rgba(0, 0, 0, 0)', `disruption background: ${facts.disruptionBackground}`);
  assert.equal(facts.inputBorder, 'solid');
  assert.equal(facts.fallbackShown, false);
  const { violations, errors } = await harness();
  assert.deepEqual(violations, [], 'no CSP violation');
  assert.deepEqual(errors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.ok(statusHost.log.some((r) => r.path === '/status.json'), 'the status host was asked');
  // The page asked nothing of any origin but the site (page, script) and the status host.
  for (const r of record.requests) assert.ok([site.origin, statusHost.origin].includes(new URL(r.url).origin), `request to ${r.url}`);
  return { page, harness, until };
}

test('strict CSP with Trusted Types (trusted-types lit-html itc-status): both elements render and are styled, zero violations', async () => {
  const { page, harness, until } = await assertRendersStyledWithoutViolations('strictTrustedTypes');
  // Signing up works under the policy too: the form posts to the allowed host.
  await fillForm(page);
  const before = statusHost.log.filter((r) => r.path === '/subscribe' && r.method === 'POST').length;
  await submitForm(page);
  await new Promise((resolve) => {
    const end = Date.now() + 5000;
    const check = () => (statusHost.log.filter((r) => r.path === '/subscribe' && r.method === 'POST').length > before || Date.now() > end ? resolve() : setTimeout(check, 25));
    check();
  });
  assert.equal(statusHost.log.filter((r) => r.path === '/subscribe' && r.method === 'POST').length, before + 1, 'one sign-up request');
  await until(() => /Tack!/.test(document.querySelector('itc-subscribe').shadowRoot.textContent), undefined, { message: 'the thank-you text' });
  assert.deepEqual((await harness()).violations, []);
  await page.browserContext().close();
  passed += 1;
});

test('strict CSP without Trusted Types: both elements render and are styled, zero violations', async () => {
  const { page } = await assertRendersStyledWithoutViolations('strict');
  await page.browserContext().close();
  passed += 1;
});

test("nonce-based CSP with 'strict-dynamic' and Trusted Types: zero violations", async () => {
  const { page } = await assertRendersStyledWithoutViolations('nonceStrictDynamic');
  await page.browserContext().close();
  passed += 1;
});

test("nonce-based CSP without 'strict-dynamic': the form's part carries the bundle's nonce, zero violations", async () => {
  const { page } = await assertRendersStyledWithoutViolations('nonceOnly');
  await page.browserContext().close();
  passed += 1;
});

test("a hash-only CSP with 'strict-dynamic': the pinned script loads the form's part, zero violations", async () => {
  const { page } = await assertRendersStyledWithoutViolations('hashStrictDynamic');
  await page.browserContext().close();
  passed += 1;
});

test("a hash-only CSP without 'strict-dynamic' (why the README asks for it): the banner works, the form's part is refused", async () => {
  const context = await browser.createBrowserContext();
  const { page, harness, until } = await openPage(context);
  await page.goto(`${site.origin}/page?variant=hashOnly`, { waitUntil: 'load' });
  await until((title) => document.querySelector('itc-status-banner')?.shadowRoot?.textContent.includes(title), TITLE, { message: 'the disruption' });
  const { violations } = await harness();
  assert.ok(violations.some((v) => /^script-src/.test(v.directive) && /itc-subscribe\.[\w-]{8}\.js/.test(v.blocked)), JSON.stringify(violations));
  assert.equal(await page.evaluate(() => !!document.querySelector('itc-subscribe').shadowRoot?.querySelector('form')), false, 'no form without its part');
  await context.close();
  passed += 1;
});

test("the script included twice under Trusted Types (no 'allow-duplicates'): zero violations, no error", async () => {
  const { page } = await assertRendersStyledWithoutViolations('twiceTrustedTypes');
  await page.browserContext().close();
  passed += 1;
});

test('a connect-src that excludes the status host: the neutral notice, no crash, only the blocked fetch reported', async () => {
  const { page, record, harness, until } = await load('statusHostBlocked');
  const notice = await until(() => document.querySelector('itc-status-banner')?.shadowRoot?.querySelector('[part~="notice"]')?.textContent, undefined, {
    message: 'the neutral notice',
  });
  assert.match(notice, /Driftinformationen kan inte visas just nu/);
  const text = await shadowText(page, 'itc-status-banner');
  assert.ok(!text.includes(TITLE), 'nothing of the document is shown');
  assert.doesNotMatch(text, /inga störningar/i);
  const { violations, errors } = await harness();
  assert.ok(violations.length > 0, 'the blocked fetch is reported');
  assert.ok(violations.every((v) => v.directive === 'connect-src'), JSON.stringify(violations));
  assert.deepEqual(errors, []);
  assert.deepEqual(record.pageErrors, []);
  await page.browserContext().close();
  passed += 1;
});

test('Trusted Types without the policy "itc-status": the banner works; the form says in the console what to add, and the page\'s own content stays', async () => {
  const context = await browser.createBrowserContext();
  const { page, record, harness, until } = await openPage(context);
  await page.goto(`${site.origin}/page?variant=trustedTypesWithoutPart`, { waitUntil: 'load' });
  await until((title) => document.querySelector('itc-status-banner')?.shadowRoot?.textContent.includes(title), TITLE, { message: 'the disruption' });
  await until(() => document.querySelector('itc-subscribe a').getClientRects().length > 0, undefined, { message: 'the fallback link' });
  const message = record.console.find((m) => m.type === 'error' && m.text.startsWith('itc-subscribe:'));
  assert.match(message?.text ?? '', /add "itc-status" to the page's trusted-types directive/);
  assert.equal(await page.evaluate(() => !!customElements.get('itc-subscribe')), false);
  const { violations, errors } = await harness();
  // Only what Trusted Types refused: the policy's name, then the plain URL.
  assert.ok(violations.length > 0 && violations.every((v) => /trusted-types/.test(v.directive)), JSON.stringify(violations));
  assert.deepEqual(errors, []);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
  passed += 1;
});
