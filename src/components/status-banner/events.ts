import type { Disruption, SelectedWindow } from '../../core/types.js';
import type { LoadError } from '../../data/status-state.js';

/** What a banner shows: its disruptions (most severe first) and service windows (soonest first). */
export interface ShownStatus {
  disruptions: Disruption[];
  maintenance: SelectedWindow[];
}

/**
 * `itc-status-change`: what the element shows has changed (a disruption appeared or ended, a window
 * started, ended or was edited). Not fired when a refresh brings the same content. Bubbles, composed.
 */
export class ItcStatusChangeEvent extends CustomEvent<ShownStatus> {
  /**
   * Takes the `detail` only: the type and options belong to the class (unlike
   * `new CustomEvent(type, { detail })`), so an event made in a test or a portal's own code is
   * always the one the element fires: `new ItcStatusChangeEvent({ disruptions, maintenance })`.
   */
  constructor(detail: ShownStatus) {
    super('itc-status-change', { detail, bubbles: true, composed: true });
  }
}

/** `itc-status-error`: loading the status document failed; `detail` says why. Bubbles, composed. */
export class ItcStatusErrorEvent extends CustomEvent<LoadError> {
  /** Takes the `detail` only, as ItcStatusChangeEvent: `new ItcStatusErrorEvent({ kind: 'network', message })`. */
  constructor(detail: LoadError) {
    super('itc-status-error', { detail, bubbles: true, composed: true });
  }
}

interface StatusEventMap {
  'itc-status-change': ItcStatusChangeEvent;
  'itc-status-error': ItcStatusErrorEvent;
}

declare global {
  // The events bubble out of shadow roots, so a page can listen on the element or the document.
  interface HTMLElementEventMap extends StatusEventMap {}
  interface DocumentEventMap extends StatusEventMap {}
}
