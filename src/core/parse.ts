/**
 * Reading a status document: any input gives either a normalised document plus findings, or an
 * error. Nothing here throws. A bad item is dropped with a warning naming it; the rest of the
 * document still works. Rules in docs/status-document.md; finding codes in findings.ts.
 *
 * Each kind of item is described by a field list (FIELDS) that one reader walks.
 */
import { DEFAULT_TIME_ZONE, FORMAT_VERSION, type Finding, type ParseResult, type StatusDocument } from './types.js';
import { isTimeZone, parseDateTime } from './time.js';
import { resolveLink } from './urls.js';
import { findMunicipality } from './municipalities.js';

export interface ParseOptions {
  /** The document's own absolute URL: relative links resolve against it. */
  baseUrl?: string;
}

type Obj = Record<string, any>;

type Params = NonNullable<Finding['params']>;

/**
 * The fields of each kind of item, in reading order: a letter for the kind, then the name.
 * Upper case: required (missing or of the wrong type, the item is dropped); for `I`, a list that
 * makes the whole document unusable when it is not a list.
 * - `v` the format version (FORMAT_VERSION only)
 * - `t` text (trimmed; blank counts as absent), `l` link, `e` one of a fixed set (ENUMS)
 * - `d` date-time, `n` date-time where null means absent, `w` date-time that defaults to the
 *   enclosing item's (a system's start and end)
 * - `s` list of texts, `m` list of municipality references, `i` list of items (FIELDS[name])
 * - `o` an object (FIELDS[name]), left out when it has no usable field
 * `=text` after the name: the value of an absent or unusable field.
 */
const FIELDS: Record<string, string> = {
  $: `Vversion etimeZone=${DEFAULT_TIME_ZONE} Dupdated opublisher imunicipalities Idisruptions Imaintenance`,
  publisher: 'tname lurl tphone tphoneHours',
  municipalities: 'Tid Tname',
  disruptions: 'Tid Ttitle Dstart nend iupdates eseverity=major mmunicipalities ssystems tmessage lurl',
  updates: 'Dat Tmessage',
  maintenance: 'Tid Mmunicipalities Dstart Dend isystems ttitle=Servicefönster tdescription tsupport lurl',
  systems: 'Tname wstart wend',
};

/** Text fields with a fixed set of values: the test for one of them, and the code for other text. */
const ENUMS: Partial<Record<string, [{ test(v: string): boolean }, string]>> = {
  timeZone: [{ test: isTimeZone }, 'unknown-time-zone'],
  severity: [/^(critical|major|minor)$/, 'unknown-severity'],
};

const TIME_ISSUES: Obj = { gap: 'nonexistent-time', overlap: 'ambiguous-time' };

/** Thrown (after recording a finding) to drop the item being read. */
const DROP = {};

const isObject = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);
const clip = (s: string) => (s.length > 60 ? s.slice(0, 59) + '…' : s);

