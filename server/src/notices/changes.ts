/**
 * What changed between two published documents, as staff need to hear it: the changes that send a
 * notice. Wording-only edits (a typo fixed in a title, a description reworded) are not changes.
 * Pure: the notifier turns these into notices.
 */
import type { Disruption, DisruptionUpdate, MaintenanceWindow, StatusDocument } from 'itc-status/core';

export type Change =
  | { kind: 'disruption-new'; disruption: Disruption }
  | { kind: 'disruption-update'; disruption: Disruption; update: DisruptionUpdate }
  | { kind: 'disruption-resolved'; disruption: Disruption }
  | { kind: 'window-new'; window: MaintenanceWindow }
  | { kind: 'window-changed'; window: MaintenanceWindow; previous: MaintenanceWindow }
  | { kind: 'window-cancelled'; window: MaintenanceWindow };

const isActive = (d: Disruption, now: number) => d.end === undefined || d.end > now;

/** The municipalities a change concerns; empty means every municipality. */
export const municipalitiesOf = (change: Change): string[] => ('disruption' in change ? change.disruption.municipalities : change.window.municipalities);

/** The parts of a window that staff plan around: when, where and which systems. */
export function schedule(w: MaintenanceWindow): string {
  const systems = w.systems.map((s) => `${s.name}@${s.start}-${s.end}`).sort();
  return JSON.stringify([w.start, w.end, [...w.municipalities].sort(), systems]);
}

/** The changes from `before` (undefined: nothing published yet) to `after`, judged at `now`. */
export function changesBetween(before: StatusDocument | undefined, after: StatusDocument, now: number): Change[] {
  const changes: Change[] = [];
  const oldDisruptions = new Map((before?.disruptions ?? []).map((d) => [d.id, d]));
  const newDisruptions = new Set(after.disruptions.map((d) => d.id));
  for (const disruption of after.disruptions) {
    const previous = oldDisruptions.get(disruption.id);
    const wasActive = previous !== undefined && isActive(previous, now);
    if (!isActive(disruption, now)) {
      if (wasActive) changes.push({ kind: 'disruption-resolved', disruption });
      continue;
    }
    if (!wasActive) {
      changes.push({ kind: 'disruption-new', disruption });
      continue;
    }
    const seen = new Set(previous.updates.map((u) => u.at));
    const added = disruption.updates.filter((u) => !seen.has(u.at));
    // Updates are newest first: the newest added one is the news.
    if (added.length > 0) changes.push({ kind: 'disruption-update', disruption, update: added[0]! });
  }
  for (const [id, previous] of oldDisruptions) {
    if (!newDisruptions.has(id) && isActive(previous, now)) changes.push({ kind: 'disruption-resolved', disruption: { ...previous, end: now } });
  }

  const oldWindows = new Map((before?.maintenance ?? []).map((w) => [w.id, w]));
  const newWindows = new Set(after.maintenance.map((w) => w.id));
  for (const window of after.maintenance) {
    if (window.end <= now) continue;
    const previous = oldWindows.get(window.id);
    if (!previous || previous.end <= now) changes.push({ kind: 'window-new', window });
    else if (schedule(previous) !== schedule(window)) changes.push({ kind: 'window-changed', window, previous });
  }
  for (const [id, previous] of oldWindows) {
    if (!newWindows.has(id) && previous.end > now) changes.push({ kind: 'window-cancelled', window: previous });
  }
  return changes;
}
