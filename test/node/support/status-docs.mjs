// Status documents for the node harnesses, with times relative to now so that there is always a
// current disruption and an upcoming service window. Wording from IT-Centrum's own page.
const HOUR = 3_600_000;
const iso = (t) => new Date(t).toISOString();

/** A document with one ongoing disruption (all municipalities) and one upcoming window for Tierp. */
export function sampleDocument({ now = Date.now(), title = 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.' } = {}) {
  const windowStart = now + 2 * 24 * HOUR;
  return {
    version: 1,
    updated: iso(now - HOUR),
    timeZone: 'Europe/Stockholm',
    publisher: { name: 'IT-Centrum', url: 'https://itcentrum.se' },
    municipalities: [
      { id: 'tierp', name: 'Tierp' },
      { id: 'alvkarleby', name: 'Älvkarleby' },
    ],
    disruptions: [
      {
        id: 'epost',
        title,
        message: 'Vi upplever just nu driftstörningar som kan påverka våra tjänsters tillgänglighet.',
        severity: 'major',
        systems: ['E-post'],
        start: iso(now - 2 * HOUR),
        end: null,
      },
    ],
    maintenance: [
      {
        id: 'tierp-servicefonster',
        title: 'Servicefönster',
        municipalities: ['tierp'],
        start: iso(windowStart),
        end: iso(windowStart + 10 * HOUR),
        description: 'Planerat underhåll av kommunens IT-miljö. Störningar kan förekomma i de flesta system.',
        systems: [{ name: 'Personalsystemen', start: iso(windowStart), end: iso(windowStart + 4 * HOUR) }],
        support: 'Vid behov når du oss på ordinarie supporttelefonnummer kl. 10–16 under helgen.',
      },
    ],
  };
}
