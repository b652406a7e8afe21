/** Defines `<itc-desk>`: the desk page's script (served at /desk/assets/desk.js). */
import { ItcDesk } from './desk-app.js';

if (!customElements.get('itc-desk')) customElements.define('itc-desk', ItcDesk);
