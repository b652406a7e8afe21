// Shared by the data-layer browser tests: a minimal element that renders from a StatusController,
// the msw worker, sample documents and a fake clock.
import { LitElement, html } from 'lit';
import { setupWorker } from 'msw/browser';
import sinon from 'sinon';
import { StatusController } from '../../src/data/status-controller.js';
import type { LoadError } from '../../src/data/status-state.js';
import { STORAGE_PREFIX } from '../../src/data/last-good.js';

/** Renders its status (and the disruption titles) as text; records onError calls. */
export class TestStatusHost extends LitElement {
  static override properties = {
    src: {},
    pollInterval: { type: Number, attribute: 'poll-interval' },
    maxAge: { type: Number, attribute: 'max-age' },
  };
  declare src: string | undefined;
  declare pollInterval: number | undefined;
  declare maxAge: number | undefined;
  errors: LoadError[] = [];
  /** Status of every render, in order (to see a flash of `loading`). */
  rendered: string[] = [];
  status = new StatusController(this, {
    src: () => this.src,
    pollInterval: () => this.pollInterval,
    maxAge: () => this.maxAge,
    onError: (error) => this.errors.push(error),
  });

  private view = this.status.state;

  // Reads the state in willUpdate (before controllers' hostUpdate), as elements that derive
  // their view from it do: a changed src must already show there.
  protected override willUpdate() {
    this.view = this.status.state;
  }

  protected override render() {
    const { status, document } = this.view;
    this.rendered.push(status);
    return html`<p>${status}</p>
      ${document?.disruptions.map((d) => html`<h2>${d.title}</h2>`)}`;
  }
}
if (!customElements.get('test-status-host')) customElements.define('test-status-host', TestStatusHost);

export const worker = setupWorker();

/** 2026-06-01 10:00 in Stockholm. */
export const T0 = Date.UTC(2026, 5, 1, 8, 0);

/** A valid status document (format version 1) with one disruption titled `title`. */
export function statusText(title = 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.'): string {
  return JSON.stringify({
    version: 1,
    updated: '2026-06-01T09:55:00',
    publisher: { name: 'IT-Centrum', url: 'https://itcentrum.example/driftinformation' },
    municipalities: [{ id: 'tierp', name: 'Tierp' }],
    disruptions: [
      {
        id: 'd1',
        title,
        severity: 'major',
        start: '2026-06-01T08:10:00',
        message: 'Vi upplever just nu driftstörningar som kan påverka våra tjänsters tillgänglighet.',
      },
    ],
    maintenance: [],
  });
}

let counter = 0;
/** A URL no other test (or test page of this browser) uses, so stores, locks and channels are fresh. */
export function uniqueSrc(name: string): string {
  return `/status-test/${name}-${++counter}-${Math.random().toString(36).slice(2)}.json`;
}

export function storageKey(src: string): string {
  return STORAGE_PREFIX + new URL(src, document.baseURI).href;
}

/** Clocks installed by the current test, restored after it by useStatusWorker. */
const clocks: sinon.SinonFakeTimers[] = [];

/** Fakes setTimeout/clearTimeout/Date only: fetch, the service worker and Web Locks stay real. */
export function fakeClock(now = T0): sinon.SinonFakeTimers {
  const clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  clocks.push(clock);
  return clock;
}

/**
 * The suite's status host: starts the msw worker for the suite, and after each test undoes what
 * the test faked (clocks, sinon fakes, handlers, `document.visibilityState`).
 */
export function useStatusWorker(): void {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  afterEach(() => {
    for (const clock of clocks.splice(0)) clock.restore();
    sinon.restore();
    worker.resetHandlers();
    restoreVisibility();
  });
}

/** Waits until the page holds the polling lock for `src` (the election is asynchronous). */
export async function pollingLockHeld(src: string): Promise<void> {
  const name = storageKey(src);
  for (let i = 0; i < 200; i++) {
    const { held } = await navigator.locks.query();
    if (held?.some((lock) => lock.name === name)) return;
  }
  throw new Error('the page never became the polling tab');
}

/** Sets what `document.visibilityState` reports and tells the page. */
export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Restores the real `document.visibilityState`. */
export function restoreVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
}
