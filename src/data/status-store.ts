import { parseStatusText } from '../core/parse.js';
import type { StatusDocument } from '../core/types.js';
import { backoffDelay, parseRetryAfter } from './backoff.js';
import { STORAGE_PREFIX } from './last-good.js';
import { INITIAL_STATE, type LoadError, type StatusState } from './status-state.js';

/** The settled outcome of one request: what a tab applies, and posts to the other tabs. */
interface Result {
  at: number;
  document?: StatusDocument;
  error?: LoadError;
  retryAfter?: number;
}

/** Every request is abandoned after 30 s and counts as a failure of kind `timeout`; also the abort reason. */
const TIMEOUT = 'no answer within 30 s';

const stores = new Map<string, StatusStore>();

/** The page's one store for `src` (resolved against the page's base URL, so spellings share). */
export function statusStore(src: string): StatusStore {
  try {
    src = new URL(src, document.baseURI).href;
  } catch {
    // Not a URL: the request will fail and say so.
  }
  let store = stores.get(src);
  if (!store) stores.set(src, (store = new StatusStore(src)));
  return store;
}

/** The document in a response body, or why it is unusable. */
function parse(text: string, baseUrl: string): Omit<Result, 'at'> {
  const parsed = parseStatusText(text, { baseUrl });
  if (parsed.ok) return { document: parsed.document };
  const { code, path } = parsed.error;
  return { error: { kind: code == 'unknown-version' ? 'version' : 'invalid', message: `${code} at ${path}` } };
}

