// The snippet builder of demo/snippet.html in Chromium: its real markup, its module, the real
// elements in the preview; msw stands in for the status host and the script's host.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { buildSnippet, mountSnippetBuilder } from '../../demo/snippet-builder.js';
import { sampleDocument, serveJson, useStatusHost, worker } from '../banner/helpers.js';

/** SHA-384 of "abc", the FIPS 180-2 test vector. */
const ABC_SHA384 = 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn';
const origin = location.origin;

/** The builder's markup from demo/snippet.html, with the given field values, wired up. */
async function builder(fields: { src?: string; script?: string } = {}) {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/snippet.html')).text(), 'text/html');
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const root = container.appendChild(document.importNode(page.querySelector('main')!, true));
  worker.use(
    http.get('/snippet-test/itc-status.js', () => new HttpResponse('abc', { headers: { 'content-type': 'text/javascript' } })),
    http.get('/snippet-test/missing.js', () => new HttpResponse(null, { status: 404 })),
  );
  set(root, 'src', fields.src ?? serveJson(sampleDocument()), false);
  set(root, 'script', fields.script ?? '/snippet-test/itc-status.js', false);
  await mountSnippetBuilder(root);
  return root;
}

const input = (root: Element, name: string, value?: string) =>
  root.querySelector<HTMLInputElement>(`[name="${name}"]${value ? `[value="${value}"]` : ''}`)!;

