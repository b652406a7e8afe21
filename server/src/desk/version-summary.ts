/**
 * What changed between two published documents, in words a publisher reads in "Historik": every
 * item added, edited, resolved, cancelled or removed — wording included, unlike the notices, which
 * only tell staff what they plan around. Pure.
 */
import { formatWindowTime, type Disruption, type Lang, type MaintenanceWindow, type StatusDocument } from 'itc-status/core';
import { schedule } from '../notices/changes.js';

const WORDS = {
  sv: {
    newDisruption: 'Ny driftstörning',
    update: 'Uppdatering',
    resolved: 'Åtgärdad',
    reopened: 'Pågår igen',
    editedDisruption: 'Ändrad driftstörning',
    removedDisruption: 'Borttagen driftstörning',
    newWindow: 'Nytt servicefönster',
    changedWindow: 'Ändrad tid eller omfattning',
    editedWindow: 'Ändrad text',
    cancelledWindow: 'Inställt servicefönster',
    all: 'alla kommuner',
    first: 'Första publiceringen',
    nothing: 'Inga ändringar i innehållet',
  },
  en: {
    newDisruption: 'New disruption',
    update: 'Update',
    resolved: 'Resolved',
    reopened: 'Ongoing again',
    editedDisruption: 'Disruption edited',
    removedDisruption: 'Disruption removed',
    newWindow: 'New service window',
    changedWindow: 'Time or scope changed',
    editedWindow: 'Text edited',
    cancelledWindow: 'Service window cancelled',
    all: 'all municipalities',
    first: 'First publish',
    nothing: 'No change in content',
  },
} as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function summarizeChange(before: StatusDocument | undefined, after: StatusDocument, lang: Lang): string[] {
  const t = WORDS[lang];
  const names = new Map(after.municipalities.map((m) => [m.id, m.name]));
  const where = (ids: string[]) => (ids.length === 0 ? t.all : ids.map((id) => names.get(id) ?? id).join(', '));
  const when = (w: MaintenanceWindow) => formatWindowTime(w.start, w.end, { lang, timeZone: after.timeZone, now: after.updated });
  const disruption = (label: string, d: Disruption, extra = '') => `${label}: ”${d.title}” (${where(d.municipalities)})${extra}`;
  const window = (label: string, w: MaintenanceWindow) => `${label}: ”${w.title}” (${where(w.municipalities)}, ${when(w)})`;

  const lines: string[] = [];
  if (!before) lines.push(t.first);
  const oldDisruptions = new Map((before?.disruptions ?? []).map((d) => [d.id, d]));
  for (const d of after.disruptions) {
    const previous = oldDisruptions.get(d.id);
    oldDisruptions.delete(d.id);
    if (!previous) {
      lines.push(disruption(t.newDisruption, d));
      continue;
    }
    const seen = new Set(previous.updates.map((u) => `${u.at}|${u.message}`));
    for (const u of d.updates.filter((u) => !seen.has(`${u.at}|${u.message}`))) lines.push(disruption(t.update, d, `: ${u.message}`));
    if (previous.end === undefined && d.end !== undefined) lines.push(disruption(t.resolved, d));
    else if (previous.end !== undefined && d.end === undefined) lines.push(disruption(t.reopened, d));
    const { updates: _a, end: _b, ...rest } = d;
    const { updates: _c, end: _d, ...previousRest } = previous;
    if (!same(rest, previousRest)) lines.push(disruption(t.editedDisruption, d));
  }
  for (const d of oldDisruptions.values()) lines.push(disruption(t.removedDisruption, d));

  const oldWindows = new Map((before?.maintenance ?? []).map((w) => [w.id, w]));
  for (const w of after.maintenance) {
    const previous = oldWindows.get(w.id);
    oldWindows.delete(w.id);
    if (!previous) lines.push(window(t.newWindow, w));
    // Time or scope as the notices judge it (changes.ts); otherwise only the wording changed.
    else if (schedule(previous) !== schedule(w)) lines.push(window(t.changedWindow, w));
    else if (!same(previous, w)) lines.push(window(t.editedWindow, w));
  }
  for (const w of oldWindows.values()) lines.push(window(t.cancelledWindow, w));
  return lines.length > 0 ? lines : [t.nothing];
}
