/**
 * fast-check arbitraries for raw status documents (format v1, as a publisher writes them), with
 * times around a given instant so that generated items are current and get rendered. With
 * `wrongTypes`, any field may instead hold a value of the wrong type: a number, boolean, null,
 * array, object, or an object that imitates a Lit template result.
 */
import fc from 'fast-check';

export interface DocumentArbitraryOptions {
  /** Let any field hold a value of the wrong type. */
  wrongTypes: boolean;
  /** Times are generated around this instant (default: now). */
  now?: number;
  /** Most items per list (default 6). */
  maxItems?: number;
}

const HOUR = 3_600_000;

/** Values that are never valid where text, a time or a list is expected. */
export const wrongTypeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }),
  fc.constant({ _$litType$: 1, strings: ['<img src=x onerror="top.__itcCanary&&top.__itcCanary()">'], values: [] }),
  fc.constant({ _$litType$: 2, strings: ['<svg onload="window.__itcPwned=1">'], values: [] }),
);

/** Text a publisher might write, including markup, blanks and non-Latin characters. */
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom('Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.', 'Servicefönster', 'Personalsystemen', 'Tierpsbyggen', 'Treserva och TES', 'Vid behov når du oss på ordinarie supporttelefonnummer kl. 10–16 under helgen.') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('<img src=x onerror="window.__itcPwned=1">', '<b>x</b>', ' ', '\u202Eabc', 'a\u0000b') },
);

const link: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('https://itcentrum.se/driftinfo', 'http://intranet.tierp.se/x', 'mailto:support@itcentrum.se', 'tel:+46293000000', 'javascript:window.__itcPwned=1', 'JaVa\tScRiPt:top.__itcCanary()', 'data:text/html,<script>window.__itcPwned=1</script>', 'vbscript:x', '/relativ/sida', ''),
  fc.webUrl(),
  fc.string({ maxLength: 30 }),
);

const municipalityId = fc.constantFrom('tierp', 'alvkarleby', 'knivsta', 'heby', 'osthammar', 'Älvkarleby', 'TIERP', 'okänd');

const pad = (n: number) => String(n).padStart(2, '0');

/** A time as a publisher writes it: an ISO instant, an offset time or a local time (in the document's zone). */
function timeText(now: number, fromHours: number, toHours: number): fc.Arbitrary<{ at: number; text: string }> {
  return fc.tuple(fc.integer({ min: fromHours * 60, max: toHours * 60 }), fc.constantFrom('Z', '+02:00', 'local')).map(([minutes, style]) => {
    const at = Math.floor(now / 60_000) * 60_000 + minutes * 60_000;
    const d = new Date(style === '+02:00' ? at + 2 * HOUR : at);
    const local = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    return { at, text: style === 'local' ? local : local + ':00' + style };
  });
}

/** Replaces `valid` by a wrong-type value now and then, when wrong types are wanted. */
function field<T>(valid: fc.Arbitrary<T>, wrongTypes: boolean): fc.Arbitrary<unknown> {
  return wrongTypes ? fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: wrongTypeValue }) : valid;
}

/** An object whose optional keys may be absent; `undefined` values are left out. */
function record(fields: Record<string, fc.Arbitrary<unknown>>, optional: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(fields, { requiredKeys: Object.keys(fields).filter((k) => !optional.includes(k)) as never[] }) as fc.Arbitrary<Record<string, unknown>>;
}

/** A raw status document. */
export function statusDocumentArbitrary(options: DocumentArbitraryOptions): fc.Arbitrary<Record<string, unknown>> {
  const { wrongTypes, now = Date.now(), maxItems = 6 } = options;
  const f = <T>(a: fc.Arbitrary<T>) => field(a, wrongTypes);
  const list = <T>(a: fc.Arbitrary<T>, max = maxItems) => f(fc.array(a, { maxLength: max }));

  const disruption = fc
    .tuple(timeText(now, -72, 1), fc.integer({ min: -2, max: 48 }), timeText(now, -48, 1))
    .chain(([start, endInHours, update]) =>
      record(
        {
          title: f(text),
          message: f(text),
          severity: f(fc.constantFrom('critical', 'major', 'minor', 'unknown', 'CRITICAL')),
          municipalities: list(f(municipalityId), 3),
          systems: list(f(text), 4),
          start: f(fc.constant(start.text)),
          end: f(fc.constantFrom(null, new Date(start.at + Math.max(1, endInHours) * HOUR).toISOString())),
          updates: list(f(record({ at: f(fc.constant(update.text)), message: f(text) }, [])), 3),
          url: f(link),
        },
        ['message', 'severity', 'municipalities', 'systems', 'end', 'updates', 'url'],
      ),
    );

  const window = fc
    .tuple(timeText(now, -6, 24 * 20), fc.integer({ min: 1, max: 48 }), fc.integer({ min: 0, max: 3 }))
    .chain(([start, hours, subCount]) => {
      const end = start.at + hours * HOUR;
      const sub = fc.record({
        name: f(text),
        start: f(fc.constant(new Date(start.at).toISOString())),
        end: f(fc.constant(new Date(Math.min(end, start.at + HOUR)).toISOString())),
      });
      return record(
        {
          title: f(text),
          municipalities: f(fc.array(f(municipalityId), { minLength: 1, maxLength: 3 })),
          start: f(fc.constant(start.text)),
          end: f(fc.constant(new Date(end).toISOString())),
          description: f(text),
          systems: f(fc.array(sub, { maxLength: subCount })),
          support: f(text),
          url: f(link),
        },
        ['title', 'description', 'systems', 'support', 'url'],
      );
    });

  // Ids are given by position so that they are unique; with wrong types, one may be replaced.
  const withIds = (items: unknown, prefix: string) =>
    Array.isArray(items) ? items.map((item, i) => (item && typeof item === 'object' && !Array.isArray(item) ? { id: `${prefix}-${i}`, ...item } : item)) : items;
  const idOverride = wrongTypes ? fc.option(wrongTypeValue, { freq: 5 }) : fc.constant(null);

  return fc
    .record({
      publisher: fc.option(f(record({ name: f(text), url: f(link), phone: f(text), phoneHours: f(text) }, ['name', 'url', 'phone', 'phoneHours'])), { nil: undefined }),
      municipalities: fc.option(list(f(record({ id: f(municipalityId), name: f(text) }, [])), 5), { nil: undefined }),
      disruptions: f(fc.array(disruption, { maxLength: maxItems })),
      maintenance: f(fc.array(window, { maxLength: maxItems })),
      timeZone: fc.option(wrongTypes ? f(fc.constantFrom('Europe/Stockholm', 'UTC', 'Nowhere/Atlantis')) : fc.constantFrom('Europe/Stockholm', 'UTC'), { nil: undefined }),
      idOverride,
    })
    .map(({ idOverride: wrongId, ...rest }) => {
      const disruptions = withIds(rest.disruptions, 'd');
      if (wrongId !== null && Array.isArray(disruptions) && disruptions[0] && typeof disruptions[0] === 'object') {
        (disruptions[0] as Record<string, unknown>).id = wrongId;
      }
      const doc: Record<string, unknown> = {
        version: 1,
        updated: new Date(now - HOUR).toISOString(),
        ...rest,
        disruptions,
        maintenance: withIds(rest.maintenance, 'w'),
      };
      for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key];
      return doc;
    });
}
