import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checked } from './checked.js';
import { statusContext } from './status-context.js';
import { INITIAL_STATE, type LoadError, type StatusState } from './status-state.js';
import { statusStore, type StatusStore } from './status-store.js';

export interface StatusControllerOptions {
  /** The status document's URL; empty means: take the state of the nearest `<itc-status-provider>`. */
  src: () => string | null | undefined;
  /** Seconds between polls (default 60, minimum 15). */
  pollInterval?: () => number | null | undefined;
  /** Seconds a document that cannot be refreshed is still shown (default 86400). Not applied to a provider's state. */
  maxAge?: () => number | null | undefined;
  /** Called once for every failed load (each attempt), e.g. to fire an event. */
  onError?: (error: LoadError) => void;
}

const positive = (value: number | null | undefined): value is number => Number.isFinite(value) && value! > 0;

/**
 * Gives a Lit element the StatusState for its `src`, sharing one store (one request per interval)
 * with every other element of the page that uses the same `src`, or, when `src` is empty, the state
 * of the nearest `<itc-status-provider>` (through @lit/context). The host re-renders whenever the
 * state changes, when the shown document becomes too old (`max-age`), and at the instant given to
 * `wakeAt`: one timer, cleared while the host is disconnected. Changes of `src` are picked up
 * before each update.
 */
export class StatusController implements ReactiveController {
  // The workings are closures made in the constructor: their variables minify to single letters.
  readonly #state: () => StatusState;
  readonly #store: () => StatusStore | undefined;
  /** Also re-renders the host at `at` (ms since the epoch), e.g. when a service window starts or ends. */
  declare wakeAt: (at: number | undefined) => void;
  declare hostConnected: () => void;
  declare hostDisconnected: () => void;
  /** Picks up changed options: switches stores when `src` changed, polls at the new interval. */
  declare hostUpdate: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StatusControllerOptions) {
    let store: StatusStore | undefined;
    let src: string | undefined;
    let connected = false;
    let provided: StatusState | undefined;
    let reported: LoadError | undefined;
    let wakeAt: number | undefined;
    let timer: ReturnType<typeof setTimeout>;

    /** When the shown document becomes too old (Infinity when its age does not matter). */
    const expiresAt = () =>
      store?.state.status == 'stale' || store?.fromStorage
        ? store.state.receivedAt! + checked('max-age', options.maxAge?.(), (value) => (positive(value) ? value : 86_400)) * 1000
        : Infinity;

    /** The one timer: to the instant given to `wakeAt`, or to the moment the document becomes too old. */
    const arm = () => {
      clearTimeout(timer);
      const now = Date.now();
      const expiry = expiresAt();
      const due = Math.min(expiry < now ? Infinity : expiry + 1, wakeAt! > now ? wakeAt! : Infinity);
      // setTimeout waits at most about 24.8 days: a timer that fires early waits on.
      if (connected && due < Infinity) timer = setTimeout(() => (Date.now() < due ? arm() : changed()), Math.min(due - now, 2 ** 31 - 1));
    };

    const changed = () => {
      if (!connected) return clearTimeout(timer);
      host.requestUpdate();
      const error = (store?.state ?? provided)?.error;
      if (error && error != reported) options.onError?.(error);
      reported = error;
      arm();
    };

    const sync = (this.hostUpdate = () => {
      const next = (connected && options.src()?.trim()) || undefined;
      // Seconds; below the minimum of 15: 15, not a positive number: 60 (both with a warning).
      const interval = checked('poll-interval', options.pollInterval?.(), (value) => (positive(value) ? Math.max(value, 15) : 60));
      const switched = next != src;
      if (switched) {
        store?.unsubscribe(changed);
        store = (src = next) ? statusStore(next) : undefined;
      }
      store?.subscribe(changed, interval * 1000);
      if (switched) changed();
    });

    this.#state = () => {
      sync();
      const state = store?.state ?? provided ?? INITIAL_STATE;
      // Too old to show: the neutral notice when refreshing failed, nothing while it may still succeed.
      return expiresAt() >= Date.now()
        ? state
        : state.error
          ? { status: 'error', error: state.error, publisherUrl: state.publisherUrl }
          : INITIAL_STATE;
    };
    this.#store = () => store;
    this.wakeAt = (at) => {
      wakeAt = at;
      arm();
    };
    this.hostConnected = () => {
      connected = true;
      sync();
    };
    this.hostDisconnected = () => {
      connected = false;
      clearTimeout(timer);
      sync();
    };
    host.addController(this);
    new ContextConsumer(host, {
      context: statusContext,
      subscribe: true,
      callback: (state) => {
        provided = state;
        changed();
      },
    });
  }

  /** What the host renders from (reading it also picks up a changed `src`, e.g. in `willUpdate`). */
  get state(): StatusState {
    return this.#state();
  }

  /** Settles when the current load has been applied (for tests and demos). Never rejects. */
  get complete(): Promise<void> {
    return Promise.resolve(this.#store()?.request);
  }

  /** Requests the document now (e.g. a "try again" control). */
  reload(): Promise<void> {
    return Promise.resolve(this.#store()?.load());
  }
}
