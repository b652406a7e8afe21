/**
 * The publisher's draft as a list of changes to the published document, not as a copy of it: when
 * another publisher publishes first, the same changes are applied again on top of their version,
 * so nothing of theirs is overwritten and nothing of ours is lost. Pure.
 */

/** A disruption as the status document writes it. */
export interface RawDisruption {
  id: string;
  title: string;
  message?: string;
  severity: 'critical' | 'major' | 'minor';
  municipalities: string[];
  systems: string[];
  start: string;
  end: string | null;
  updates: { at: string; message: string }[];
  url?: string;
}

/** A service window as the status document writes it. */
export interface RawWindow {
  id: string;
  title: string;
  municipalities: string[];
  start: string;
  end: string;
  description?: string;
  systems: { name: string; start: string; end: string }[];
  support?: string;
  url?: string;
}

/** The published document, as far as the desk touches it; everything else is kept as it is. */
export interface RawDocument {
  version?: number;
  updated?: string;
  timeZone?: string;
  municipalities?: { id: string; name: string }[];
  disruptions?: RawDisruption[];
  maintenance?: RawWindow[];
  [field: string]: unknown;
}

export type Change =
  | { kind: 'put-disruption'; item: RawDisruption; isNew: boolean }
  | { kind: 'add-update'; id: string; update: { at: string; message: string } }
  | { kind: 'resolve'; id: string; end: string }
  | { kind: 'put-window'; item: RawWindow; isNew: boolean }
  | { kind: 'cancel-window'; id: string }
  | { kind: 'restore'; version: number; body: string };

const replaceOrAdd = <T extends { id: string }>(list: T[], item: T) =>
  list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];

/**
 * The draft's changes with one more. Editing an item that the draft itself added replaces that
 * addition (still new), so the draft reads as what will be published, not as the typing history.
 */
export function withChange(changes: readonly Change[], change: Change): Change[] {
  if (change.kind === 'put-disruption' || change.kind === 'put-window') {
    const index = changes.findIndex((c) => c.kind === change.kind && c.isNew && c.item.id === change.item.id);
    if (index >= 0) return changes.map((c, i) => (i === index ? { ...change, isNew: true } : c));
  }
  return [...changes, change];
}

/** One change applied to a document (a new object; the input is not touched). */
export function applyChange(document: RawDocument, change: Change): RawDocument {
  const disruptions = document.disruptions ?? [];
  const maintenance = document.maintenance ?? [];
  switch (change.kind) {
    case 'put-disruption':
      return { ...document, disruptions: replaceOrAdd(disruptions, change.item) };
    case 'add-update':
      // Updates are newest first.
      return { ...document, disruptions: disruptions.map((d) => (d.id === change.id ? { ...d, updates: [change.update, ...(d.updates ?? [])] } : d)) };
    case 'resolve':
      return { ...document, disruptions: disruptions.map((d) => (d.id === change.id ? { ...d, end: change.end } : d)) };
    case 'put-window':
      return { ...document, maintenance: replaceOrAdd(maintenance, change.item) };
    case 'cancel-window':
      return { ...document, maintenance: maintenance.filter((w) => w.id !== change.id) };
    case 'restore':
      return JSON.parse(change.body) as RawDocument;
  }
}

/** The draft: the changes applied in order on the published document, stamped `updated`. */
export function applyChanges(base: RawDocument, changes: readonly Change[], updated: string): RawDocument {
  const document = changes.reduce(applyChange, base);
  return changes.length > 0 ? { ...document, updated } : document;
}

/** The document as text, the way it is published. */
export const documentText = (document: RawDocument) => JSON.stringify(document, null, 2) + '\n';

/** A readable, unique id: the date, a word for the item and a few random letters. */
export function newId(date: string, word: string): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36).slice(0, 4);
  return `${date}-${word}-${random}`;
}

/** IT-Centrum's five municipalities, as the seed document lists them. */
export const MUNICIPALITIES = [
  { id: 'heby', name: 'Heby' },
  { id: 'alvkarleby', name: 'Älvkarleby' },
  { id: 'knivsta', name: 'Knivsta' },
  { id: 'tierp', name: 'Tierp' },
  { id: 'osthammar', name: 'Östhammar' },
];

/** What the first publish starts from when nothing has been published yet. */
export function emptyDocument(updated: string): RawDocument {
  return {
    version: 1,
    updated,
    timeZone: 'Europe/Stockholm',
    publisher: { name: 'IT-Centrum', url: 'https://itcentrum.se' },
    municipalities: MUNICIPALITIES,
    disruptions: [],
    maintenance: [],
  };
}
