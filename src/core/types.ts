/**
 * The normalised status document and the results of reading it.
 *
 * Everything here is plain data: no DOM, no classes, so the same values flow through the
 * browser elements, the command-line tool and the tests. Instants are numbers (milliseconds
 * since the epoch, UTC); local times from the document have already been converted using the
 * document's time zone.
 */

/** The only format version this code understands. */
export const FORMAT_VERSION = 1;

/** Default IANA time zone of a document's local times. */
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** Languages the UI and messages speak. Swedish is the default everywhere. */
export type Lang = 'sv' | 'en';

export type Severity = 'critical' | 'major' | 'minor';

export interface Publisher {
  name?: string;
  /** An allowed absolute URL (https:, http:, mailto:, tel:). */
  url?: string;
  phone?: string;
  phoneHours?: string;
}

export interface Municipality {
  /** Stable id, e.g. `alvkarleby`. */
  id: string;
  /** Display name, e.g. `Älvkarleby`. */
  name: string;
}

export interface DisruptionUpdate {
  at: number;
  message: string;
}

export interface Disruption {
  id: string;
  title: string;
  message?: string;
  severity: Severity;
  /** Municipality ids; empty means every municipality. */
  municipalities: string[];
  systems: string[];
  start: number;
  /** Absent while the disruption is still ongoing. */
  end?: number;
  /** Newest first. */
  updates: DisruptionUpdate[];
  url?: string;
}

export interface SystemWindow {
  name: string;
  start: number;
  end: number;
}

export interface MaintenanceWindow {
  id: string;
  title: string;
  /** Municipality ids; never empty. */
  municipalities: string[];
  start: number;
  end: number;
  description?: string;
  systems: SystemWindow[];
  support?: string;
  url?: string;
}

export interface StatusDocument {
  version: typeof FORMAT_VERSION;
  updated: number;
  timeZone: string;
  publisher?: Publisher;
  municipalities: Municipality[];
  disruptions: Disruption[];
  maintenance: MaintenanceWindow[];
}

/**
 * Something worth telling the publisher about a document. `code` identifies the rule; the text
 * in either language comes from `describeFinding` so that the core stays free of UI strings
 * that a caller might not need.
 */
export interface Finding {
  level: 'error' | 'warning';
  code: string;
  /** JSON path of the offending value, e.g. `$.maintenance[2].end`. */
  path: string;
  /** The id of the item concerned, when it has one. */
  itemId?: string;
  /** Values for the message text (field names, expected types, …). */
  params?: Record<string, string | number>;
}

export type ParseResult =
  | { ok: true; document: StatusDocument; findings: Finding[] }
  | { ok: false; error: Finding; findings: Finding[] };

export type ItemState = 'upcoming' | 'ongoing';

export interface SelectedSystemWindow extends SystemWindow {
  state: ItemState | 'past';
}

export interface SelectedWindow {
  window: MaintenanceWindow;
  state: ItemState;
  systems: SelectedSystemWindow[];
}

/** What concerns one audience (some municipalities) at one instant. */
export interface Selection {
  /** Active disruptions, most severe first, then newest first. */
  disruptions: Disruption[];
  /** Ongoing and upcoming windows within the horizon, soonest first. */
  maintenance: SelectedWindow[];
  /** The next instant at which this selection changes by itself, if any. */
  nextChange?: number;
}
