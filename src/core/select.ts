/**
 * What concerns an audience at an instant: the active disruptions, the ongoing and upcoming
 * service windows, and when that answer next changes by itself.
 */
import type { Disruption, SelectedWindow, Selection, StatusDocument } from './types.js';
import { municipalityKey, resolveMunicipalities } from './municipalities.js';

export interface SelectOptions {
  /** Municipality ids or names, separated by spaces or commas; absent or empty = all. */
  municipality?: string;
  /** The audience already resolved (resolveMunicipalities' `ids`); when given, `municipality` is not read. */
  municipalityIds?: readonly string[];
  /** The instant to select for (ms since the epoch). */
  now: number;
  /** How far ahead upcoming windows are shown, in days of 24 hours. Default 14. */
  horizonDays?: number;
}

/**
 * - Disruptions: active when `start <= now < end` (no end: until further notice); one without
 *   municipalities concerns everyone. Most severe first, then the newest start.
 * - Windows: shown from `start - horizon` (inclusive) until `end` (exclusive), soonest first;
 *   `ongoing` from `start`, each system sub-window `upcoming`, `ongoing` or `past` on its own.
 * - `nextChange`: the earliest instant after `now` at which any of this would differ.
 */
export function selectStatus(document: StatusDocument, { municipality, municipalityIds, now, horizonDays = 14 }: SelectOptions): Selection {
  const horizon = horizonDays * 864e5;
  const wanted = (municipalityIds ?? resolveMunicipalities(document, municipality).ids).map(municipalityKey);
  const concerns = (ids: string[]) => !wanted.length || !ids.length || ids.some((id) => wanted.includes(municipalityKey(id)));
  let next = Infinity;
  /** Notes `t` if it is the next instant at which the selection changes; whether `now` is before `t`. */
  const until = (t: number) => {
    if (t > now && t < next) next = t;
    return !(t <= now);
  };
  // "minor major critical": a more severe level has a higher index.
  const rank = (d: Disruption) => 'minor major critical'.indexOf(d.severity);
  const selection: Selection = {
    disruptions: document.disruptions
      .filter((d) => concerns(d.municipalities) && until(d.end!) && !until(d.start))
      .sort((a, b) => rank(b) - rank(a) || b.start - a.start),
    maintenance: document.maintenance
      .filter((w) => concerns(w.municipalities) && until(w.end) && !until(w.start - horizon))
      .map((window): SelectedWindow => ({
        window,
        state: until(window.start) ? 'upcoming' : 'ongoing',
        systems: window.systems.map((s) => ({ ...s, state: until(s.start) ? 'upcoming' : until(s.end) ? 'ongoing' : 'past' })),
      }))
      .sort((a, b) => a.window.start - b.window.start || a.window.end - b.window.end),
  };
  if (next < Infinity) selection.nextChange = next;
  return selection;
}
