import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { statusContext } from '../../data/status-context.js';
import { StatusElement } from '../../data/status-element.js';

/**
 * Elements inside it that have no `src` of their own show this provider's document. It renders
 * nothing of its own (`display: contents`), so it does not change the page's layout.
 *
 * Attributes / properties:
 * - `src` / `src` (string, required): URL of the status document (JSON).
 * - `poll-interval` / `pollInterval` (number, seconds): time between refreshes; default 60, minimum 15.
 * - `max-age` / `maxAge` (number, seconds): how long the last good document is still shown while it
 *   cannot be refreshed; default 86400 (one day). After that the elements show a neutral notice.
 * - `state` (read-only property): the current StatusState.
 * - `complete` (read-only property): settles when the current load has been applied.
 *
 * @summary Loads the status document once and gives it to every status element inside it.
 *
 * @slot - The page content containing `<itc-status-banner>` elements.
 */
export class ItcStatusProvider extends StatusElement {
  static override styles = css`:host{display:contents}`;

  readonly #provider = new ContextProvider(this, { context: statusContext, initialValue: this.status.state });

  protected override update(changed: Map<PropertyKey, unknown>): void {
    // After the controller has synced (hostUpdate), before anything renders.
    this.#provider.setValue(this.status.state);
    super.update(changed);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
