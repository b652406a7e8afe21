/**
 * A raw status document around "now" that fills every field the banner can show, and the table of
 * its string and URL fields, so that hostile values can be put into each field in turn.
 */
const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON of any shape, written to by the field table
export type RawDocument = Record<string, any>;

/** One disruption for Tierp and `windows` service windows for Tierp, all current or upcoming. */
export function fullDocument(now = Date.now(), windows = 1): RawDocument {
  return {
    version: 1,
    updated: iso(now - HOUR),
    timeZone: 'Europe/Stockholm',
    publisher: { name: 'IT-Centrum', url: 'https://itcentrum.se', phone: '0293-000 00', phoneHours: 'vardagar 7.30–16.30' },
    municipalities: [
      { id: 'tierp', name: 'Tierp' },
      { id: 'alvkarleby', name: 'Älvkarleby' },
    ],
    disruptions: [
      {
        id: 'epost',
        title: 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.',
        message: 'Vi upplever just nu driftstörningar som kan påverka våra tjänsters tillgänglighet.',
        severity: 'major',
        municipalities: ['tierp'],
        systems: ['E-post'],
        start: iso(now - 2 * HOUR),
        end: null,
        updates: [{ at: iso(now - HOUR), message: 'Felsökning pågår.' }],
        url: 'https://itcentrum.se/driftinfo/epost',
      },
    ],
    maintenance: Array.from({ length: windows }, (_, i) => ({
      id: `tierp-${i}`,
      title: 'Servicefönster',
      municipalities: ['tierp'],
      start: iso(now + (48 + 24 * i) * HOUR),
      end: iso(now + (58 + 24 * i) * HOUR),
      description: 'Planerat underhåll av kommunens IT-miljö. Störningar kan förekomma i de flesta system.',
      systems: [{ name: 'Personalsystemen', start: iso(now + (48 + 24 * i) * HOUR), end: iso(now + (52 + 24 * i) * HOUR) }],
      support: 'Vid behov når du oss på ordinarie supporttelefonnummer kl. 10–16 under helgen.',
      url: `https://itcentrum.se/servicefonster/${i}`,
    })),
  };
}

export interface DocumentField {
  /** JSON path, for messages. */
  path: string;
  /**
   * `text`: shown by the banner, must appear literally; `url`: becomes a link only when allowed;
   * `other`: ids, times, enums and texts the banner does not show: must cause no harm.
   */
  kind: 'text' | 'url' | 'other';
  /** Which `show` value displays it. */
  section: 'disruptions' | 'maintenance' | 'none';
  set: (doc: RawDocument, value: unknown) => void;
}

const f = (path: string, kind: DocumentField['kind'], section: DocumentField['section'], set: DocumentField['set']): DocumentField => ({ path, kind, section, set });

/** Every string and URL field of format v1. */
export const FIELDS: DocumentField[] = [
  f('$.disruptions[0].title', 'text', 'disruptions', (d, v) => (d.disruptions[0].title = v)),
  f('$.disruptions[0].message', 'text', 'disruptions', (d, v) => (d.disruptions[0].message = v)),
  f('$.disruptions[0].systems[0]', 'text', 'disruptions', (d, v) => (d.disruptions[0].systems[0] = v)),
  f('$.disruptions[0].updates[0].message', 'text', 'disruptions', (d, v) => (d.disruptions[0].updates[0].message = v)),
  f('$.maintenance[0].title', 'text', 'maintenance', (d, v) => (d.maintenance[0].title = v)),
  f('$.maintenance[0].description', 'text', 'maintenance', (d, v) => (d.maintenance[0].description = v)),
  f('$.maintenance[0].systems[0].name', 'text', 'maintenance', (d, v) => (d.maintenance[0].systems[0].name = v)),
  f('$.maintenance[0].support', 'text', 'maintenance', (d, v) => (d.maintenance[0].support = v)),
  f('$.municipalities[0].name', 'text', 'maintenance', (d, v) => (d.municipalities[0].name = v)),
  f('$.disruptions[0].url', 'url', 'disruptions', (d, v) => (d.disruptions[0].url = v)),
  f('$.maintenance[0].url', 'url', 'maintenance', (d, v) => (d.maintenance[0].url = v)),
  f('$.publisher.url', 'url', 'none', (d, v) => (d.publisher.url = v)),
  f('$.publisher.name', 'other', 'none', (d, v) => (d.publisher.name = v)),
  f('$.publisher.phone', 'other', 'none', (d, v) => (d.publisher.phone = v)),
  f('$.publisher.phoneHours', 'other', 'none', (d, v) => (d.publisher.phoneHours = v)),
  f('$.municipalities[0].id', 'other', 'none', (d, v) => (d.municipalities[0].id = v)),
  f('$.disruptions[0].id', 'other', 'none', (d, v) => (d.disruptions[0].id = v)),
  f('$.disruptions[0].severity', 'other', 'none', (d, v) => (d.disruptions[0].severity = v)),
  f('$.disruptions[0].municipalities[0]', 'other', 'none', (d, v) => (d.disruptions[0].municipalities[0] = v)),
  f('$.disruptions[0].start', 'other', 'none', (d, v) => (d.disruptions[0].start = v)),
  f('$.disruptions[0].end', 'other', 'none', (d, v) => (d.disruptions[0].end = v)),
  f('$.disruptions[0].updates[0].at', 'other', 'none', (d, v) => (d.disruptions[0].updates[0].at = v)),
  f('$.maintenance[0].id', 'other', 'none', (d, v) => (d.maintenance[0].id = v)),
  f('$.maintenance[0].municipalities[0]', 'other', 'none', (d, v) => (d.maintenance[0].municipalities[0] = v)),
  f('$.maintenance[0].start', 'other', 'none', (d, v) => (d.maintenance[0].start = v)),
  f('$.maintenance[0].end', 'other', 'none', (d, v) => (d.maintenance[0].end = v)),
  f('$.maintenance[0].systems[0].start', 'other', 'none', (d, v) => (d.maintenance[0].systems[0].start = v)),
  f('$.updated', 'other', 'none', (d, v) => (d.updated = v)),
  f('$.timeZone', 'other', 'none', (d, v) => (d.timeZone = v)),
  f('$.version', 'other', 'none', (d, v) => (d.version = v)),
];

/** Puts `value` into every text and URL field at once (every window when there are several). */
export function fillEveryField(doc: RawDocument, value: unknown): RawDocument {
  for (const field of FIELDS) if (field.kind !== 'other') field.set(doc, value);
  for (const w of doc.maintenance.slice(1)) {
    w.title = w.description = w.support = w.url = value;
    w.systems[0].name = value;
  }
  return doc;
}
