import { ItcStatusProvider } from '../components/status-provider/status-provider.component.js';

if (!customElements.get('itc-status-provider')) customElements.define('itc-status-provider', ItcStatusProvider);

declare global {
  interface HTMLElementTagNameMap {
    'itc-status-provider': ItcStatusProvider;
  }
}
