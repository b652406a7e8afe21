import { parseStatusText } from '../core/parse.js';
import type { StatusDocument } from '../core/types.js';
import { afterPaint, isVisible } from './after-paint.js';
import { backoffDelay, parseRetryAfter } from './backoff.js';
import { STORAGE_PREFIX } from './last-good.js';
import { INITIAL_STATE, type LoadError, type StatusState } from './status-state.js';

/**
 * Fetching, polling and sharing for one `src`. Runs while it has subscribers. Across tabs of one
 * browser, the tab holding the Web Lock for `src` polls and posts results on a BroadcastChannel;
 * only visible tabs compete for the lock, so polling stops when every tab is hidden. Without either
 * API every visible tab polls for itself. See docs/live-data.md.
 */
export interface StatusStore {
  readonly state: StatusState;
  /** True while `state` comes from storage and no request has settled on this page yet. */
  readonly fromStorage: boolean;
  /** The request in flight, if any; settles (never rejects) when its result has been applied. */
  readonly request?: Promise<void>;
  /** Adds `changed` as a subscriber (the first one starts the store), or updates its interval (ms). */
  subscribe(changed: () => void, interval: number): void;
  /** Removes a subscriber; the last one out stops the store. */
  unsubscribe(changed: () => void): void;
  /** Requests the document now, unless a request is already in flight. Never rejects. */
  load(): Promise<void>;
}

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
  if (!store) stores.set(src, (store = createStore(src)));
  return store;
}

/** The document in a response body, or why it is unusable. */
function parse(text: string, baseUrl: string): Omit<Result, 'at'> {
  const parsed = parseStatusText(text, { baseUrl });
  if (parsed.ok) return { document: parsed.document };
  const { code, path } = parsed.error;
  return { error: { kind: code == 'unknown-version' ? 'version' : 'invalid', message: `${code} at ${path}` } };
}

