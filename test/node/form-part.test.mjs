// The pasted bundle loads the sign-up form's code (dist/itc-subscribe.<hash>.js) only on pages
// that have an <itc-subscribe>: once, whether the form is in the page from the start or added
// later, in the document or in a portal component's shadow root, and never on pages that show
// status only. Against a real server on 127.0.0.1, which
// logs every request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer, send, CORS } from './support/server.mjs';
import { openPage, readBundle, readFormPart } from './support/page.mjs';
import { sampleDocument } from './support/status-docs.mjs';

const TITLE = 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.';
const FALLBACK = '<a href="https://itcentrum.se/">Prenumerera på itcentrum.se</a>';
let browser, site, part;

const page = (body, script = '/dist/itc-status.js') => (req, res) =>
  send(res, 200, `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intranät</title>
<script src="${script}" defer></script></head>
<body><h1>Startsida</h1>
<itc-status-banner src="/status.json" municipality="tierp"></itc-status-banner>
${body}
</body></html>`, { 'Content-Type': 'text/html; charset=utf-8' });

before(async () => {
  readBundle();
  part = readFormPart();
  site = await startServer({
    routes: {
      '/status.json': (req, res) => send(res, 200, sampleDocument({ title: TITLE }), CORS),
      '/banner-only.html': page(''),
      '/form.html': page(`<itc-subscribe action="/subscribe">${FALLBACK}</itc-subscribe>`),
      '/two-forms.html': page(`<itc-subscribe action="/subscribe"></itc-subscribe><section><itc-subscribe action="/subscribe" lang="en"></itc-subscribe></section>`),
      // A portal's own component, defined before the bundle runs, with the form in its shadow root.
      '/portal-before.html': page(`<script>
customElements.define('portal-card', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<h2>Prenumerera</h2><itc-subscribe action="/subscribe"></itc-subscribe>'; }
});
</script><portal-card></portal-card>`),
      // A component with a shadow root but no form.
      '/portal-without-form.html': page(`<script>
customElements.define('portal-card', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>Nyheter</p>'; }
});
</script><portal-card></portal-card>`),
      // A copy of the bundle served from a folder without the part.
      '/alone/itc-status.js': (req, res) => send(res, 200, readBundle(), { 'Content-Type': 'text/javascript; charset=utf-8' }),
      '/part-missing.html': page(`<itc-subscribe action="/subscribe">${FALLBACK}</itc-subscribe>`, '/alone/itc-status.js'),
      // Pasted as a module script: no document.currentScript, so no folder to find the part in.
      '/module-script.html': (req, res) =>
        send(res, 200, `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intranät</title>
<script type="module" src="/dist/itc-status.js"></script></head>
<body><itc-status-banner src="/status.json" municipality="tierp"></itc-status-banner>
<itc-subscribe action="/subscribe">${FALLBACK}</itc-subscribe></body></html>`, { 'Content-Type': 'text/html; charset=utf-8' }),
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const partRequests = () => site.log.filter((r) => r.path.startsWith('/dist/itc-subscribe.') || r.path.startsWith('/alone/itc-subscribe.'));

/** Opens `path` and waits until the banner shows the disruption (the bundle has run). */
async function open(path) {
  site.log.length = 0;
  const opened = await openPage(browser);
  await opened.page.goto(site.origin + path, { waitUntil: 'load' });
  await opened.until((title) => document.querySelector('itc-status-banner')?.shadowRoot?.textContent.includes(title), TITLE, { message: 'the disruption' });
  return opened;
}

test("the bundle names the part's file and carries its SHA-384", () => {
  const bundle = readBundle().toString();
  const integrity = 'sha384-' + createHash('sha384').update(part.bytes).digest('base64');
  assert.ok(bundle.includes(`file:"${part.file}",integrity:"${integrity}"`), `${part.file} ${integrity}`);
});

test('a page with the banner only never asks for the form', async () => {
  const { page, record } = await open('/banner-only.html');
  // Time for anything that would follow: a later request would be a bug too.
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.deepEqual(partRequests(), []);
  assert.equal(await page.evaluate(() => !!customElements.get('itc-subscribe')), false);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test("a page with a form loads the part once; the form replaces the page's own content inside it", async () => {
  const { page, record, until } = await open('/form.html');
  await until(() => document.querySelector('itc-subscribe')?.shadowRoot?.querySelector('form'), undefined, { message: 'the form' });
  assert.equal(partRequests().length, 1);
  assert.equal(await page.evaluate(() => document.querySelector('itc-subscribe a').getClientRects().length), 0, 'the fallback link gives way');
  // One Lit on the page: the part uses the bundle's.
  assert.equal(await page.evaluate(() => window.litHtmlVersions.length), 1);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test('two forms on a page: one request, both upgrade, each in its language', async () => {
  const { page, until } = await open('/two-forms.html');
  const labels = await until(() => {
    const forms = [...document.querySelectorAll('itc-subscribe')].map((f) => f.shadowRoot?.querySelector('button')?.textContent);
    return forms.every(Boolean) && forms;
  }, undefined, { message: 'both forms' });
  assert.deepEqual(labels, ['Prenumerera', 'Subscribe']);
  assert.equal(partRequests().length, 1);
  await page.close();
});

test('a form added after the page loaded (inside another element) loads the part then', async () => {
  const { page, record, until } = await open('/banner-only.html');
  assert.deepEqual(partRequests(), []);
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML = '<p>Anmälan</p><itc-subscribe action="/subscribe"></itc-subscribe>';
    document.body.append(box);
  });
  await until(() => document.querySelector('itc-subscribe')?.shadowRoot?.querySelector('form'), undefined, { message: 'the form' });
  assert.equal(partRequests().length, 1);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test("a form in a portal component's shadow root, there before the bundle ran, loads the part", async () => {
  const { page, record, until } = await open('/portal-before.html');
  await until(() => document.querySelector('portal-card').shadowRoot.querySelector('itc-subscribe')?.shadowRoot?.querySelector('form'), undefined, { message: 'the form in the shadow root' });
  assert.equal(partRequests().length, 1);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test('a form rendered later into nested shadow roots (closed ones too) loads the part then, once', async () => {
  const { page, record, until } = await open('/banner-only.html');
  await page.evaluate(() => {
    // The portal's components are defined after the bundle ran; the inner one renders the form a moment later.
    customElements.define('portal-inner', class extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'closed' });
        window.__inner = root;
        setTimeout(() => (root.innerHTML = '<itc-subscribe action="/subscribe" lang="en"></itc-subscribe>'), 50);
      }
    });
    customElements.define('portal-page', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<section><portal-inner></portal-inner></section>';
      }
    });
    document.body.append(document.createElement('portal-page'));
  });
  const label = await until(() => window.__inner.querySelector('itc-subscribe')?.shadowRoot?.querySelector('button')?.textContent, undefined, { message: 'the form in the closed shadow root' });
  assert.equal(label, 'Subscribe');
  assert.equal(partRequests().length, 1);
  // attachShadow is the page's own again once the form is found.
  assert.equal(await page.evaluate(() => Element.prototype.attachShadow.toString().includes('[native code]')), true);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test('components with shadow roots but no form: the part is not asked for, and their shadow roots work as before', async () => {
  const { page, record } = await open('/portal-without-form.html');
  const made = await page.evaluate(() => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Kalender</p>';
    document.body.append(host);
    return [root instanceof ShadowRoot, host.shadowRoot === root, document.querySelector('portal-card').shadowRoot.textContent];
  });
  assert.deepEqual(made, [true, true, 'Nyheter']);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.deepEqual(partRequests(), []);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test("the part missing beside the bundle: the console says so, the banner works, the page's own content stays", async () => {
  const { page, record } = await open('/part-missing.html');
  await page.waitForNetworkIdle({ idleTime: 200 });
  assert.equal(partRequests().length, 1, 'asked for beside the bundle');
  assert.equal(await page.evaluate(() => document.querySelector('itc-subscribe a').getClientRects().length > 0), true);
  const message = record.console.find((m) => m.type === 'error' && m.text.startsWith('itc-subscribe:'));
  assert.match(message?.text ?? '', /the form cannot be shown: .*\/alone\/itc-subscribe\.[\w-]+\.js could not be loaded/);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test('the script pasted as type="module": the banner works; the console says how to load it for the form', async () => {
  const { page, record } = await open('/module-script.html');
  assert.deepEqual(partRequests(), []);
  const message = record.console.find((m) => m.type === 'error' && m.text.startsWith('itc-subscribe:'));
  assert.match(message?.text ?? '', /load itc-status\.js with a classic <script src> \(not type="module"\)/);
  assert.equal(await page.evaluate(() => document.querySelector('itc-subscribe a').getClientRects().length > 0), true);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});