/** Parses JSON text (e.g. a response body) and reads it as a status document. */
export function parseStatusText(text: string, options?: ParseOptions): ParseResult {
  let value: unknown;
  try {
    // A byte-order mark is harmless in a file but not valid JSON.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
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
  const document: Obj = { version: FORMAT_VERSION };
  /** The id of the top-level item being read, for the findings about it. */
  let itemId: string | undefined;

  /** Records a finding. `effect`: true drops the item being read; a text is what was done instead. */
  function note(code: string, path: string, params?: Params, effect?: boolean | string): void {
    const finding: Finding = { level: 'warning', code, path };
    if (itemId) finding.itemId = itemId;
    if (params) finding.params = params;
    findings.push(finding);
    if (effect === true) throw DROP;
    if (effect) params!.effect = effect;
  }

  /** Reads the fields `FIELDS[kind]` of `o` (at `path`) into `out`; `parent` is the enclosing item. */
  function read(o: Obj, path: string, kind: string, parent: Obj, out: Obj = {}): Obj {
    for (const spec of FIELDS[kind].split(' ')) {
      const type = spec[0].toLowerCase();
      const required = type != spec[0];
      const [key, fallback] = spec.slice(1).split('=');
      const p = `${path}.${key}`;
      const time = 'dnw'.includes(type);
      const list = 'ims'.includes(type);
      const [valid, unknown] = ENUMS[key] ?? [];
      /** Params of a finding about this field (with the default of a field from a fixed set). */
      const about = (more?: Params): Params => ({ field: key, ...more, ...(valid && { default: fallback }) });
      const initial = type == 'w' ? parent[key] : list ? [] : fallback;
      let v = o[key];
      if (initial !== undefined) out[key] = initial;
      if (v === undefined || (v === null && type == 'n')) {
        if (required && type != 'i') note('missing-field', p, about(), true);
        // Without the list, ids are not checked and names cannot be matched.
        if (spec == 'imunicipalities') note('missing-field', p, { field: key, default: '[]' }, 'default');
      } else if (type == 'v') {
        if (v !== FORMAT_VERSION) {
          const shown = typeof v == 'string' ? `"${clip(v)}"` : isObject(v) ? 'object' : Array.isArray(v) ? 'array' : String(v);
          note('unknown-version', p, { version: shown }, true);
        }
      } else if (list ? !Array.isArray(v) : type == 'o' ? !isObject(v) : typeof v != 'string') {
        note('wrong-type', p, about({ expected: time ? 'date-time' : list ? 'array' : type == 'o' ? 'object' : 'string' }), required || (valid ? 'default' : 'ignored'));
      } else if (valid) {
        if (valid.test(v)) out[key] = v;
        else note(unknown!, p, about({ value: clip(v) }), 'default');
      } else if (time) {
        const t = parseDateTime(v, document.timeZone) ?? note('bad-time', p, about({ value: clip(v) }), true)!;
        if (t.issue) note(TIME_ISSUES[t.issue] ?? t.issue, p, { value: v, zone: document.timeZone });
        out[key] = t.instant;
      } else if (type == 'o') {
        const r = read(v, p, key, out);
        if (Object.keys(r).length) out[key] = r;
      } else if (list) {
        const items: Obj[] = out[key];
        const known = document.municipalities;
        v.forEach((e: unknown, i: number) => {
          const ep = `${p}[${i}]`;
          if (type == 'i') {
            if (path == '$') itemId = (isObject(e) && typeof e.id == 'string' && e.id.trim()) || undefined;
            try {
              if (!isObject(e)) note('not-object', ep, undefined, true);
              const item = read(e as Obj, ep, key, out);
              if (item.start < out.start || item.end > out.end) note('outside-window', ep, { name: clip(item.name) });
              if (item.id && items.some((x) => x.id == item.id)) note('duplicate-id', ep + '.id', { id: item.id }, true);
              items.push(item);
            } catch (x) {
              if (x != DROP) throw x;
              const last = findings.at(-1)!;
              (last.params ??= {}).effect = 'dropped';
            }
          } else if (typeof e != 'string') note('wrong-type', ep, about({ expected: 'string' }), 'ignored');
          else if (!(e = e.trim())) note('empty-value', ep, about(), 'ignored');
          else {
            if (type == 'm') {
              const id = findMunicipality(known, e as string);
              if (known.length && !id) note('unknown-municipality', ep, { value: clip(e as string) });
              e = id ?? e;
            }
            if (!items.includes(e as Obj)) items.push(e as Obj);
          }
        });
        if (path == '$') itemId = undefined;
        if (required && !items.length && type == 'm') note('empty-list', p, about(), true);
        // Updates newest first; a list without times keeps its order (NaN compares as equal).
        items.sort((a, b) => b.at - a.at);
      } else if (!(v = v.trim())) {
        if (required) note('empty-value', p, about(), true);
      } else if (type == 'l') {
        const r = resolveLink(v, options?.baseUrl);
        if ('href' in r) out[key] = r.href;
        else note(r.problem, p, about({ value: clip(v) }), 'ignored');
      } else out[key] = v;
      if (key == 'end' && out.end <= out.start) note('end-before-start', p, undefined, true);
    }
    return out;
  }

  try {
    if (!isObject(value)) note('not-object', '$', undefined, true);
    return { ok: true, document: read(value as Obj, '$', '$', {}, document) as StatusDocument, findings };
  } catch (e) {
    itemId = undefined;
    if (e != DROP) note('unreadable', '$');
    const error = findings.pop()!;
    error.level = 'error';
    return { ok: false, error, findings };
  }
}
