import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import '../../src/define/itc-status-provider.js';
import type { ItcStatusProvider } from '../../src/components/status-provider/status-provider.component.js';
import { TestStatusHost, fakeClock, pollingLockHeld, statusText, storageKey, uniqueSrc, useStatusWorker, worker } from './status-fixtures.js';

describe('<itc-status-provider>', () => {
  let clock: sinon.SinonFakeTimers;

  useStatusWorker();

  function serve(src: string, title = 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.'): Request[] {
    const requests: Request[] = [];
    worker.use(http.get(src, ({ request }) => (requests.push(request), HttpResponse.text(statusText(title)))));
    return requests;
  }

  const titleOf = (el: Element) => (el as TestStatusHost).shadowRoot!.querySelector('h2')?.textContent;

  it('gives its state to every element inside that has no src; one request for all', async () => {
    const src = uniqueSrc('provider');
    const requests = serve(src, 'Från providern');
    clock = fakeClock();
    const provider = await fixture<ItcStatusProvider>(html`
      <itc-status-provider src=${src}>
        <main>
          <test-status-host></test-status-host>
          <aside><test-status-host></test-status-host><test-status-host></test-status-host></aside>
        </main>
      </itc-status-provider>
    `);
    const hosts = [...provider.querySelectorAll<TestStatusHost>('test-status-host')];
    await provider.complete;
    await Promise.all(hosts.map((h) => h.updateComplete));
    expect(requests).to.have.length(1);
    expect(provider.state.status).to.equal('ready');
    expect(hosts.map((h) => h.status.state)).to.deep.equal([provider.state, provider.state, provider.state]);
    expect(hosts.map(titleOf)).to.deep.equal(['Från providern', 'Från providern', 'Från providern']);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('one request per interval for a provider with two children plus two elements with the same src of their own', async () => {
    const src = uniqueSrc('mixed');
    const requests = serve(src);
    clock = fakeClock();
    const page = await fixture<HTMLElement>(html`
      <div>
        <itc-status-provider src=${src} poll-interval="20">
          <test-status-host></test-status-host><test-status-host></test-status-host>
        </itc-status-provider>
        <test-status-host src=${src}></test-status-host><test-status-host src=${src} poll-interval="30"></test-status-host>
      </div>
    `);
    const provider = page.querySelector<ItcStatusProvider>('itc-status-provider')!;
    await provider.complete;
    await pollingLockHeld(src);
    for (let i = 0; i < 10; i++) {
      await clock.tickAsync(20_000);
      await provider.complete;
    }
    console.log(`[requests] provider (2 children) + 2 elements, same src, 10 intervals of 20 s: ${requests.length - 1} polls + 1 first load`);
    expect(requests).to.have.length(11);
    const hosts = [...page.querySelectorAll<TestStatusHost>('test-status-host')];
    await Promise.all(hosts.map((h) => h.updateComplete));
    expect(hosts.map((h) => h.status.state.status)).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
  });

  it('an element with its own src inside a provider uses its own src', async () => {
    const outer = uniqueSrc('outer');
    const own = uniqueSrc('own');
    serve(outer, 'Yttre');
    serve(own, 'Egen');
    const provider = await fixture<ItcStatusProvider>(html`
      <itc-status-provider src=${outer}>
        <test-status-host></test-status-host><test-status-host src=${own}></test-status-host>
      </itc-status-provider>
    `);
    const [inherits, ownSrc] = [...provider.querySelectorAll<TestStatusHost>('test-status-host')];
    await provider.complete;
    await ownSrc.status.complete;
    await inherits.updateComplete;
    await ownSrc.updateComplete;
    expect([titleOf(inherits), titleOf(ownSrc)]).to.deep.equal(['Yttre', 'Egen']);
  });

  it('shows a stored document in its children at their first render, and switches when src changes', async () => {
    const first = uniqueSrc('provider-cache');
    const second = uniqueSrc('provider-switch');
    localStorage.setItem(storageKey(first), JSON.stringify({ text: statusText('Sparad'), at: Date.now() - 60_000 }));
    serve(first, 'Första');
    serve(second, 'Andra');
    const provider = await fixture<ItcStatusProvider>(
      html`<itc-status-provider src=${first}><test-status-host></test-status-host></itc-status-provider>`,
    );
    const child = provider.querySelector<TestStatusHost>('test-status-host')!;
    await child.updateComplete;
    expect(child.rendered[0]).to.equal('ready');
    await provider.complete;
    await child.updateComplete;
    expect(titleOf(child)).to.equal('Första');
    expect(child.rendered, 'no flash of nothing before the fresh document').to.not.include('loading');
    provider.src = second;
    await provider.updateComplete;
    await provider.complete;
    await provider.updateComplete;
    await child.updateComplete;
    expect(titleOf(child)).to.equal('Andra');
  });

  it('is loading (shows nothing) without a src, and a child gets an error state when loading fails', async () => {
    const src = uniqueSrc('provider-fail');
    worker.use(http.get(src, () => HttpResponse.text('<!doctype html><title>Fel</title>')));
    const warn = sinon.stub(console, 'warn');
    const provider = await fixture<ItcStatusProvider>(
      html`<itc-status-provider><test-status-host></test-status-host></itc-status-provider>`,
    );
    const child = provider.querySelector<TestStatusHost>('test-status-host')!;
    expect(provider.state.status).to.equal('loading');
    provider.src = src;
    await provider.updateComplete;
    await provider.complete;
    await provider.updateComplete;
    await child.updateComplete;
    expect(child.status.state.status).to.equal('error');
    expect(child.status.state.error!.kind).to.equal('invalid');
    expect(child.errors, 'the child hears of the failure').to.have.length(1);
    expect(warn.callCount).to.equal(1);
  });
});
