/** The events `<itc-subscribe>` fires. All bubble and cross shadow roots (composed). */
import type { SubscribeOutcome, SubscribePayload } from './send.js';

const init = { bubbles: true, composed: true };

/**
 * `itc-subscribe-submit`: a valid sign-up is about to be sent; `detail` is the payload.
 * Cancelable: `preventDefault()` stops the element's own request, so that a page can send the
 * payload itself and then report the result with `element.complete(outcome)`.
 */
export class ItcSubscribeSubmitEvent extends CustomEvent<SubscribePayload> {
  constructor(payload: SubscribePayload) {
    super('itc-subscribe-submit', { ...init, cancelable: true, detail: payload });
  }
}

/** `itc-subscribe-success`: the server accepted the sign-up (any 2xx). */
export class ItcSubscribeSuccessEvent extends CustomEvent<{ payload?: SubscribePayload; status: number }> {
  constructor(payload: SubscribePayload | undefined, status: number) {
    super('itc-subscribe-success', { ...init, detail: { payload, status } });
  }
}

/** What went wrong: the outcome of a request that was sent but not accepted. */
export type SubscribeFailure = Exclude<SubscribeOutcome, { kind: 'success' }>;

/**
 * `itc-subscribe-error`: a sent sign-up was not accepted (field errors from the server, 429,
 * another status, timeout, network failure). Not fired for errors found before sending, nor when
 * the element is removed while a request is under way.
 */
export class ItcSubscribeErrorEvent extends CustomEvent<{ payload?: SubscribePayload; outcome: SubscribeFailure }> {
  constructor(payload: SubscribePayload | undefined, outcome: SubscribeFailure) {
    super('itc-subscribe-error', { ...init, detail: { payload, outcome } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'itc-subscribe-submit': ItcSubscribeSubmitEvent;
    'itc-subscribe-success': ItcSubscribeSuccessEvent;
    'itc-subscribe-error': ItcSubscribeErrorEvent;
  }
}
