import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** setTimeout's largest delay (about 24.8 days); longer delays would fire at once. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Re-renders its host when the view changes by itself (a service window starts or ends), with one
 * timer to that instant rather than a ticking clock. The host calls `schedule(selection.nextChange)`
 * whenever it computes a selection; the timer is cleared while the host is disconnected.
 */
export class NextChangeController implements ReactiveController {
  #at?: number;
  #timer?: ReturnType<typeof setTimeout>;

  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    (this.#host = host).addController(this);
  }

  /** Requests a host update at `at` (ms since the epoch); replaces any earlier schedule. */
  schedule(at: number | undefined): void {
    // The same instant again (the host re-rendered for another reason) keeps the timer running.
    if (at === this.#at) return;
    this.#clear();
    this.#at = at;
    if (this.#host.isConnected) this.#arm();
  }

  hostConnected(): void {
    // Time may have passed while disconnected: render afresh and wait for the same instant again.
    this.#host.requestUpdate();
    this.#arm();
  }

  hostDisconnected(): void {
    this.#clear();
  }

  #arm(): void {
    const at = this.#at;
    if (at === undefined || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      // A clamped delay (or a clock that moved) can wake us early: wait on.
      if (Date.now() < at) this.#arm();
      else this.#host.requestUpdate();
    }, Math.min(Math.max(at - Date.now(), 0), MAX_DELAY));
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
