/** Package entry for npm users: the elements (defined on import) and the pure core. */
export * from './core/index.js';
import './define/itc-status-provider.js';
import './define/itc-status-banner.js';
export { ItcStatusProvider } from './components/status-provider/status-provider.component.js';
export { ItcStatusBanner, type BannerShow } from './components/status-banner/status-banner.component.js';
export * from './components/status-banner/events.js';
export { StatusController, type StatusControllerOptions } from './data/status-controller.js';
export { statusContext } from './data/status-context.js';
export type { StatusState, LoadError } from './data/status-state.js';
