/**
 * The script editors paste (`dist/itc-status.js`): defines the banner and the provider, and
 * `<itc-subscribe>` through the form's part once a page has one. Each define module registers its
 * tag only when it is not registered yet, so pasting the script twice breaks nothing.
 */
// First: before Lit reads its globals (see protect-globals.ts).
import './protect-globals.js';
import './define/itc-status-provider.js';
import './define/itc-status-banner.js';
// The form's code comes as a part of its own, on pages that have a form.
import './bundle/subscribe-on-demand.js';
