import { ItcSubscribe } from '../components/subscribe/subscribe.component.js';

if (!customElements.get('itc-subscribe')) customElements.define('itc-subscribe', ItcSubscribe);

declare global {
  interface HTMLElementTagNameMap {
    'itc-subscribe': ItcSubscribe;
  }
}
