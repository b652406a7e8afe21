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

/** Index of the item with `id` in the published array `key`, or `fallback`. */
function sourceIndex(source: unknown, key: 'disruptions' | 'maintenance', id: string, fallback: number): number {
  const list = (source as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) return fallback;
  const index = list.findIndex((item) => (item as { id?: unknown } | null)?.id === id);
  return index >= 0 ? index : fallback;
}

/** Time-dependent warnings about `document` as of `options.now`. */
export function lintStatusDocument(document: StatusDocument, options: LintOptions): Finding[] {
  const { now, source } = options;
  const findings: Finding[] = [];
  document.disruptions.forEach((d, i) => {
    if (d.end === undefined && now - d.start > STALE_DISRUPTION_DAYS * DAY) {
      findings.push({
        level: 'warning',
        code: 'stale-disruption',
        path: `$.disruptions[${sourceIndex(source, 'disruptions', d.id, i)}].end`,
        itemId: d.id,
        params: { days: Math.floor((now - d.start) / DAY) },
      });
    }
  });
  document.maintenance.forEach((w, i) => {
    if (w.end <= now) {
      findings.push({
        level: 'warning',
        code: 'past-window',
        path: `$.maintenance[${sourceIndex(source, 'maintenance', w.id, i)}].end`,
        itemId: w.id,
      });
    }
  });
  return findings;
}

