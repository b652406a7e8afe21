import { parseStatusText } from '../core/parse.js';
import type { StatusDocument } from '../core/types.js';
import { backoffDelay } from './backoff.js';
import { STORAGE_PREFIX, readLastGood, writeLastGood } from './last-good.js';
import { requestStatus } from './request-status.js';
import { INITIAL_STATE, type LoadError, type StatusState } from './status-state.js';

/** Someone who renders a store's state: told of every change; wants a fresh document every `interval` ms. */
export interface StoreSubscriber {
  interval: number;
  changed(): void;
}

/** The settled outcome of one request: what a tab applies, and posts to the other tabs. */
interface Result {
  at: number;
  document?: StatusDocument;
  error?: LoadError;
  retryAfter?: number;
}

const stores = new Map<string, StatusStore>();

/** The page's one store for `src` (resolved against the page's base URL, so spellings share). */
export function statusStore(src: string): StatusStore {
  let url = src;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    // Not a URL: the request will fail and say so.
  }
  let store = stores.get(url);
  if (!store) stores.set(url, (store = new StatusStore(url)));
  return store;
}

const isVisible = () => document.visibilityState !== 'hidden';

/**
 * Fetching, polling and sharing for one `src`. Runs while it has subscribers. Across tabs of one
 * browser, the tab holding the Web Lock for `src` polls and posts results on a BroadcastChannel;
 * only visible tabs compete for the lock, so polling stops when every tab is hidden. Without either
 * API every visible tab polls for itself. See docs/live-data.md.
 */
export class StatusStore {
  state: StatusState = INITIAL_STATE;
  /** True while `state` comes from storage and no request has settled on this page yet. */
  fromStorage = false;
  #subscribers = new Set<StoreSubscriber>();
  #text?: string;
  #lastResultAt?: number;
  #failures = 0;
  #retryDelay = 0;
  #request?: Promise<void>;
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #leader = false;
  #channel?: BroadcastChannel;
  #lock?: AbortController;
  #release?: () => void;
  #warned?: string;

  constructor(readonly src: string) {
    const stored = readLastGood(src);
    const document = stored && this.#parse(stored.text).document;
    if (document) {
      this.state = { status: 'ready', document, receivedAt: stored.at, publisherUrl: document.publisher?.url };
      this.fromStorage = true;
    }
  }

  /** Settles when the request in flight (if any) has been applied. Never rejects. */
  get complete(): Promise<void> {
    return this.#request ?? Promise.resolve();
  }

