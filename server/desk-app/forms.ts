/**
 * The desk's two forms as plain values, turned into items of the status document, and the core's
 * findings on the draft led back to the field they concern. Pure.
 */
import { checkStatusDocument, describeFinding, type Lang } from 'itc-status/core';
import { applyChange, MUNICIPALITIES, newId, type RawDisruption, type RawDocument, type RawWindow } from './draft.js';
import { normalizeDate, normalizeTime, splitLocal } from './local-time.js';
import { deskStrings } from './strings.js';

export type Severity = RawDisruption['severity'];

export interface DisruptionForm {
  /** Given when the form opens, so the item is the same one at every keystroke. */
  id: string;
  title: string;
  message: string;
  municipalities: string[];
  systems: string;
  severity: Severity;
  url: string;
  date: string;
  time: string;
}

export interface SystemRow {
  name: string;
  from: string;
  to: string;
}

export interface WindowForm {
  /** Given when the form opens, as for disruptions. */
  id: string;
  municipalities: string[];
  date: string;
  from: string;
  to: string;
  title: string;
  description: string;
  systems: SystemRow[];
  support: string;
  url: string;
}

/** Field name → message. */
export type FieldMessages = Record<string, string>;

/** The standard texts of IT-Centrum's page, which the forms start from. */
export const STANDARD = {
  disruptionTitle: 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.',
  disruptionMessage:
    'Vi upplever just nu driftstörningar som kan påverka våra tjänsters tillgänglighet. Vi arbetar aktivt för att lösa problemet så snabbt som möjligt. Vi ber er att avvakta mer information innan du kontaktar oss för tillfället. Tack för er förståelse.',
  windowTitle: 'Servicefönster',
  windowDescription:
    'Service och underhåll av kommunens IT-miljö, system och olika tjänster. Personal kan förvänta sig störningar på de flesta system som vi tillhandahåller.',
  support: 'Vid behov når du oss på ordinarie supporttelefonnummer kl. 10–16 under helgen.',
};

export function newDisruptionForm(now: { date: string; time: string }): DisruptionForm {
  return { id: newId(now.date, 'driftstorning'), title: STANDARD.disruptionTitle, message: STANDARD.disruptionMessage, municipalities: [], systems: '', severity: 'major', url: '', ...now };
}

export function disruptionFormOf(item: RawDisruption): DisruptionForm {
  return {
    id: item.id,
    title: item.title,
    message: item.message ?? '',
    municipalities: [...(item.municipalities ?? [])],
    systems: (item.systems ?? []).join(', '),
    severity: item.severity ?? 'major',
    url: item.url ?? '',
    ...splitLocal(item.start),
  };
}

export function newWindowForm(today: string): WindowForm {
  return {
    id: newId(today, 'servicefonster'),
    municipalities: [],
    date: '',
    from: '',
    to: '',
    title: STANDARD.windowTitle,
    description: STANDARD.windowDescription,
    systems: [],
    support: STANDARD.support,
    url: '',
  };
}

export function windowFormOf(item: RawWindow): WindowForm {
  const start = splitLocal(item.start);
  return {
    id: item.id,
    municipalities: [...item.municipalities],
    date: start.date,
    from: start.time,
    to: splitLocal(item.end).time,
    title: item.title ?? '',
    description: item.description ?? '',
    systems: (item.systems ?? []).map((s) => ({ name: s.name, from: splitLocal(s.start).time, to: splitLocal(s.end).time })),
    support: item.support ?? '',
    url: item.url ?? '',
  };
}

