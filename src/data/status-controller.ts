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
  readonly #host: ReactiveControllerHost;
  readonly #options: StatusControllerOptions;
  #store?: StatusStore;
  #src?: string;
  #connected = false;
  #provided?: StatusState;
  #reported?: LoadError;
  #wakeAt?: number;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StatusControllerOptions) {
    (this.#host = host).addController(this);
    this.#options = options;
    new ContextConsumer(host, {
      context: statusContext,
      subscribe: true,
      callback: (state) => {
        this.#provided = state;
        this.#changed();
      },
    });
  }

  /** What the host renders from (reading it also picks up a changed `src`, e.g. in `willUpdate`). */
  get state(): StatusState {
    this.hostUpdate();
    const state = this.#store?.state ?? this.#provided ?? INITIAL_STATE;
    // Too old to show: the neutral notice when refreshing failed, nothing while it may still succeed.
    return this.#expiresAt() >= Date.now()
      ? state
      : state.error
        ? { status: 'error', error: state.error, publisherUrl: state.publisherUrl }
        : INITIAL_STATE;
  }

  /** Settles when the current load has been applied (for tests and demos). Never rejects. */
  get complete(): Promise<void> {
    return Promise.resolve(this.#store?.request);
  }

  /** Requests the document now (e.g. a "try again" control). */
  reload(): Promise<void> {
    return Promise.resolve(this.#store?.load());
  }

  /** Also re-renders the host at `at` (ms since the epoch), e.g. when a service window starts or ends. */
  wakeAt(at: number | undefined): void {
    this.#wakeAt = at;
    this.#arm();
  }

  hostConnected(): void {
    this.#connected = true;
    this.hostUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.hostUpdate();
  }

  /** Picks up changed options: switches stores when `src` changed, polls at the new interval. */
  hostUpdate(): void {
    const options = this.#options;
    const src = (this.#connected && options.src()?.trim()) || undefined;
    // Seconds; below the minimum of 15: 15, not a positive number: 60 (both with a warning).
    const interval = checked('poll-interval', options.pollInterval?.(), (value) => (positive(value) ? Math.max(value, 15) : 60));
    const changed = src != this.#src;
    if (changed) {
      this.#store?.unsubscribe(this.#changed);
      this.#store = (this.#src = src) ? statusStore(src) : undefined;
    }
    this.#store?.subscribe(this.#changed, interval * 1000);
    if (changed) this.#changed();
  }

  /** When the shown document becomes too old (Infinity when its age does not matter). */
  #expiresAt(): number {
    const store = this.#store;
    const state = store?.state;
    return state?.status == 'stale' || store?.fromStorage
      ? state!.receivedAt! + checked('max-age', this.#options.maxAge?.(), (value) => (positive(value) ? value : 86_400)) * 1000
      : Infinity;
  }

  /** The one timer: to the instant given to `wakeAt`, or to the moment the document becomes too old. */
  #arm(): void {
    clearTimeout(this.#timer);
    const now = Date.now();
    const expiresAt = this.#expiresAt();
    const wakeAt = this.#wakeAt!;
    const due = Math.min(expiresAt < now ? Infinity : expiresAt + 1, wakeAt > now ? wakeAt : Infinity);
    if (this.#connected && due < Infinity) {
      // setTimeout waits at most about 24.8 days: a timer that fires early waits on.
      this.#timer = setTimeout(() => (Date.now() < due ? this.#arm() : this.#changed()), Math.min(due - now, 2 ** 31 - 1));
    }
  }

  #changed = (): void => {
    if (!this.#connected) return clearTimeout(this.#timer);
    this.#host.requestUpdate();
    const error = (this.#store?.state ?? this.#provided)?.error;
    if (error && error != this.#reported) this.#options.onError?.(error);
    this.#reported = error;
    this.#arm();
  };
}