/** Types `value` into a text field (as a user does: an input event follows). */
function set(root: Element, name: string, value: string, notify = true) {
  const field = input(root, name);
  field.value = value;
  if (notify) field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Waits for the builder to settle after an input (the script's hash may be fetched). */
const settle = () => aTimeout(100);
const snippet = (root: Element) => root.querySelector('.snippet')!.textContent;
const previewElement = (root: Element) => root.querySelector('.preview')!.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };

describe('snippet builder (demo/snippet.html)', () => {
  useStatusHost();

  it('starts with the whole banner for every municipality, with the script hash', async () => {
    const src = serveJson(sampleDocument());
    const root = await builder({ src });
    expect(snippet(root)).to.equal(
      `<script src="${origin}/snippet-test/itc-status.js" integrity="${ABC_SHA384}" crossorigin="anonymous"></script>\n` +
        `<itc-status-banner src="${origin}${src}"></itc-status-banner>`,
    );
    expect(root.querySelector('.integrity-note')!.textContent).to.equal('Med integritetskontroll för skriptet som finns på adressen nu.');
    const element = previewElement(root);
    expect(element.localName).to.equal('itc-status-banner');
    expect(element.getAttribute('src')).to.equal(`${origin}${src}`);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('li[part~="card"]')).to.have.length(2);
  });

  it('follows every choice in the snippet and the live preview', async () => {
    const src = serveJson(sampleDocument());
    const root = await builder({ src });
    input(root, 'municipality', 'tierp').click();
    input(root, 'municipality', 'alvkarleby').click();
    input(root, 'show', 'maintenance').click();
    input(root, 'lang', 'en').click();
    await settle();
    expect(snippet(root).split('\n')[1]).to.equal(
      `<itc-status-banner src="${origin}${src}" municipality="alvkarleby, tierp" show="maintenance" lang="en"></itc-status-banner>`,
    );
    const element = previewElement(root);
    expect([...element.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal([
      `src=${origin}${src}`,
      'municipality=alvkarleby, tierp',
      'show=maintenance',
      'lang=en',
    ]);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Planned service windows');
    expect(element.shadowRoot!.querySelector('article'), 'no disruptions with show="maintenance"').to.equal(null);

    input(root, 'show', 'disruptions').click();
    input(root, 'municipality', 'alvkarleby').click();
    input(root, 'lang', 'sv').click();
    await settle();
    expect(snippet(root).split('\n')[1]).to.equal(`<itc-status-banner src="${origin}${src}" municipality="tierp" show="disruptions"></itc-status-banner>`);
  });

  it('offers the sign-up form with its own address field', async () => {
    const root = await builder();
    input(root, 'show', 'subscribe').click();
    input(root, 'municipality', 'tierp').click();
    await settle();
    expect(root.querySelector<HTMLElement>('[data-for="status"]')!.hidden).to.equal(true);
    expect(root.querySelector<HTMLElement>('[data-for="subscribe"]')!.hidden).to.equal(false);
    expect(snippet(root).split('\n')[1]).to.equal(`<itc-subscribe action="${origin}/api/subscribe" municipality="tierp"></itc-subscribe>`);
    expect(snippet(root).split('\n')[0], 'the form has its fallback until the script runs: deferred').to.match(/ defer><\/script>$/);
    expect(previewElement(root).localName).to.equal('itc-subscribe');
    set(root, 'action', 'https://itcentrum.se/api/prenumerera');
    await settle();
    expect(snippet(root).split('\n')[1]).to.equal('<itc-subscribe action="https://itcentrum.se/api/prenumerera" municipality="tierp"></itc-subscribe>');
  });

  it('leaves out integrity and crossorigin when the script cannot be fetched, and says so', async () => {
    const root = await builder({ script: '/snippet-test/missing.js' });
    expect(snippet(root).split('\n')[0]).to.equal(`<script src="${origin}/snippet-test/missing.js"></script>`);
    expect(root.querySelector('.integrity-note')!.textContent).to.equal('Utan integritetskontroll: skriptet kunde inte hämtas härifrån.');
    set(root, 'script', '/snippet-test/itc-status.js');
    await settle();
    expect(snippet(root).split('\n')[0]).to.contain(`integrity="${ABC_SHA384}"`);
  });

  it('writes typed addresses as safe, absolute attribute values', async () => {
    const root = await builder();
    // Answered here, so that the preview sends nothing off this machine.
    worker.use(http.get('https://itcentrum.se/status.json', () => HttpResponse.json(sampleDocument())));
    set(root, 'src', 'https://itcentrum.se/status.json?kommun=tierp&format=v1');
    await settle();
    expect(snippet(root).split('\n')[1]).to.equal('<itc-status-banner src="https://itcentrum.se/status.json?kommun=tierp&amp;format=v1"></itc-status-banner>');
    const element = previewElement(root);
    expect(element.getAttribute('src')).to.equal('https://itcentrum.se/status.json?kommun=tierp&format=v1');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('li[part~="card"]')).to.have.length(2);
  });

  it('buildSnippet escapes quotes and angle brackets in any value', () => {
    expect(
      buildSnippet({ show: 'all', municipalities: ['"><script>'], lang: 'sv', src: 'a"b', action: '', script: 's.js', integrity: 'x"y' }),
    ).to.equal(
      '<script src="s.js" integrity="x&quot;y" crossorigin="anonymous"></script>\n' +
        '<itc-status-banner src="a&quot;b" municipality="&quot;&gt;&lt;script&gt;"></itc-status-banner>',
    );
  });

  it('copies with the keyboard and announces it, every time', async () => {
    const root = await builder();
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const button = root.querySelector<HTMLButtonElement>('.copy')!;
    const status = root.querySelector('[role="status"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(100);
    expect(writeText.calledOnceWithExactly(snippet(root))).to.equal(true);
    expect(status.textContent).to.equal('Koden är kopierad.');
    // Pressed again: the region is emptied and filled again, so screen readers say it again.
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(status.textContent!));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    await sendKeys({ press: 'Space' });
    await aTimeout(100);
    observer.disconnect();
    expect(writeText.callCount).to.equal(2);
    expect(seen).to.deep.equal(['', 'Koden är kopierad.']);
    expect(document.activeElement).to.equal(button);
  });

  it('when copying is not allowed, selects the code and says how to copy it', async () => {
    const root = await builder();
    sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('Denied', 'NotAllowedError'));
    root.querySelector<HTMLButtonElement>('.copy')!.click();
    await aTimeout(100);
    expect(root.querySelector('[role="status"]')!.textContent).to.equal(
      'Kunde inte kopiera automatiskt. Koden är markerad – kopiera den med Ctrl+C (⌘+C på Mac).',
    );
    expect(getSelection()!.toString()).to.equal(snippet(root));
  });

  it('is accessible', async () => {
    const root = await builder();
    await expect(root).to.be.accessible();
  });
});