const isVisible = () => document.visibilityState != 'hidden';

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
  /** The request in flight, if any; settles (never rejects) when its result has been applied. */
  request?: Promise<void>;
  /** Subscribers: called at every change; each wants a fresh document every so many ms. */
  #subscribers = new Map<() => void, number>();
  #lastResultAt?: number;
  #failures = 0;
  #retryDelay = 0;
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #leader = false;
  #channel?: BroadcastChannel;
  /** A request for the Web Lock is waiting or holds it. */
  #locking = false;
  #release?: () => void;
  #warned?: string;

  constructor(readonly src: string) {
    try {
      const { text, at } = JSON.parse(localStorage.getItem(STORAGE_PREFIX + src)!);
      const { document } = parse(text, src);
      if (document && typeof at == 'number') {
        this.#apply({ at, document });
        this.#lastResultAt = undefined; // still to be confirmed: the page's first request never waits
        this.fromStorage = true;
      }
    } catch {
      // Nothing stored, unreadable, or storage unavailable: nothing kept.
    }
  }

  /** Adds `changed` as a subscriber (the first one starts the store), or updates its interval. */
  subscribe(changed: () => void, interval: number): void {
    const subscribers = this.#subscribers;
    if (subscribers.get(changed) != interval) {
      subscribers.set(changed, interval);
      subscribers.size > 1 ? this.#schedule() : this.#start();
    }
  }

  /** Removes a subscriber; the last one out stops the store. */
  unsubscribe(changed: () => void): void {
    if (this.#subscribers.delete(changed) && !this.#subscribers.size) this.#stop();
  }

  /**
   * Requests the document now, unless a request is already in flight. A simple CORS request (no
   * credentials, no custom headers, so no preflight); `cache: 'no-cache'` lets the browser
   * revalidate with ETag/Last-Modified. Never rejects: every failure becomes a result.
   */
  load(): Promise<void> {
    return (this.request ??= (async () => {
      clearTimeout(this.#timer);
      const abort = (this.#abort = new AbortController());
      // setTimeout (not AbortSignal.timeout) so that the timeout follows the page's timers.
      const timer = setTimeout(() => abort.abort(TIMEOUT), 30_000);
      let text = '';
      let result: Omit<Result, 'at'>;
      try {
        const response = await fetch(this.src, { credentials: 'omit', cache: 'no-cache', signal: abort.signal });
        const { status } = response;
        result = response.ok
          ? parse((text = await response.text()), this.src)
          : {
              error: { kind: 'http', status, message: 'HTTP ' + status },
              retryAfter: parseRetryAfter(response.headers.get('Retry-After'), Date.now()),
            };
      } catch (error) {
        result = { error: { kind: error === TIMEOUT ? 'timeout' : 'network', message: String(error) } };
      }
      clearTimeout(timer);
      // Stopped meanwhile (the last element was removed): nothing to apply.
      if (abort == this.#abort) {
        const at = Date.now();
        this.request = undefined;
        if (result.document) {
          try {
            localStorage.setItem(STORAGE_PREFIX + this.src, JSON.stringify({ text, at }));
          } catch {
            // Quota, privacy mode or disabled storage: memory only.
          }
        }
        const posted = { ...result, at };
        this.#channel?.postMessage(posted);
        this.#apply(posted);
      }
    })());
  }

  /** Page and channel events (the store is its own listener). */
  handleEvent(event: Event): void {
    const { type } = event;
    const result = (event as MessageEvent<Result>).data;
    // Another tab's result (possibly from another version of the script: check the shape).
    if (type == 'message') typeof result?.at == 'number' && this.#apply(result);
    else if (type == 'online') this.#leader && this.load();
    else if (isVisible()) this.#resume();
    else this.#resign();
  }

  /** (Re)arms the poll timer; only the polling tab, while visible, has one. */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.#leader && !this.request && this.#subscribers.size) {
      const due = (this.#lastResultAt ?? 0) + (this.#retryDelay || this.#interval());
      this.#timer = setTimeout(() => this.load(), Math.min(due - Date.now(), 2 ** 31 - 1));
    }
  }

  #start(): void {
    document.addEventListener('visibilitychange', this);
    addEventListener('online', this);
    if (typeof BroadcastChannel == 'function') {
      (this.#channel = new BroadcastChannel(STORAGE_PREFIX + this.src)).addEventListener('message', this);
    }
    this.#resume();
  }

  #stop(): void {
    document.removeEventListener('visibilitychange', this);
    removeEventListener('online', this);
    this.#abort?.abort();
    this.#abort = this.request = undefined;
    this.#resign();
    this.#channel?.close();
    this.#channel = undefined;
  }

  /** On start and when the page becomes visible: compete for polling, fetch at once if stale. */
  #resume(): void {
    const visible = isVisible();
    const last = this.#lastResultAt;
    if (visible) this.#elect();
    // The first request of a page never waits (not for the election, not for visibility).
    if (last == undefined || (visible && Date.now() - last >= (this.#retryDelay || this.#interval()))) this.load();
    else this.#schedule();
  }

  #elect(): void {
    const locks = navigator.locks;
    if (!this.#channel || !locks) this.#lead(true);
    else if (!this.#locking) {
      this.#locking = true;
      locks
        .request(STORAGE_PREFIX + this.src, () => {
          if (isVisible() && this.#subscribers.size) {
            return new Promise<void>((release) => {
              this.#release = release;
              this.#lead(true);
            });
          }
          // Granted while hidden or after the elements were removed: pass the lock on at once.
          this.#locking = false;
        })
        // Refused (e.g. an opaque origin): poll on our own, as without Web Locks.
        .catch(() => this.#lead(true));
    }
  }

  #resign(): void {
    if (this.#release) {
      this.#release();
      this.#release = undefined;
      this.#locking = false;
    }
    this.#lead(false);
  }

  #lead(leader: boolean): void {
    this.#leader = leader;
    this.#schedule();
  }

  /** The shortest interval any subscriber wants (Infinity without subscribers). */
  #interval(): number {
    return Math.min(...this.#subscribers.values());
  }

  #apply({ at, document, error, retryAfter }: Result): void {
    this.#lastResultAt = at;
    this.fromStorage = false;
    if (document) {
      this.#failures = this.#retryDelay = 0;
      this.#warned = undefined;
      this.state = { status: 'ready', document, receivedAt: at, publisherUrl: document.publisher?.url };
    } else if (error) {
      // The last good document stays (stale); without one, nothing usable (error).
      this.#retryDelay = Math.max(backoffDelay(this.#interval(), ++this.#failures), retryAfter ?? 0);
      this.state = { ...this.state, status: this.state.document ? 'stale' : 'error', error };
      const key = error.kind + error.message;
      if (key != this.#warned) console.warn(`itc-status: ${this.src}: ${error.message}`);
      this.#warned = key;
    }
    this.#schedule();
    for (const changed of this.#subscribers.keys()) changed();
  }
}
