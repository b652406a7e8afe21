import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import {
  TestStatusHost,
  fakeClock,
  pollingLockHeld,
  setVisibility,
  statusText,
  storageKey,
  uniqueSrc,
  useStatusWorker,
  worker,
} from './status-fixtures.js';

type Respond = (n: number, request: Request) => Response | Promise<Response>;

/** Answers `src` with `respond(n)` for the n-th request; returns the requests seen. */
function serve(src: string, respond: Respond = () => HttpResponse.text(statusText())): Request[] {
  const requests: Request[] = [];
  worker.use(http.get(src, ({ request }) => respond(requests.push(request), request)));
  return requests;
}

const never = () => new Promise<Response>(() => {});
const unavailable = (headers?: Record<string, string>) => new HttpResponse(null, { status: 503, headers });

describe('polling (StatusController and the per-src store)', () => {
  let clock: sinon.SinonFakeTimers;

  useStatusWorker();

  async function mount(src: string, attrs = ''): Promise<TestStatusHost> {
    const host = document.createElement('div');
    host.innerHTML = `<test-status-host src="${src}" ${attrs}></test-status-host>`;
    const el = (await fixture(host)).firstElementChild as TestStatusHost;
    await el.updateComplete;
    await el.status.complete;
    await pollingLockHeld(src);
    await el.updateComplete;
    return el;
  }

  /** Advances the fake clock by `ms` and lets any request started meanwhile settle. */
  async function tick(el: TestStatusHost, ms: number): Promise<void> {
    await clock.tickAsync(ms);
    await el.status.complete;
    await el.updateComplete;
  }

  /** Runs the fake clock timer by timer until a new request is made; returns the seconds that took. */
  async function secondsUntilRequest(el: TestStatusHost, requests: Request[], limitSeconds = 4000): Promise<number> {
    const before = requests.length;
    const start = Date.now();
    while (requests.length === before) {
      if (clock.countTimers() === 0 || Date.now() - start > limitSeconds * 1000) return Infinity;
      await clock.nextAsync();
      await el.status.complete;
      await el.updateComplete;
    }
    return (Date.now() - start) / 1000;
  }

  it('starts the first request without a timer, as a simple request with credentials omitted and cache revalidation', async () => {
    const src = uniqueSrc('first');
    const requests = serve(src);
    const fetchSpy = sinon.spy(window, 'fetch');
    clock = fakeClock();
    const el = await mount(src);
    expect(requests).to.have.length(1);
    const [url, init] = fetchSpy.firstCall.args as [string, RequestInit];
    expect(url).to.equal(new URL(src, location.href).href);
    expect(init.credentials).to.equal('omit');
    expect(init.cache).to.equal('no-cache');
    expect(init.headers).to.equal(undefined);
    expect(init.signal).to.be.instanceOf(AbortSignal);
    expect(el.status.state.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Just nu har vi driftstörningar');
  });

  it('leaves the first request to a task after the next paint, so the frame that shows the element carries none; removed before then: no request', async () => {
    const src = uniqueSrc('after-paint');
    const requests = serve(src);
    const fetchSpy = sinon.spy(window, 'fetch');
    const host = document.createElement('div');
    host.innerHTML = `<test-status-host src="${src}"></test-status-host><test-status-host src="${src}-gone"></test-status-host>`;
    document.body.append(host);
    try {
      const [el, gone] = host.children as unknown as TestStatusHost[];
      gone.remove();
      // The frame after connecting: the element has rendered, and nothing has been requested yet.
      const inFrame = await new Promise<{ rendered: boolean; fetches: number }>((resolve) =>
        requestAnimationFrame(() => resolve({ rendered: el.hasUpdated, fetches: fetchSpy.callCount })),
      );
      expect(inFrame).to.deep.equal({ rendered: true, fetches: 0 });
      // `complete` still stands for the first result.
      await el.status.complete;
      expect(requests).to.have.length(1);
      expect(el.status.state.status).to.equal('ready');
      await new Promise(requestAnimationFrame);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(fetchSpy.callCount, 'requests, with the element removed before its frame').to.equal(1);
    } finally {
      host.remove();
    }
  });

  it('five elements with the same src make one request per interval (10 intervals → 10 requests)', async () => {
    const src = uniqueSrc('five');
    const requests = serve(src);
    clock = fakeClock();
    const container = await fixture(
      html`<div>${[1, 2, 3, 4, 5].map(() => html`<test-status-host src=${src}></test-status-host>`)}</div>`,
    );
    const hosts = [...container.querySelectorAll<TestStatusHost>('test-status-host')];
    await hosts[0].status.complete;
    await pollingLockHeld(src);
    expect(requests, 'first load').to.have.length(1);
    for (let i = 1; i <= 10; i++) {
      await tick(hosts[0], 59_999);
      expect(requests, `before interval ${i} ends`).to.have.length(i);
      await tick(hosts[0], 1);
      expect(requests, `interval ${i}`).to.have.length(i + 1);
    }
    console.log(`[requests] 5 elements, one page, 10 intervals of 60 s: ${requests.length - 1} polls + 1 first load`);
    await Promise.all(hosts.map((h) => h.updateComplete));
    expect(hosts.map((h) => h.status.state.status)).to.deep.equal(Array(5).fill('ready'));
  });

  it('polls at poll-interval seconds; below 15 s warns and uses 15 s; an invalid value warns and uses 60 s', async () => {
    const warn = sinon.spy(console, 'warn');
    clock = fakeClock();
    for (const [attr, expected] of [['20', 20], ['5', 15], ['abc', 60], ['-30', 60]] as const) {
      const src = uniqueSrc('interval');
      const requests = serve(src);
      const el = await mount(src, `poll-interval="${attr}"`);
      expect(await secondsUntilRequest(el, requests), `poll-interval="${attr}"`).to.equal(expected);
      expect(await secondsUntilRequest(el, requests), `poll-interval="${attr}", again`).to.equal(expected);
      el.remove();
    }
    const warnings = warn.args.map((a) => String(a[0])).filter((m) => m.includes('poll-interval'));
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('"5"').and.contain('15');
  });

  it('backs off exponentially with jitter up to 5 minutes, then returns to the interval after a success', async () => {
    const src = uniqueSrc('backoff');
    const requests = serve(src, (n) => (n >= 2 && n <= 6 ? unavailable() : HttpResponse.text(statusText())));
    clock = fakeClock();
    const el = await mount(src);
    expect(await secondsUntilRequest(el, requests)).to.equal(60); // request 2 fails
    expect(el.status.state.status).to.equal('stale');
    // min(300 s, 60 s × 2^n) × [0.5, 1]
    const bounds = [[60, 120], [120, 240], [150, 300], [150, 300]];
    const waits: number[] = [];
    for (const [low, high] of bounds) {
      const wait = await secondsUntilRequest(el, requests);
      waits.push(wait);
      expect(wait).to.be.within(low, high);
    }
    console.log(`[requests] backoff waits after failures 1–4 (s): ${waits.join(', ')}`);
    // Request 6 failed too; request 7 succeeds, then the normal interval again.
    const wait = await secondsUntilRequest(el, requests);
    expect(wait).to.be.within(150, 300);
    expect(el.status.state.status).to.equal('ready');
    expect(await secondsUntilRequest(el, requests)).to.equal(60);
    expect(await secondsUntilRequest(el, requests)).to.equal(60);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    clock = fakeClock();
    const retryAfter = [
      () => '600',
      () => new Date(Date.now() + 400_000).toUTCString(),
    ];
    for (const [i, header] of retryAfter.entries()) {
      const src = uniqueSrc('retry-after');
      const requests = serve(src, (n) => (n === 2 ? unavailable({ 'Retry-After': header() }) : HttpResponse.text(statusText())));
      const el = await mount(src);
      expect(await secondsUntilRequest(el, requests)).to.equal(60);
      expect(el.status.state.error).to.include({ kind: 'http', status: 503 });
      expect(await secondsUntilRequest(el, requests)).to.equal(i === 0 ? 600 : 400);
      expect(el.status.state.status).to.equal('ready');
      el.remove();
    }
  });

  it('times out a request after 30 s', async () => {
    const src = uniqueSrc('timeout');
    const requests = serve(src, never);
    clock = fakeClock();
    const host = await fixture<HTMLElement>(html`<div><test-status-host src=${src}></test-status-host></div>`);
    const el = host.firstElementChild as TestStatusHost;
    await pollingLockHeld(src);
    while (requests.length === 0) await clock.tickAsync(0);
    await clock.tickAsync(29_999);
    expect(el.status.state.status).to.equal('loading');
    await tick(el, 1);
    expect(el.status.state).to.deep.include({ status: 'error' });
    expect(el.status.state.error!.kind).to.equal('timeout');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('error');
  });

  it('pauses while the page is hidden and fetches at once when it becomes visible with stale data', async () => {
    const src = uniqueSrc('visibility');
    const requests = serve(src);
    clock = fakeClock();
    const el = await mount(src);
    setVisibility('hidden');
    await tick(el, 10 * 60_000);
    expect(requests, 'hidden for 10 intervals').to.have.length(1);
    expect(clock.countTimers(), 'no timers while hidden').to.equal(0);
    setVisibility('visible');
    await el.status.complete;
    expect(requests, 'visible again, stale').to.have.length(2);
    await pollingLockHeld(src);
    // Hidden and visible again within the interval: nothing at once, the next poll on time.
    await tick(el, 10_000);
    setVisibility('hidden');
    await tick(el, 10_000);
    setVisibility('visible');
    await el.status.complete;
    expect(requests, 'visible again, fresh').to.have.length(2);
    await pollingLockHeld(src);
    expect(await secondsUntilRequest(el, requests)).to.equal(40);
  });

  it('refetches at once on the online event', async () => {
    const src = uniqueSrc('online');
    const requests = serve(src, (n) => (n === 2 ? HttpResponse.error() : HttpResponse.text(statusText())));
    clock = fakeClock();
    const el = await mount(src);
    expect(await secondsUntilRequest(el, requests)).to.equal(60);
    expect(el.status.state).to.deep.include({ status: 'stale' });
    expect(el.status.state.error!.kind).to.equal('network');
    await tick(el, 5_000);
    window.dispatchEvent(new Event('online'));
    await el.status.complete;
    expect(requests).to.have.length(3);
    expect(el.status.state.status).to.equal('ready');
    expect(await secondsUntilRequest(el, requests)).to.equal(60);
  });

  it('removal aborts the request and clears every timer; adding the element back resumes', async () => {
    const src = uniqueSrc('removal');
    const requests = serve(src, (n) => (n === 2 ? never() : HttpResponse.text(statusText())));
    const fetchSpy = sinon.spy(window, 'fetch');
    clock = fakeClock();
    const el = await mount(src);
    const parent = el.parentElement!;
    await clock.tickAsync(60_000);
    while (requests.length < 2) await clock.tickAsync(0);
    el.remove();
    const signal = (fetchSpy.lastCall.args[1] as RequestInit).signal!;
    expect(signal.aborted, 'request aborted').to.equal(true);
    await (fetchSpy.lastCall.returnValue as Promise<Response>).catch(() => {});
    await Promise.resolve();
    expect(clock.countTimers(), 'timers left').to.equal(0);
    await clock.tickAsync(10 * 60_000);
    expect(requests, 'nothing while removed').to.have.length(2);
    parent.append(el);
    await el.status.complete;
    expect(requests, 'resumed at once (stale)').to.have.length(3);
    expect(el.status.state.status).to.equal('ready');
    await pollingLockHeld(src);
    expect(await secondsUntilRequest(el, requests)).to.equal(60);
  });

  it('takes results that another tab posts on the channel; ignores messages of another shape', async () => {
    const src = uniqueSrc('channel');
    const requests = serve(src);
    clock = fakeClock();
    const el = await mount(src);
    const otherTab = new BroadcastChannel(storageKey(src));
    for (const junk of [null, 'hej', 42, { at: 'nu' }, []]) otherTab.postMessage(junk);
    const at = Date.now() + 30_000;
    await clock.tickAsync(30_000);
    otherTab.postMessage({ at, error: { kind: 'http', status: 500, message: 'HTTP 500' } });
    // Channel messages are tasks: yield to the real event loop (the clock's timers are fake).
    for (let i = 0; i < 100 && el.status.state.status !== 'stale'; i++) await new Promise(requestAnimationFrame);
    expect(el.status.state.error).to.deep.equal({ kind: 'http', status: 500, message: 'HTTP 500' });
    otherTab.close();
    expect(requests, 'the results came from the other tab').to.have.length(1);
  });

  it('polls on its own when the browser refuses the Web Lock', async () => {
    const src = uniqueSrc('lock-refused');
    const requests = serve(src);
    sinon.stub(navigator.locks, 'request').rejects(new DOMException('opaque origin', 'SecurityError'));
    clock = fakeClock();
    const host = await fixture<HTMLElement>(html`<div><test-status-host src=${src}></test-status-host></div>`);
    const el = host.firstElementChild as TestStatusHost;
    await el.status.complete;
    await Promise.resolve();
    expect(await secondsUntilRequest(el, requests)).to.equal(60);
    expect(await secondsUntilRequest(el, requests)).to.equal(60);
  });

  it('switches to the new store when src changes; the old one stops', async () => {
    const first = uniqueSrc('switch-a');
    const second = uniqueSrc('switch-b');
    const firstRequests = serve(first);
    const secondRequests = serve(second, () => HttpResponse.text(statusText('Andra källan')));
    clock = fakeClock();
    const el = await mount(first);
    // A second element already shows the other src: switching to it is immediate (shared store).
    const other = await fixture<TestStatusHost>(html`<test-status-host src=${second}></test-status-host>`);
    await other.status.complete;
    el.src = second;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Andra källan');
    other.remove();
    await pollingLockHeld(second);
    for (let i = 0; i < 3; i++) await tick(el, 60_000);
    expect(firstRequests).to.have.length(1);
    expect(secondRequests).to.have.length(1 + 3);
  });
});
