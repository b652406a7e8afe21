/**
 * Reading a status document: any input gives either a normalised document plus findings, or an
 * error. Nothing here throws. A bad item is dropped with a warning naming it; the rest of the
 * document still works. Rules in docs/status-document.md; finding codes in findings.ts.
 */
import {
  DEFAULT_TIME_ZONE,
  FORMAT_VERSION,
  type Disruption,
  type Finding,
  type MaintenanceWindow,
  type ParseResult,
  type Publisher,
  type Severity,
  type StatusDocument,
} from './types.js';
import { isTimeZone, parseDateTime } from './time.js';
import { resolveLink } from './urls.js';
import { municipalityKey } from './municipalities.js';

export interface ParseOptions {
  /** The document's own absolute URL: relative links resolve against it. */
  baseUrl?: string;
}

type Obj = Record<string, unknown>;
type Params = NonNullable<Finding['params']>;

/** Thrown (after recording a finding) to drop the item being read. */
const DROP = {};
const TIME_ISSUES = { gap: 'nonexistent-time', overlap: 'ambiguous-time', 'offset-mismatch': 'offset-mismatch' };

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clip = (s: string) => (s.length > 60 ? s.slice(0, 59) + '…' : s);
/** A short, printable description of any value, for finding texts. */
const show = (v: unknown) =>
  typeof v === 'string' ? `"${clip(v)}"` : Array.isArray(v) ? 'array' : typeof v === 'object' && v ? 'object' : String(v);
function put<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** Parses JSON text (e.g. a response body) and reads it as a status document. */
export function parseStatusText(text: string, options?: ParseOptions): ParseResult {
  let value: unknown;
  try {
    // A byte-order mark is harmless in a file but not valid JSON.
    value = JSON.parse((text as unknown as string).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { level: 'error', code: 'not-json', path: '$' }, findings: [] };
  }
  return parseStatusDocument(value, options);
}

/**
 * Reads any value as a status document. `ok: false` carries the one error that makes the value
 * unusable (`not-object`, `unknown-version`, `missing-field`, `wrong-type`, `bad-time`, or
 * `unreadable` when reading the value threw); `findings` then holds the warnings found before it.
 */
export function parseStatusDocument(value: unknown, options?: ParseOptions): ParseResult {
  const findings: Finding[] = [];
  try {
    return { ok: true, document: readDocument(value, options, findings), findings };
  } catch (e) {
    const error = e === DROP ? findings.pop()! : { level: 'error' as const, code: 'unreadable', path: '$' };
    error.level = 'error';
    return { ok: false, error, findings };
  }
}

