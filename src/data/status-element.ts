import { LitElement, type PropertyDeclarations } from 'lit';
import { StatusController } from './status-controller.js';
import type { LoadError, StatusState } from './status-state.js';

/**
 * What the status elements share: the `src`, `poll-interval` and `max-age` attributes and the
 * StatusController that loads from them. `updateComplete` also waits for the load in flight, so
 * that it resolves once the current document is shown.
 *
 * - `src` / `src` (string): URL of the status document (JSON); empty: the nearest
 *   `<itc-status-provider>`'s document.
 * - `poll-interval` / `pollInterval` (number, seconds): time between refreshes; default 60, minimum 15.
 * - `max-age` / `maxAge` (number, seconds): how long the last good document is still shown while it
 *   cannot be refreshed; default 86400 (one day). After that, a neutral notice.
 */
export class StatusElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    maxAge: { type: Number, attribute: 'max-age' },
  };

  /** `src`: URL of the status document (JSON); empty: the nearest `<itc-status-provider>`'s document. */
  declare src?: string;
  /** `poll-interval`: seconds between refreshes; default 60, minimum 15. */
  declare pollInterval?: number;
  /** `max-age`: seconds the last good document is still shown while it cannot be refreshed; default 86400 (one day). After that, a neutral notice. */
  declare maxAge?: number;

  protected readonly status = new StatusController(this, {
    src: () => this.src,
    pollInterval: () => this.pollInterval,
    maxAge: () => this.maxAge,
    onError: (error) => this.loadFailed?.(error),
  });

  /** The current StatusState (read-only). */
  get state(): StatusState {
    return this.status.state;
  }

  /** Settles when the current load has been applied. Never rejects. */
  get complete(): Promise<void> {
    return this.status.complete;
  }

  /** Called once for every failed load. */
  protected loadFailed?(error: LoadError): void;

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete(); // A pending update may switch to another src first.
    await this.status.complete;
    return super.getUpdateComplete();
  }
}
