import { ItcStatusBanner } from '../components/status-banner/status-banner.component.js';

// Guarded: the script may be pasted twice on one page (or come from two widgets).
if (!customElements.get('itc-status-banner')) customElements.define('itc-status-banner', ItcStatusBanner);

declare global {
  interface HTMLElementTagNameMap {
    'itc-status-banner': ItcStatusBanner;
  }
}