/** Optional text: trimmed, or absent. */
const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** The disruption the form describes, and what keeps it from being one (the desk's own checks). */
export function disruptionFrom(form: DisruptionForm, lang: Lang, existing?: RawDisruption): { item: RawDisruption; errors: FieldMessages } {
  const t = deskStrings(lang).errors;
  const errors: FieldMessages = {};
  if (!form.title.trim()) errors.title = t.title;
  const date = normalizeDate(form.date);
  const time = normalizeTime(form.time);
  if (!date) errors.date = t.date;
  if (!time) errors.time = t.time;
  const item: RawDisruption = {
    id: form.id,
    title: form.title.trim(),
    message: optional(form.message),
    severity: form.severity,
    municipalities: form.municipalities,
    systems: form.systems.split(/[,\n]/).map((s) => s.trim()).filter(Boolean),
    start: `${date ?? form.date}T${time ?? form.time}`,
    end: existing?.end ?? null,
    updates: existing?.updates ?? [],
    url: optional(form.url),
  };
  return { item, errors };
}

export function windowFrom(form: WindowForm, lang: Lang): { item: RawWindow; errors: FieldMessages } {
  const t = deskStrings(lang).errors;
  const errors: FieldMessages = {};
  const date = normalizeDate(form.date);
  const from = normalizeTime(form.from);
  const to = normalizeTime(form.to);
  if (!date) errors.date = t.date;
  if (!from) errors.from = t.time;
  if (!to) errors.to = t.time;
  if (!form.title.trim()) errors.title = t.title;
  const day = date ?? form.date;
  const systems = form.systems.map((row, i) => {
    const rowFrom = normalizeTime(row.from);
    const rowTo = normalizeTime(row.to);
    if (!row.name.trim()) errors[`system-${i}-name`] = t.systemName;
    if (!rowFrom) errors[`system-${i}-from`] = t.time;
    if (!rowTo) errors[`system-${i}-to`] = t.time;
    return { name: row.name.trim(), start: `${day}T${rowFrom ?? row.from}`, end: `${day}T${rowTo ?? row.to}` };
  });
  const item: RawWindow = {
    id: form.id,
    title: form.title.trim(),
    // None ticked means all five.
    municipalities: form.municipalities.length > 0 ? form.municipalities : MUNICIPALITIES.map((m) => m.id),
    start: `${day}T${from ?? form.from}`,
    end: `${day}T${to ?? form.to}`,
    description: optional(form.description),
    systems,
    support: optional(form.support),
    url: optional(form.url),
  };
  return { item, errors };
}

/** Which form field a finding's path names, below the item's own path. */
function fieldOf(rest: string, kind: 'disruption' | 'window'): string | undefined {
  const system = /^\.systems\[(\d+)\](?:\.(\w+))?/.exec(rest);
  if (system && kind === 'window') {
    const part = system[2] === 'name' ? 'name' : system[2] === 'end' ? 'to' : 'from';
    return `system-${system[1]}-${part}`;
  }
  const field = /^\.(\w+)/.exec(rest)?.[1];
  if (!field) return undefined;
  if (kind === 'disruption') return field === 'start' ? 'time' : field;
  return field === 'start' ? 'from' : field === 'end' ? 'to' : field;
}

/**
 * The core's findings (errors and warnings, e.g. a time the clocks skip) on the draft with this
 * item in it, by field, in `lang`: the same checks as publishing. Not `usable` when the draft has
 * an error, or when the core would drop this item or one of its rows (an end before the start).
 */
export function findingsFor(
  draft: RawDocument,
  item: RawDisruption | RawWindow,
  kind: 'disruption' | 'window',
  lang: Lang,
  now = Date.now(),
): { byField: FieldMessages; usable: boolean; other: string[] } {
  const candidate = applyChange(draft, kind === 'disruption' ? { kind: 'put-disruption', item: item as RawDisruption, isNew: false } : { kind: 'put-window', item: item as RawWindow, isNew: false });
  const list = kind === 'disruption' ? candidate.disruptions! : candidate.maintenance!;
  const prefix = `$.${kind === 'disruption' ? 'disruptions' : 'maintenance'}[${list.findIndex((x) => x.id === item.id)}]`;
  const result = checkStatusDocument(candidate, { now });
  const byField: FieldMessages = {};
  const other: string[] = [];
  let usable = result.usable;
  for (const finding of result.findings) {
    // Findings about other items are not this form's business (they were published already).
    if (!finding.path.startsWith(prefix)) {
      if (finding.level === 'error') other.push(describeFinding(finding, lang));
      continue;
    }
    // The document would still publish, but without this item or row: staff would not see it.
    if (finding.params?.effect === 'dropped') usable = false;
    const field = fieldOf(finding.path.slice(prefix.length), kind) ?? 'title';
    const text = describeFinding(finding, lang).replace(/^\$[^:]*:\s*/, '');
    byField[field] = byField[field] ? `${byField[field]} ${text}` : text;
  }
  return { byField, usable, other };
}

/** Municipality ids → "Tierp, Östhammar" (empty: all). */
export function municipalityNames(ids: readonly string[], lang: Lang): string {
  if (ids.length === 0 || ids.length === MUNICIPALITIES.length) return deskStrings(lang).allMunicipalities;
  return ids.map((id) => MUNICIPALITIES.find((m) => m.id === id)?.name ?? id).join(', ');
}
