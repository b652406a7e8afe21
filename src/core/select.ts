/**
 * What concerns an audience at an instant: the active disruptions, the ongoing and upcoming
 * service windows, and when that answer next changes by itself.
 */
import type { Disruption, Selection, StatusDocument } from './types.js';
import { municipalityKey, resolveMunicipalities } from './municipalities.js';

export interface SelectOptions {
  /** Municipality ids or names, separated by spaces or commas; absent or empty = all. */
  municipality?: string;
  /** The instant to select for (ms since the epoch). */
  now: number;
  /** How far ahead upcoming windows are shown, in days of 24 hours. Default 14. */
  horizonDays?: number;
}

const RANK = { critical: 0, major: 1, minor: 2 };

/**
 * - Disruptions: active when `start <= now < end` (no end: until further notice); one without
 *   municipalities concerns everyone. Most severe first, then the newest start.
 * - Windows: shown from `start - horizon` (inclusive) until `end` (exclusive), soonest first;
 *   `ongoing` from `start`, each system sub-window `upcoming`, `ongoing` or `past` on its own.
 * - `nextChange`: the earliest instant after `now` at which any of this would differ.
 */
export function selectStatus(document: StatusDocument, options: SelectOptions): Selection {
  const { now, horizonDays = 14 } = options;
  const horizon = horizonDays * 864e5;
  const wanted = resolveMunicipalities(document, options.municipality).ids.map(municipalityKey);
  const concerns = (ids: string[]) => !wanted.length || !ids.length || ids.some((id) => wanted.includes(municipalityKey(id)));
  let next = Infinity;
  const at = (...instants: number[]) => {
    for (const t of instants) if (t > now && t < next) next = t;
  };

  const disruptions: Disruption[] = [];
  for (const d of document.disruptions) {
    if (!concerns(d.municipalities)) continue;
    at(d.start, d.end ?? now);
    if (d.start <= now && (d.end === undefined || now < d.end)) disruptions.push(d);
  }
  disruptions.sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.start - a.start);

  const maintenance: Selection['maintenance'] = [];
  for (const window of document.maintenance) {
    if (!concerns(window.municipalities) || window.end <= now) continue;
    if (window.start - horizon > now) {
      at(window.start - horizon);
      continue;
    }
    at(window.start, window.end);
    maintenance.push({
      window,
      state: window.start <= now ? 'ongoing' : 'upcoming',
      systems: window.systems.map((s) => {
        at(s.start, s.end);
        return { ...s, state: now < s.start ? 'upcoming' : now < s.end ? 'ongoing' : 'past' };
      }),
    });
  }
  maintenance.sort((a, b) => a.window.start - b.window.start || a.window.end - b.window.end);

  const selection: Selection = { disruptions, maintenance };
  if (next < Infinity) selection.nextChange = next;
  return selection;
}
