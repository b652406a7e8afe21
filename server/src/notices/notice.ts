/** A notice as stored (notices.payload): the item that changed and what is needed to write about it. */
import type { Disruption, DisruptionUpdate, MaintenanceWindow } from 'itc-status/core';

export type NoticeKind =
  | 'disruption-new'
  | 'disruption-update'
  | 'disruption-resolved'
  | 'window-new'
  | 'window-changed'
  | 'window-cancelled'
  | 'window-reminder'
  | 'news';

export interface NoticePayload {
  kind: NoticeKind;
  /** The published version that caused it; a window's calendar SEQUENCE. */
  version?: number;
  timeZone: string;
  /** Display names of the document's municipalities, by id. */
  municipalityNames: Record<string, string>;
  disruption?: Disruption;
  update?: DisruptionUpdate;
  window?: MaintenanceWindow;
  news?: { subject: string; text: string };
}

export const isWindowNotice = (kind: NoticeKind) => kind.startsWith('window-');
