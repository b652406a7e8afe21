/**
 * Checks that depend on the moment a document is judged, so they are not part of parsing:
 * a service window that is already over, and a disruption without an end that began long ago
 * (most likely someone forgot to close it). Texts for their codes are in findings.ts.
 */
import type { Finding, StatusDocument } from './types.js';

/** A disruption without an end is stale once it started more than this many days ago. */
export const STALE_DISRUPTION_DAYS = 7;

const DAY = 86_400_000;

export interface LintOptions {
  /** The moment to judge the document at (ms). */
  now: number;
  /**
   * The document as published (the parsed JSON value), so that paths point at the items in it;
   * without it, paths count the items that survived parsing.
   */
  source?: unknown;
}

/** Time-dependent warnings about `document` as of `options.now`. */
export function lintStatusDocument(document: StatusDocument, options: LintOptions): Finding[] {
  const { now, source } = options;
  const findings: Finding[] = [];
  /** A warning about the end of the `i`th item of `key` (its index in the published array when known). */
  const warn = (key: 'disruptions' | 'maintenance', item: { id: string }, i: number, code: string, params?: Finding['params']) => {
    const list = (source as Record<string, unknown> | null)?.[key];
    const index = Array.isArray(list) ? list.findIndex((x) => (x as { id?: unknown } | null)?.id === item.id) : -1;
    findings.push({ level: 'warning', code, path: `$.${key}[${index >= 0 ? index : i}].end`, itemId: item.id, ...(params && { params }) });
  };
  document.disruptions.forEach((d, i) => {
    if (d.end === undefined && now - d.start > STALE_DISRUPTION_DAYS * DAY) {
      warn('disruptions', d, i, 'stale-disruption', { days: Math.floor((now - d.start) / DAY) });
    }
  });
  document.maintenance.forEach((w, i) => {
    if (w.end <= now) warn('maintenance', w, i, 'past-window');
  });
  return findings;
}
