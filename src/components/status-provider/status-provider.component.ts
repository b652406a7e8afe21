import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { statusContext } from '../../data/status-context.js';
import { StatusController } from '../../data/status-controller.js';
import type { StatusState } from '../../data/status-state.js';

/**
 * @summary Loads the status document once and gives it to every status element inside it.
 *
 * Elements inside it that have no `src` of their own show this provider's document. It renders
 * nothing of its own (`display: contents`), so it does not change the page's layout.
 *
 * @slot - The page content containing `<itc-status-banner>` elements.
 *
 * Attributes / properties:
 * - `src` / `src` (string, required): URL of the status document (JSON).
 * - `poll-interval` / `pollInterval` (number, seconds): time between refreshes; default 60, minimum 15.
 * - `max-age` / `maxAge` (number, seconds): how long the last good document is still shown while it
 *   cannot be refreshed; default 86400 (one day). After that the elements show a neutral notice.
 * - `state` (read-only property): the current StatusState.
 */
export class ItcStatusProvider extends LitElement {
  static override properties = {
    src: { reflect: true },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    maxAge: { type: Number, attribute: 'max-age' },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  declare src: string;
  declare pollInterval: number | undefined;
  declare maxAge: number | undefined;

  readonly #status: StatusController;
  readonly #provider: ContextProvider<typeof statusContext>;

  constructor() {
    super();
    this.src = '';
    this.#status = new StatusController(this, {
      src: () => this.src,
      pollInterval: () => this.pollInterval,
      maxAge: () => this.maxAge,
    });
    this.#provider = new ContextProvider(this, { context: statusContext, initialValue: this.#status.state });
  }

  /** The state given to the elements inside. */
  get state(): StatusState {
    return this.#status.state;
  }

  /** Settles when the current load has been applied. Never rejects. */
  get complete(): Promise<void> {
    return this.#status.complete;
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    // After the controller has synced (hostUpdate), before anything renders.
    this.#provider.setValue(this.#status.state);
    super.update(changed);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
