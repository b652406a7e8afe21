/** Package entry for npm users: the elements (defined on import) and the pure core. */
export * from './core/index.js';

import './define/itc-status-provider.js';
import './define/itc-status-banner.js';
import './define/itc-subscribe.js';
export { ItcStatusProvider } from './components/status-provider/status-provider.component.js';
export { ItcStatusBanner, type BannerShow } from './components/status-banner/status-banner.component.js';
export * from './components/status-banner/events.js';
export { StatusController, type StatusControllerOptions } from './data/status-controller.js';
export { statusContext } from './data/status-context.js';
export type { StatusState, LoadError } from './data/status-state.js';
export { ItcSubscribe } from './components/subscribe/subscribe.component.js';
export { ItcSubscribeSubmitEvent, ItcSubscribeSuccessEvent, ItcSubscribeErrorEvent, type SubscribeFailure } from './components/subscribe/events.js';
export { CONSENT_VERSION, mapResponse, type SubscribePayload, type SubscribeOutcome } from './components/subscribe/send.js';
export type { Topic } from './components/subscribe/options.js';
