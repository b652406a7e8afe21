/**
 * JSX typings for React 19 (types only; nothing to run). React 19 sets a custom element's
 * properties and adds listeners for `on<event-name>` props, so a portal gets checked attributes and
 * typed events:
 *
 * ```tsx
 * import 'itc-status';
 * import type {} from 'itc-status/react';
 *
 * <itc-status-banner src="/status.json" municipality="tierp" onitc-status-change={(e) => e.detail.disruptions} />
 * ```
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ItcStatusBanner } from './components/status-banner/status-banner.component.js';
import type { ItcStatusChangeEvent, ItcStatusErrorEvent } from './components/status-banner/events.js';
import type { ItcStatusProvider } from './components/status-provider/status-provider.component.js';
import type { ItcSubscribe } from './components/subscribe/subscribe.component.js';
import type { ItcSubscribeErrorEvent, ItcSubscribeSubmitEvent, ItcSubscribeSuccessEvent } from './components/subscribe/events.js';

/** An element's JSX props: React's own HTML props plus the element's public properties and events. */
type ElementProps<E extends HTMLElement, Props, Events = unknown> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Props> &
  Partial<Props> &
  Partial<Events> & { class?: string };

type StatusProps = Pick<ItcStatusBanner, 'src' | 'pollInterval' | 'maxAge'> & {
  'poll-interval'?: number | string;
  'max-age'?: number | string;
};

export type ItcStatusBannerProps = ElementProps<
  ItcStatusBanner,
  StatusProps &
    Pick<ItcStatusBanner, 'municipality' | 'lang' | 'show' | 'max' | 'horizonDays' | 'placement'> & { 'horizon-days'?: number | string },
  { 'onitc-status-change': (event: ItcStatusChangeEvent) => void; 'onitc-status-error': (event: ItcStatusErrorEvent) => void }
>;

export type ItcStatusProviderProps = ElementProps<ItcStatusProvider, StatusProps>;

export type ItcSubscribeProps = ElementProps<
  ItcSubscribe,
  Pick<ItcSubscribe, 'action' | 'municipality' | 'topics' | 'privacyUrl' | 'termsUrl' | 'lang' | 'timeout'> & { 'privacy-url'?: string; 'terms-url'?: string },
  {
    'onitc-subscribe-submit': (event: ItcSubscribeSubmitEvent) => void;
    'onitc-subscribe-success': (event: ItcSubscribeSuccessEvent) => void;
    'onitc-subscribe-error': (event: ItcSubscribeErrorEvent) => void;
  }
>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'itc-status-banner': ItcStatusBannerProps;
      'itc-status-provider': ItcStatusProviderProps;
      'itc-subscribe': ItcSubscribeProps;
    }
  }
}
