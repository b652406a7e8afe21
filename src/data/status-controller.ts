import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { statusContext } from './status-context.js';
import { INITIAL_STATE, type LoadError, type StatusState } from './status-state.js';
import { statusStore, type StatusStore, type StoreSubscriber } from './status-store.js';

/** Seconds between polls unless `poll-interval` says otherwise, and the least it may say. */
export const DEFAULT_POLL_INTERVAL = 60;
export const MIN_POLL_INTERVAL = 15;
/** Seconds the last good document may be shown while it cannot be refreshed. */
export const DEFAULT_MAX_AGE = 86_400;

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

const warnedValues = new Set<string>();

/** A positive number of seconds, else `fallback`; below `min` gives `min`. Warns once per bad value. */
function seconds(value: number | null | undefined, name: string, fallback: number, min = 0): number {
  if (value == null) return fallback;
  const valid = Number.isFinite(value) && value > 0;
  const result = !valid ? fallback : Math.max(value, min);
  if (result !== value && !warnedValues.has(name + value)) {
    warnedValues.add(name + value);
    console.warn(`itc-status: ${name}="${value}" is not valid; using ${result}`);
  }
  return result;
}

/**
 * Gives a Lit element the StatusState for its `src`, sharing one store (one request per interval)
 * with every other element of the page that uses the same `src`, or, when `src` is empty, the state
 * of the nearest `<itc-status-provider>` (through @lit/context). The host re-renders whenever the
 * state changes; it only needs to construct the controller (changes of `src` are picked up before
 * each update).
 */
export class StatusController implements ReactiveController {
  #store?: StatusStore;
  #unsubscribe?: () => void;
  #src?: string;
  #connected = false;
  #provided?: StatusState;
  #subscriber: StoreSubscriber = { interval: DEFAULT_POLL_INTERVAL * 1000, changed: () => this.#changed() };
  #seen?: StatusState;
  #seenExpired = false;
  #derived: StatusState = INITIAL_STATE;
  #reported?: LoadError;
  #expiry?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: StatusControllerOptions,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: statusContext,
      subscribe: true,
      callback: (state) => {
        this.#provided = state;
        if (!this.#store) this.#changed();
      },
    });
  }

  /** What the host renders from (reading it also picks up a changed `src`, e.g. in `willUpdate`). */
  get state(): StatusState {
    if (this.#connected) this.sync();
    const store = this.#store;
    if (!store) return this.#provided ?? INITIAL_STATE;
    const state = store.state;
    const expired = this.#expiresIn(state) < 0;
    if (state !== this.#seen || expired !== this.#seenExpired) {
      this.#seen = state;
      this.#seenExpired = expired;
      // Too old to show: the neutral notice when refreshing failed, nothing while it may still succeed.
      this.#derived = !expired
        ? state
        : state.error
          ? { status: 'error', error: state.error, publisherUrl: state.publisherUrl }
          : INITIAL_STATE;
    }
    return this.#derived;
  }

  /** Settles when the current load has been applied (for tests and demos). Never rejects. */
  get complete(): Promise<void> {
    return this.#store?.complete ?? Promise.resolve();
  }

  /** Requests the document now (e.g. a "try again" control). */
  reload(): Promise<void> {
    return this.#store?.load() ?? Promise.resolve();
  }

  hostConnected(): void {
    this.#connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Picks up changed options: switches stores when `src` changed, polls at the new interval. */
  sync(): void {
    const { options } = this;
    const subscriber = this.#subscriber;
    const src = (this.#connected && options.src()?.trim()) || undefined;
    const interval = seconds(options.pollInterval?.(), 'poll-interval', DEFAULT_POLL_INTERVAL, MIN_POLL_INTERVAL) * 1000;
    if (src !== this.#src) {
      this.#unsubscribe?.();
      this.#src = src;
      this.#store = this.#unsubscribe = undefined;
      clearTimeout(this.#expiry);
      if (src) {
        subscriber.interval = interval;
        this.#store = statusStore(src);
        this.#unsubscribe = this.#store.subscribe(subscriber);
      }
      if (this.#connected) this.#changed();
    } else if (interval !== subscriber.interval) {
      subscriber.interval = interval;
      this.#store?.schedule();
    }
  }

  #maxAgeMs(): number {
    return seconds(this.options.maxAge?.(), 'max-age', DEFAULT_MAX_AGE) * 1000;
  }

  /** Milliseconds until the shown document becomes too old (Infinity when age does not matter). */
  #expiresIn(state: StatusState): number {
    const aging = state.status === 'stale' || this.#store?.fromStorage;
    return aging && state.receivedAt !== undefined ? state.receivedAt + this.#maxAgeMs() - Date.now() : Infinity;
  }

  #changed(): void {
    this.host.requestUpdate();
    const state = this.state;
    const error = this.#store ? this.#store.state.error : state.error;
    if (error && error !== this.#reported) this.options.onError?.(error);
    this.#reported = error;
    // One timer to the moment the document becomes too old, so the view changes by itself.
    clearTimeout(this.#expiry);
    const wait = this.#store ? this.#expiresIn(this.#store.state) : Infinity;
    if (wait >= 0 && wait < Infinity) this.#expiry = setTimeout(() => this.#changed(), Math.min(wait + 1, 2 ** 31 - 1));
  }
}
