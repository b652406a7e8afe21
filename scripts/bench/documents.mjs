// Status documents for the benchmark, as JSON text: the sample document with its dates moved so
// that its disruption is ongoing and its service windows are upcoming whenever the benchmark runs,
// the same without anything that concerns Tierp, and a large generated document.
import { existsSync, readFileSync } from 'node:fs';

const SAMPLE = new URL('../../demo/data/sample-status.json', import.meta.url);
const DAY = 86_400_000;

/** Today's date (YYYY-MM-DD) in Europe/Stockholm, `offsetDays` from now. */
function stockholmDate(now, offsetDays = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date(now + offsetDays * DAY));
}

const addDays = (ymd, days) => new Date(Date.parse(`${ymd}T12:00Z`) + days * DAY).toISOString().slice(0, 10);
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T12:00Z`) - Date.parse(`${from}T12:00Z`)) / DAY);

/** Moves every local date-time string of a document by `days`, keeping its local clock time. */
function shiftDates(value, days) {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) {
    return addDays(value.slice(0, 10), days) + value.slice(10);
  }
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, days));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, days)]));
  return value;
}

/** The sample document (demo/data/sample-status.json) read as an object. */
export function readSample() {
  if (!existsSync(SAMPLE)) throw new Error('demo/data/sample-status.json is missing: the benchmark measures the sample document.');
  return JSON.parse(readFileSync(SAMPLE, 'utf8'));
}

/**
 * The sample with its dates moved: the disruption began yesterday (so it is ongoing at any hour
 * of today) and the service windows keep their distance from it (upcoming within the horizon).
 */
export function currentSample(now = Date.now()) {
  const sample = readSample();
  const first = sample.disruptions?.[0]?.start ?? sample.maintenance[0].start;
  const shifted = shiftDates(sample, daysBetween(first.slice(0, 10), stockholmDate(now, -1)));
  return { ...shifted, updated: new Date(now).toISOString() };
}

/** A document with nothing that concerns Tierp: no disruption, one window for Älvkarleby. */
export function quietForTierp(now = Date.now()) {
  const doc = currentSample(now);
  return { ...doc, disruptions: [], maintenance: doc.maintenance.filter((w) => !w.municipalities.includes('tierp')) };
}

/** Deterministic pseudo-random numbers (mulberry32), so that the generated document is the same every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A large document: `windows` service windows spread from 20 days ago to 40 days ahead and
 * `disruptions` disruptions (half of them ended), over the five municipalities.
 */
export function generatedDocument({ windows = 1000, disruptions = 100, now = Date.now() } = {}) {
  const rnd = random(20221029);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const ids = ['heby', 'alvkarleby', 'knivsta', 'tierp', 'osthammar'];
  const systems = ['Personalsystemen', 'Tierpsbyggen', 'Treserva', 'TES', 'E-post', 'Växeln', 'Ekonomisystemet', 'Skolplattformen'];
  const today = stockholmDate(now);
  const at = (dayOffset, hour, minute = 0) =>
    `${addDays(today, dayOffset)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const sample = readSample();
  return {
    version: 1,
    updated: new Date(now).toISOString(),
    timeZone: 'Europe/Stockholm',
    publisher: sample.publisher,
    municipalities: sample.municipalities,
    disruptions: Array.from({ length: disruptions }, (_, i) => {
      const day = -Math.floor(rnd() * 10) - 1;
      const hour = 6 + Math.floor(rnd() * 12);
      const ended = i % 2 === 1;
      return {
        id: `d-${i}`,
        title: sample.disruptions?.[0]?.title ?? 'Driftstörning',
        message: sample.disruptions?.[0]?.message,
        severity: pick(['critical', 'major', 'minor']),
        municipalities: rnd() < 0.3 ? [] : [pick(ids)],
        systems: [pick(systems)],
        start: at(day, hour, 10),
        end: ended ? at(day, hour + 2) : null,
        updates: [
          { at: at(day, hour, 40), message: 'Felsökning pågår.' },
          { at: at(day, hour + 1), message: 'Vi har hittat orsaken och arbetar med en lösning.' },
        ],
      };
    }),
    maintenance: Array.from({ length: windows }, (_, i) => {
      const day = Math.floor(rnd() * 60) - 20;
      const hour = 8 + Math.floor(rnd() * 6);
      const length = 2 + Math.floor(rnd() * 8);
      const subs = Math.floor(rnd() * 3);
      return {
        id: `w-${i}`,
        title: 'Servicefönster',
        municipalities: [pick(ids)],
        start: at(day, hour),
        end: at(day, hour + length),
        description: sample.maintenance[0].description,
        systems: Array.from({ length: subs }, (_, s) => ({ name: systems[(i + s) % systems.length], start: at(day, hour), end: at(day, hour + 1 + s) })),
        support: sample.maintenance[0].support,
      };
    }),
  };
}
