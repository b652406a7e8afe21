import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { T0, TestStatusHost, fakeClock, pollingLockHeld, statusText, storageKey, uniqueSrc, useStatusWorker, worker } from './status-fixtures.js';

/** A response the test releases by calling `answer`. */
function deferred() {
  let answer!: (response: Response) => void;
  const response = new Promise<Response>((resolve) => (answer = resolve));
  return { response, answer };
}

describe('the last good document (storage, max-age, unusable responses)', () => {
  let clock: sinon.SinonFakeTimers;

  useStatusWorker();

  async function mount(src: string, attrs = ''): Promise<TestStatusHost> {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<test-status-host src="${src}" ${attrs}></test-status-host>`;
    const el = (await fixture(wrapper)).firstElementChild as TestStatusHost;
    await el.updateComplete;
    return el;
  }

  async function settle(el: TestStatusHost): Promise<void> {
    await el.status.complete;
    await el.updateComplete;
  }

  const title = (el: TestStatusHost) => el.shadowRoot!.querySelector('h2')?.textContent;
  const shown = (el: TestStatusHost) => el.shadowRoot!.querySelector('p')!.textContent;

  it('keeps the last good document under itc-status:v1:<src> and shows it at the first render of the next page view', async () => {
    const src = uniqueSrc('cache');
    const key = storageKey(src);
    expect(key).to.match(/^itc-status:v1:http:\/\/[^/]+\/status-test\/cache-/);
    localStorage.setItem(key, JSON.stringify({ text: statusText('Från förra sidvisningen'), at: T0 - 3_600_000 }));
    const pending = deferred();
    worker.use(http.get(src, () => pending.response));
    clock = fakeClock();
    const el = await mount(src);
    // The request is still out: the stored document is shown, with its own time.
    expect(el.rendered).to.deep.equal(['ready']);
    expect(title(el)).to.equal('Från förra sidvisningen');
    expect(el.status.state.receivedAt).to.equal(T0 - 3_600_000);
    // Revalidated in the background.
    pending.answer(HttpResponse.text(statusText('Färsk')));
    await settle(el);
    expect(title(el)).to.equal('Färsk');
    expect(el.status.state.receivedAt).to.equal(T0);
    expect(el.rendered, 'never a flash of nothing').to.not.include('loading');
    expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal({ text: statusText('Färsk'), at: T0 });
  });

  it('shows a stored document that cannot be revalidated as stale, with the reason', async () => {
    const src = uniqueSrc('cache-stale');
    localStorage.setItem(storageKey(src), JSON.stringify({ text: statusText('Sparad'), at: T0 - 600_000 }));
    worker.use(http.get(src, () => new HttpResponse(null, { status: 502 })));
    sinon.stub(console, 'warn');
    clock = fakeClock();
    const el = await mount(src);
    await settle(el);
    expect(el.status.state).to.deep.include({ status: 'stale', receivedAt: T0 - 600_000 });
    expect(el.status.state.error).to.deep.equal({ kind: 'http', status: 502, message: 'HTTP 502' });
    expect(title(el)).to.equal('Sparad');
    expect(el.errors).to.have.length(1);
  });

  it('does not show a stored document older than max-age: nothing while loading, the notice if loading fails', async () => {
    sinon.stub(console, 'warn');
    clock = fakeClock();
    for (const [status, expected] of [[200, 'ready'], [500, 'error']] as const) {
      const src = uniqueSrc('cache-old');
      localStorage.setItem(storageKey(src), JSON.stringify({ text: statusText('Gammal'), at: T0 - 3_601_000 }));
      const pending = deferred();
      worker.use(http.get(src, () => pending.response));
      const el = await mount(src, 'max-age="3600"');
      expect(el.rendered).to.deep.equal(['loading']);
      expect(title(el)).to.equal(undefined);
      pending.answer(status === 200 ? HttpResponse.text(statusText('Ny')) : new HttpResponse(null, { status }));
      await settle(el);
      expect(shown(el)).to.equal(expected);
      expect(title(el)).to.equal(status === 200 ? 'Ny' : undefined);
      el.remove();
    }
  });

  it('ignores an unreadable stored value', async () => {
    const src = uniqueSrc('cache-garbage');
    localStorage.setItem(storageKey(src), '{"text": 42');
    worker.use(http.get(src, () => HttpResponse.text(statusText())));
    clock = fakeClock();
    const el = await mount(src);
    expect(el.rendered[0]).to.equal('loading');
    await settle(el);
    expect(shown(el)).to.equal('ready');
  });

  it('works from memory when storage throws (privacy mode, quota)', async () => {
    const src = uniqueSrc('storage-throws');
    const getItem = sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    const requests: Request[] = [];
    worker.use(http.get(src, ({ request }) => (requests.push(request), HttpResponse.text(statusText()))));
    clock = fakeClock();
    const el = await mount(src);
    await settle(el);
    expect(getItem.called && setItem.called).to.equal(true);
    expect(shown(el)).to.equal('ready');
    // A second element on the page gets the document from memory, without a request.
    const second = await fixture<TestStatusHost>(html`<test-status-host src=${src}></test-status-host>`);
    expect(second.rendered).to.deep.equal(['ready']);
    expect(requests).to.have.length(1);
  });

  it('counts unusable responses as failures: the last good document stays; one warning per distinct failure (not per poll)', async () => {
    const src = uniqueSrc('unusable');
    const bodies = [
      statusText('Senast korrekta'),
      '<!doctype html><html><body><h1>Inloggning</h1></body></html>',
      '<!doctype html><html><body><h1>Inloggning</h1></body></html>',
      statusText().slice(0, 60),
      JSON.stringify({ version: 2, disruptions: [] }),
      '[]',
      'null',
    ];
    let n = 0;
    worker.use(http.get(src, () => HttpResponse.text(bodies[Math.min(n++, bodies.length - 1)])));
    const warn = sinon.stub(console, 'warn');
    clock = fakeClock();
    const el = await mount(src);
    await settle(el);
    await pollingLockHeld(src);
    const kinds: string[] = [];
    const messages: string[] = [];
    while (n < bodies.length) {
      const before = n;
      while (n === before) {
        await clock.tickAsync(1000);
        await settle(el);
      }
      expect(el.status.state.status).to.equal('stale');
      expect(title(el)).to.equal('Senast korrekta');
      kinds.push(el.status.state.error!.kind);
      messages.push(el.status.state.error!.message);
      if (n === 3) expect(warn.callCount, 'the same HTML page twice: one warning').to.equal(1);
    }
    expect(kinds).to.deep.equal(['invalid', 'invalid', 'invalid', 'version', 'invalid', 'invalid']);
    const distinct = messages.filter((m, i) => m !== messages[i - 1]).length;
    const warnings = warn.args.map((a) => String(a[0]));
    expect(warnings, warnings.join('\n')).to.have.length(distinct);
    expect(distinct).to.be.within(3, 5);
    expect(el.errors, 'onError for every failed load').to.have.length(6);
  });

  it('keeps showing a stale document up to max-age, then the neutral notice, by itself', async () => {
    const src = uniqueSrc('max-age');
    let n = 0;
    worker.use(
      http.get(src, () =>
        n++ === 0
          ? HttpResponse.text(statusText())
          : new HttpResponse(null, { status: 503, headers: { 'Retry-After': '3600' } }),
      ),
    );
    sinon.stub(console, 'warn');
    clock = fakeClock();
    const el = await mount(src, 'max-age="600"');
    await settle(el);
    await pollingLockHeld(src);
    await clock.tickAsync(60_000);
    await settle(el);
    expect(shown(el)).to.equal('stale');
    await clock.tickAsync(600_000 - 60_000);
    await el.updateComplete;
    expect(Date.now() - T0).to.equal(600_000);
    expect(shown(el), 'exactly max-age old').to.equal('stale');
    await clock.tickAsync(1);
    await el.updateComplete;
    expect(shown(el), 'older than max-age').to.equal('error');
    expect(el.status.state).to.deep.include({ publisherUrl: 'https://itcentrum.example/driftinformation' });
    expect(el.status.state.document).to.equal(undefined);
    expect(n, 'no request was needed for the change').to.equal(2);
    expect(el.errors).to.have.length(1);
  });

  it('default max-age is one day', async () => {
    const src = uniqueSrc('max-age-default');
    localStorage.setItem(storageKey(src), JSON.stringify({ text: statusText(), at: T0 - 86_400_000 }));
    worker.use(http.get(src, () => HttpResponse.error()));
    sinon.stub(console, 'warn');
    clock = fakeClock();
    const el = await mount(src);
    await settle(el);
    expect(shown(el), 'exactly one day old').to.equal('stale');
    await clock.tickAsync(1);
    await el.updateComplete;
    expect(shown(el), 'older than a day').to.equal('error');
  });

  it('does not parse again a body equal to the stored one (a revalidation): the shown document stays the same object', async () => {
    const src = uniqueSrc('cache-same-body');
    const text = statusText('Samma som förra gången');
    localStorage.setItem(storageKey(src), JSON.stringify({ text, at: Date.now() - 60_000 }));
    const pending = deferred();
    worker.use(http.get(src, () => pending.response));
    const el = await mount(src);
    const stored = el.status.state.document;
    expect(stored!.disruptions[0].title).to.equal('Samma som förra gången');
    pending.answer(HttpResponse.text(text));
    await settle(el);
    expect(el.status.state.document, 'the same document object').to.equal(stored);
    expect(el.status.state.receivedAt, 'confirmed now').to.be.greaterThan(Date.now() - 5_000);
    expect(JSON.parse(localStorage.getItem(storageKey(src))!).text).to.equal(text);
  });

  it('parses a changed body: the new document replaces the stored one', async () => {
    const src = uniqueSrc('cache-changed-body');
    localStorage.setItem(storageKey(src), JSON.stringify({ text: statusText('Gammal'), at: Date.now() - 60_000 }));
    const pending = deferred();
    worker.use(http.get(src, () => pending.response));
    const el = await mount(src);
    const stored = el.status.state.document;
    expect(stored!.disruptions[0].title).to.equal('Gammal');
    pending.answer(HttpResponse.text(statusText('Ändrad')));
    await settle(el);
    expect(el.status.state.document).to.not.equal(stored);
    expect(title(el)).to.equal('Ändrad');
  });
});