  /** Adds a subscriber (the first one starts the store); returns the function that removes it. */
  subscribe(subscriber: StoreSubscriber): () => void {
    this.#subscribers.add(subscriber);
    if (this.#subscribers.size === 1) this.#start();
    else this.schedule();
    return () => {
      if (this.#subscribers.delete(subscriber) && !this.#subscribers.size) this.#stop();
    };
  }

  /** Requests the document now, unless a request is already in flight. */
  load(): Promise<void> {
    if (!this.#request) {
      clearTimeout(this.#timer);
      const abort = (this.#abort = new AbortController());
      this.#request = requestStatus(this.src, abort.signal).then((outcome) => {
        if (abort.signal.aborted) return;
        this.#request = undefined;
        const at = Date.now();
        const result: Result = outcome.ok
          ? { at, ...this.#parse(outcome.text) }
          : { at, error: outcome.error, retryAfter: outcome.retryAfter };
        if (outcome.ok && result.document) writeLastGood(this.src, { text: outcome.text, at });
        this.#channel?.postMessage(result);
        this.#apply(result);
      });
    }
    return this.#request;
  }

  /** (Re)arms the poll timer; only the polling tab, while visible, has one. */
  schedule(): void {
    clearTimeout(this.#timer);
    if (this.#leader && !this.#request && this.#subscribers.size) {
      const due = (this.#lastResultAt ?? 0) + (this.#retryDelay || this.#interval());
      this.#timer = setTimeout(() => this.load(), Math.min(due - Date.now(), 2 ** 31 - 1));
    }
  }

  /** Page and channel events (the store is its own listener). */
  handleEvent(event: Event): void {
    if (event.type === 'message') {
      // Another tab's result (possibly from another version of the script: check the shape).
      const result = (event as MessageEvent<Result>).data;
      if (typeof result?.at === 'number') this.#apply(result);
    } else if (event.type === 'online') this.#leader && this.load();
    else if (isVisible()) this.#resume();
    else this.#resign();
  }

  #start(): void {
    document.addEventListener('visibilitychange', this);
    addEventListener('online', this);
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(STORAGE_PREFIX + this.src);
      this.#channel.addEventListener('message', this);
    }
    this.#resume();
  }

  #stop(): void {
    document.removeEventListener('visibilitychange', this);
    removeEventListener('online', this);
    this.#abort?.abort();
    this.#request = undefined;
    this.#resign();
    this.#channel?.close();
    this.#channel = undefined;
  }

  /** On start and when the page becomes visible: compete for polling, fetch at once if stale. */
  #resume(): void {
    const visible = isVisible();
    if (visible) this.#elect();
    const last = this.#lastResultAt;
    // The first request of a page never waits (not for the election, not for visibility).
    if (last === undefined || (visible && Date.now() - last >= (this.#retryDelay || this.#interval()))) this.load();
    else this.schedule();
  }

  #elect(): void {
    const locks = navigator.locks;
    if (!this.#channel || !locks) return this.#lead(true);
    if (this.#lock) return;
    const lock = (this.#lock = new AbortController());
    locks
      .request(STORAGE_PREFIX + this.src, { signal: lock.signal }, () =>
        lock.signal.aborted
          ? undefined
          : new Promise<void>((release) => {
              this.#release = release;
              this.#lead(true);
            }),
      )
      // Aborted while waiting (hidden, or elements removed): nothing to do. Refused (e.g. an opaque
      // origin): poll on our own, as without Web Locks.
      .catch(() => lock.signal.aborted || this.#lead(true));
  }

  #resign(): void {
    this.#lock?.abort();
    this.#release?.();
    this.#lock = this.#release = undefined;
    this.#lead(false);
  }

  #lead(leader: boolean): void {
    this.#leader = leader;
    this.schedule();
  }

  #interval(): number {
    let ms = Infinity;
    for (const subscriber of this.#subscribers) ms = Math.min(ms, subscriber.interval);
    return ms;
  }

  #parse(text: string): Pick<Result, 'document' | 'error'> {
    // A revalidated (304) response has the same body: no need to read it again.
    if (text === this.#text && this.state.document) return { document: this.state.document };
    try {
      const result = parseStatusText(text, { baseUrl: this.src });
      if (result.ok) {
        this.#text = text;
        return { document: result.document };
      }
      const { code, path } = result.error;
      return { error: { kind: code === 'unknown-version' ? 'version' : 'invalid', message: `${code} at ${path}` } };
    } catch (error) {
      return { error: { kind: 'invalid', message: String(error) } };
    }
  }

  #apply({ at, document, error, retryAfter }: Result): void {
    this.#lastResultAt = at;
    this.fromStorage = false;
    if (document) {
      this.#failures = this.#retryDelay = 0;
      this.#warned = undefined;
      this.state = { status: 'ready', document, receivedAt: at, publisherUrl: document.publisher?.url };
    } else if (error) {
      this.#retryDelay = Math.max(backoffDelay(this.#interval(), ++this.#failures), retryAfter ?? 0);
      const { document: last, receivedAt, publisherUrl } = this.state;
      this.state = last
        ? { status: 'stale', document: last, receivedAt, publisherUrl, error }
        : { status: 'error', error, publisherUrl };
      const key = error.kind + error.message;
      if (key !== this.#warned) console.warn(`itc-status: ${this.src}: ${error.message}`);
      this.#warned = key;
    }
    this.schedule();
    for (const subscriber of this.#subscribers) subscriber.changed();
  }
}