// A closure rather than a class: its variables minify to single letters, private fields do not.
function createStore(src: string): StatusStore {
  const name = STORAGE_PREFIX + src;
  /** Subscribers: called at every change; each wants a fresh document every so many ms. */
  const subscribers = new Map<() => void, number>();
  let lastResultAt: number | undefined;
  let failures = 0;
  let retryDelay = 0;
  let abort: AbortController | undefined;
  /** Aborted to remove the page listeners. */
  let listening: AbortController;
  let timer: ReturnType<typeof setTimeout>;
  let leader = false;
  let channel: BroadcastChannel | undefined;
  /** A request for the Web Lock is waiting or holds it. */
  let locking = false;
  let release: (() => void) | undefined;
  let warned: string | undefined;
  /** The response body the shown document was parsed from (unknown when another tab sent it). */
  let shownText: string | undefined;

  const store = {
    state: INITIAL_STATE,
    fromStorage: false,
    request: undefined as Promise<void> | undefined,

    subscribe(changed: () => void, interval: number): void {
      if (subscribers.get(changed) != interval) {
        subscribers.set(changed, interval);
        subscribers.size > 1 ? schedule() : start();
      }
    },

    unsubscribe(changed: () => void): void {
      if (subscribers.delete(changed) && !subscribers.size) stop();
    },

    // A simple CORS request (no credentials, no custom headers, so no preflight); `cache: 'no-cache'`
    // lets the browser revalidate with ETag/Last-Modified. Every failure becomes a result.
    load: (): Promise<void> =>
      (store.request ??= (async () => {
        clearTimeout(timer);
        const request = (abort = new AbortController());
        // The page's first request waits for a task after the next paint: the frame that shows the
        // page (and the stored document) has enough to do. Stopped meanwhile: nothing to request.
        if (lastResultAt == undefined) await afterPaint();
        if (request != abort) return;
        // setTimeout (not AbortSignal.timeout) so that the timeout follows the page's timers.
        const timeout = setTimeout(() => request.abort(TIMEOUT), 30_000);
        let text = '';
        let result: Omit<Result, 'at'>;
        try {
          const response = await fetch(src, { credentials: 'omit', cache: 'no-cache', signal: request.signal });
          const { status } = response;
          if (response.ok) {
            text = await response.text();
            // A revalidation mostly answers with the body already shown: it is not parsed again.
            result = text == shownText ? { document: store.state.document } : parse(text, src);
          } else {
            result = {
              error: { kind: 'http', status, message: 'HTTP ' + status },
              retryAfter: parseRetryAfter(response.headers.get('Retry-After'), Date.now()),
            };
          }
        } catch (error) {
          result = { error: { kind: error === TIMEOUT ? 'timeout' : 'network', message: String(error) } };
        }
        clearTimeout(timeout);
        // Stopped meanwhile (the last element was removed): nothing to apply.
        if (request == abort) {
          const at = Date.now();
          store.request = undefined;
          if (result.document) {
            try {
              localStorage.setItem(name, JSON.stringify({ text, at }));
            } catch {
              // Quota, privacy mode or disabled storage: memory only.
            }
          }
          const posted = { ...result, at };
          channel?.postMessage(posted);
          apply(posted);
          if (result.document) shownText = text;
        }
      })()),

    /** The page's `online` and `visibilitychange` events (the store is their listener). */
    handleEvent({ type }: Event): void {
      if (type == 'online') leader && store.load();
      else if (isVisible()) resume();
      else resign();
    },
  };

  /** (Re)arms the poll timer; only the polling tab, while visible, has one. */
  function schedule(): void {
    clearTimeout(timer);
    if (leader && !store.request && subscribers.size) {
      const due = (lastResultAt ?? 0) + (retryDelay || interval());
      timer = setTimeout(store.load, Math.min(due - Date.now(), 2 ** 31 - 1));
    }
  }

  function start(): void {
    const options = { signal: (listening = new AbortController()).signal };
    document.addEventListener('visibilitychange', store, options);
    addEventListener('online', store, options);
    if (typeof BroadcastChannel == 'function') {
      // Another tab's result (possibly from another version of the script: check the shape).
      (channel = new BroadcastChannel(name)).onmessage = ({ data }) => {
        if (typeof data?.at == 'number') {
          if (data.document) shownText = undefined;
          apply(data);
        }
      };
    }
    resume();
  }

  function stop(): void {
    listening.abort();
    abort?.abort();
    abort = store.request = undefined;
    resign();
    channel?.close();
    channel = undefined;
  }

  /** On start and when the page becomes visible: compete for polling, fetch at once if stale. */
  function resume(): void {
    const visible = isVisible();
    if (visible) elect();
    // The first request of a page waits for no timer, election or visibility (only for one paint).
    if (lastResultAt == undefined || (visible && Date.now() - lastResultAt >= (retryDelay || interval()))) store.load();
    else schedule();
  }

  function elect(): void {
    const locks = navigator.locks;
    if (!channel || !locks) lead(true);
    else if (!locking) {
      locking = true;
      locks
        .request(name, () => {
          if (isVisible() && subscribers.size) {
            return new Promise<void>((resolve) => {
              release = resolve;
              lead(true);
            });
          }
          // Granted while hidden or after the elements were removed: pass the lock on at once.
          locking = false;
        })
        // Refused (e.g. an opaque origin): poll on our own, as without Web Locks.
        .catch(() => lead(true));
    }
  }

  function resign(): void {
    if (release) {
      release();
      release = undefined;
      locking = false;
    }
    lead(false);
  }

  function lead(polling: boolean): void {
    leader = polling;
    schedule();
  }

  /** The shortest interval any subscriber wants (Infinity without subscribers). */
  function interval(): number {
    return Math.min(...subscribers.values());
  }

  function apply({ at, document, error, retryAfter }: Result): void {
    lastResultAt = at;
    store.fromStorage = false;
    if (document) {
      failures = retryDelay = 0;
      warned = undefined;
      store.state = { status: 'ready', document, receivedAt: at, publisherUrl: document.publisher?.url };
    } else if (error) {
      // The last good document stays (stale); without one, nothing usable (error).
      retryDelay = Math.max(backoffDelay(interval(), ++failures), retryAfter ?? 0);
      store.state = { ...store.state, status: store.state.document ? 'stale' : 'error', error };
      const key = error.kind + error.message;
      if (key != warned) console.warn(`itc-status: ${src}: ${error.message}`);
      warned = key;
    }
    schedule();
    for (const changed of subscribers.keys()) changed();
  }

  try {
    const { text, at } = JSON.parse(localStorage.getItem(name)!);
    const { document } = parse(text, src);
    if (document && typeof at == 'number') {
      apply({ at, document });
      shownText = text;
      lastResultAt = undefined; // still to be confirmed: the page's first request waits for no timer
      store.fromStorage = true;
    }
  } catch {
    // Nothing stored, unreadable, or storage unavailable: nothing kept.
  }
  return store;
}
