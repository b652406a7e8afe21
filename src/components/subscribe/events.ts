/** The events `<itc-subscribe>` fires. All bubble and cross shadow roots (composed). */
import type { SubscribeOutcome, SubscribePayload } from './send.js';

/** What went wrong: the outcome of a request that was sent but not accepted. */
export type SubscribeFailure = Exclude<SubscribeOutcome, { kind: 'success' }>;

/**
 * A class of bubbling, composed events of one type whose constructor takes the `detail` only (the
 * type and options belong to the class, unlike `new CustomEvent(type, { detail })`), as the
 * banner's events do: `new ItcSubscribeSuccessEvent({ payload, status: 202 })`.
 */
const eventClass = <T>(type: string, cancelable?: boolean): new (detail: T) => CustomEvent<T> =>
  class extends CustomEvent<T> {
    constructor(detail: T) {
      super(type, { bubbles: true, composed: true, cancelable, detail });
    }
  };

/**
 * `itc-subscribe-submit`: a valid sign-up is about to be sent; `detail` is the payload.
 * Cancelable: `preventDefault()` stops the element's own request, so that a page can send the
 * payload itself and then report the result with `element.complete(outcome)`.
 */
export const ItcSubscribeSubmitEvent = eventClass<SubscribePayload>('itc-subscribe-submit', true);
export type ItcSubscribeSubmitEvent = InstanceType<typeof ItcSubscribeSubmitEvent>;

/** `itc-subscribe-success`: the server accepted the sign-up (any 2xx). */
export const ItcSubscribeSuccessEvent = eventClass<{ payload?: SubscribePayload; status: number }>('itc-subscribe-success');
export type ItcSubscribeSuccessEvent = InstanceType<typeof ItcSubscribeSuccessEvent>;

/**
 * `itc-subscribe-error`: a sent sign-up was not accepted (field errors from the server, 429,
 * another status, timeout, network failure). Not fired for errors found before sending, nor when
 * the element is removed while a request is under way.
 */
export const ItcSubscribeErrorEvent = eventClass<{ payload?: SubscribePayload; outcome: SubscribeFailure }>('itc-subscribe-error');
export type ItcSubscribeErrorEvent = InstanceType<typeof ItcSubscribeErrorEvent>;

declare global {
  interface HTMLElementEventMap {
    'itc-subscribe-submit': ItcSubscribeSubmitEvent;
    'itc-subscribe-success': ItcSubscribeSuccessEvent;
    'itc-subscribe-error': ItcSubscribeErrorEvent;
  }
}