function readDocument(doc: unknown, options: ParseOptions | undefined, findings: Finding[]): StatusDocument {
  let itemId: string | undefined;
  let zone = DEFAULT_TIME_ZONE;
  const baseUrl = options?.baseUrl;
  const known = new Map<string, string>();

  function note(code: string, path: string, params?: Params): void {
    const finding: Finding = { level: 'warning', code, path };
    put(finding, 'itemId', itemId);
    put(finding, 'params', params);
    findings.push(finding);
  }
  function drop(code: string, path: string, params?: Params): never {
    note(code, path, params);
    throw DROP;
  }
  /** A required value drops its item; an optional one is ignored. */
  function problem(required: boolean | undefined, code: string, path: string, params: Params): void {
    if (required) drop(code, path, params);
    note(code, path, { ...params, effect: 'ignored' });
  }

  /** Trimmed text; blank text counts as absent. */
  function text(o: Obj, key: string, path: string, required?: boolean): string | undefined {
    const v = o[key];
    const p = `${path}.${key}`;
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (v !== undefined && typeof v !== 'string') problem(required, 'wrong-type', p, { field: key, expected: 'string' });
    else if (required) drop(v === undefined ? 'missing-field' : 'empty-value', p, { field: key });
    return undefined;
  }

  /** A date-time. Text that is no valid time drops the item, whether the field is required or not. */
  function time(o: Obj, key: string, path: string, required?: boolean, nullable?: boolean): number | undefined {
    const v = o[key];
    const p = `${path}.${key}`;
    if (v === undefined || (v === null && nullable)) {
      if (required) drop('missing-field', p, { field: key });
      return undefined;
    }
    if (typeof v !== 'string') {
      problem(required, 'wrong-type', p, { field: key, expected: 'date-time' });
      return undefined;
    }
    const t = parseDateTime(v, zone) ?? drop('bad-time', p, { field: key, value: clip(v) });
    if (t.issue) note(TIME_ISSUES[t.issue], p, { value: v, zone });
    return t.instant;
  }

  function list(o: Obj, key: string, path: string, required?: boolean): unknown[] {
    const v = o[key];
    if (Array.isArray(v)) return v;
    if (v !== undefined) problem(required, 'wrong-type', `${path}.${key}`, { field: key, expected: 'array' });
    else if (required) drop('missing-field', `${path}.${key}`, { field: key });
    return [];
  }

  /** A list of non-blank texts; other entries are ignored with a warning. */
  function texts(o: Obj, key: string, path: string, required?: boolean, map = (s: string, _p: string) => s): string[] {
    const out: string[] = [];
    list(o, key, path, required).forEach((v, i) => {
      const p = `${path}.${key}[${i}]`;
      if (typeof v !== 'string') return note('wrong-type', p, { field: key, expected: 'string', effect: 'ignored' });
      if (!v.trim()) return note('empty-value', p, { field: key, effect: 'ignored' });
      const s = map(v.trim(), p);
      if (!out.includes(s)) out.push(s);
    });
    return out;
  }

  /** Municipality references, by id or name, as the ids of the document's list. */
  function municipalities(o: Obj, path: string, required?: boolean): string[] {
    const ids = texts(o, 'municipalities', path, required, (ref, p) => {
      const id = known.get(municipalityKey(ref));
      if (known.size && !id) note('unknown-municipality', p, { value: clip(ref) });
      return id ?? ref;
    });
    if (required && !ids.length) drop('empty-list', `${path}.municipalities`, { field: 'municipalities' });
    return ids;
  }

  function link(o: Obj, key: string, path: string): string | undefined {
    const v = text(o, key, path);
    if (v === undefined) return undefined;
    const r = resolveLink(v, baseUrl);
    if ('href' in r) return r.href;
    note(r.problem, `${path}.${key}`, { field: key, value: clip(v), effect: 'ignored' });
    return undefined;
  }

  /** Reads each object of a list; an item that fails is dropped, and with `unique`, a repeated id. */
  function items<T>(arr: unknown[], path: string, read: (o: Obj, p: string) => T, unique?: boolean): T[] {
    const out: T[] = [];
    const seen = new Set<unknown>();
    arr.forEach((raw, i) => {
      const p = `${path}[${i}]`;
      if (unique) itemId = (isObject(raw) && typeof raw.id === 'string' && raw.id.trim()) || undefined;
      try {
        if (!isObject(raw)) drop('not-object', p);
        const item = read(raw, p);
        const id = (item as { id?: string }).id;
        if (unique && seen.has(id)) drop('duplicate-id', `${p}.id`, { id: id! });
        seen.add(id);
        out.push(item);
      } catch (e) {
        if (e !== DROP) throw e;
        const last = findings[findings.length - 1];
        last.params = { ...last.params, effect: 'dropped' };
      }
    });
    if (unique) itemId = undefined;
    return out;
  }

  /** A top-level list: absent means none; anything but a list makes the document unusable. */
  function section(o: Obj, key: string): unknown[] {
    const v = o[key];
    if (v !== undefined && !Array.isArray(v)) drop('wrong-type', `$.${key}`, { field: key, expected: 'array' });
    return v ?? [];
  }

  function severity(o: Obj, path: string): Severity {
    const v = o.severity;
    if (v === 'critical' || v === 'major' || v === 'minor') return v;
    if (v !== undefined) {
      note(typeof v === 'string' ? 'unknown-severity' : 'wrong-type', `${path}.severity`, {
        field: 'severity',
        ...(typeof v === 'string' ? { value: clip(v) } : { expected: 'string' }),
        effect: 'default',
        default: 'major',
      });
    }
    return 'major';
  }

  function disruption(o: Obj, p: string): Disruption {
    const id = text(o, 'id', p, true)!;
    const title = text(o, 'title', p, true)!;
    const start = time(o, 'start', p, true)!;
    const end = time(o, 'end', p, false, true);
    if (end !== undefined && end <= start) drop('end-before-start', `${p}.end`);
    const updates = items(list(o, 'updates', p), `${p}.updates`, (u, up) => ({
      at: time(u, 'at', up, true)!,
      message: text(u, 'message', up, true)!,
    }));
    const d: Disruption = {
      id,
      title,
      severity: severity(o, p),
      municipalities: municipalities(o, p),
      systems: texts(o, 'systems', p),
      start,
      updates: updates.sort((a, b) => b.at - a.at),
    };
    put(d, 'message', text(o, 'message', p));
    put(d, 'end', end);
    put(d, 'url', link(o, 'url', p));
    return d;
  }

  function maintenance(o: Obj, p: string): MaintenanceWindow {
    const id = text(o, 'id', p, true)!;
    const ids = municipalities(o, p, true);
    const start = time(o, 'start', p, true)!;
    const end = time(o, 'end', p, true)!;
    if (end <= start) drop('end-before-start', `${p}.end`);
    const systems = items(list(o, 'systems', p), `${p}.systems`, (s, sp) => {
      // A system without times is affected during the whole window.
      const name = text(s, 'name', sp, true)!;
      const from = time(s, 'start', sp) ?? start;
      const to = time(s, 'end', sp) ?? end;
      if (to <= from) drop('end-before-start', `${sp}.end`);
      if (from < start || to > end) note('outside-window', sp, { name: clip(name) });
      return { name, start: from, end: to };
    });
    const w: MaintenanceWindow = { id, title: text(o, 'title', p) ?? 'Servicefönster', municipalities: ids, start, end, systems };
    put(w, 'description', text(o, 'description', p));
    put(w, 'support', text(o, 'support', p));
    put(w, 'url', link(o, 'url', p));
    return w;
  }

  // The document itself.
  if (!isObject(doc)) drop('not-object', '$');
  if (doc.version === undefined) drop('missing-field', '$.version', { field: 'version' });
  if (doc.version !== FORMAT_VERSION) drop('unknown-version', '$.version', { version: show(doc.version) });

  const tz = doc.timeZone;
  if (isTimeZone(tz)) zone = tz;
  else if (tz !== undefined) {
    const params: Params = { field: 'timeZone', effect: 'default', default: DEFAULT_TIME_ZONE };
    note(typeof tz === 'string' ? 'unknown-time-zone' : 'wrong-type', '$.timeZone', {
      ...params,
      ...(typeof tz === 'string' ? { value: clip(tz) } : { expected: 'string' }),
    });
  }

  const updated = time(doc, 'updated', '$', true)!;
  const disruptions = section(doc, 'disruptions');
  const windows = section(doc, 'maintenance');

  let publisher: Publisher | undefined;
  if (isObject(doc.publisher)) {
    const o = doc.publisher;
    publisher = {};
    put(publisher, 'name', text(o, 'name', '$.publisher'));
    put(publisher, 'url', link(o, 'url', '$.publisher'));
    put(publisher, 'phone', text(o, 'phone', '$.publisher'));
    put(publisher, 'phoneHours', text(o, 'phoneHours', '$.publisher'));
  } else if (doc.publisher !== undefined) {
    note('wrong-type', '$.publisher', { field: 'publisher', expected: 'object', effect: 'ignored' });
  }

  // Without the list, ids are not checked and names cannot be matched.
  if (doc.municipalities === undefined) {
    note('missing-field', '$.municipalities', { field: 'municipalities', effect: 'default', default: '[]' });
  }
  const municipalityList = items(
    list(doc, 'municipalities', '$'),
    '$.municipalities',
    (o, p) => ({ id: text(o, 'id', p, true)!, name: text(o, 'name', p, true)! }),
    true,
  );
  for (const m of municipalityList) known.set(municipalityKey(m.id), m.id);
  for (const m of municipalityList) if (!known.has(municipalityKey(m.name))) known.set(municipalityKey(m.name), m.id);

  const document: StatusDocument = {
    version: FORMAT_VERSION,
    updated,
    timeZone: zone,
    municipalities: municipalityList,
    disruptions: items(disruptions, '$.disruptions', disruption, true),
    maintenance: items(windows, '$.maintenance', maintenance, true),
  };
  if (publisher && Object.keys(publisher).length) document.publisher = publisher;
  return document;
}
