import type { Lang } from '../../core/types.js';

/** The banner's own words. The document's texts are shown as published, in Swedish. */
export interface BannerStrings {
  /** The name of the disruptions region. */
  region: string;
  critical: string;
  major: string;
  minor: string;
  systems: string;
  latestUpdate: string;
  readMore: string;
  windowsHeading: string;
  showAll: (count: number) => string;
  showFewer: string;
  /** The neutral notice when the document cannot be used (never "no disruptions"). */
  unavailable: string;
  /** Before the publisher's site in the notice's link. */
  goTo: string;
  /** The stale line, around the time of the last good document. */
  staleBefore: string;
  staleAfter: string;
  /** Announced (politely) for a disruption that appears while the page is open. */
  newDisruption: string;
  addToCalendar: string;
  /** The overlay placement's button. */
  hide: string;
}

export const strings: Record<Lang, BannerStrings> = {
  sv: {
    region: 'Driftstörningar',
    critical: 'Allvarlig störning',
    major: 'Störning',
    minor: 'Mindre störning',
    systems: 'Berörda system',
    latestUpdate: 'Senaste uppdatering',
    readMore: 'Läs mer',
    windowsHeading: 'Planerade servicefönster',
    showAll: (count) => `Visa alla (${count})`,
    showFewer: 'Visa färre',
    unavailable: 'Driftinformationen kan inte visas just nu.',
    goTo: 'Gå till ',
    staleBefore: 'Senast uppdaterad ',
    staleAfter: ' — kunde inte uppdateras',
    newDisruption: 'Ny driftstörning',
    addToCalendar: 'Lägg till i kalender',
    hide: 'Dölj',
  },
  en: {
    region: 'Service disruptions',
    critical: 'Critical disruption',
    major: 'Disruption',
    minor: 'Minor disruption',
    systems: 'Affected systems',
    latestUpdate: 'Latest update',
    readMore: 'Read more',
    windowsHeading: 'Planned service windows',
    showAll: (count) => `Show all (${count})`,
    showFewer: 'Show fewer',
    unavailable: 'Operational information cannot be shown right now.',
    goTo: 'Go to ',
    staleBefore: 'Last updated ',
    staleAfter: ' — could not be refreshed',
    newDisruption: 'New disruption',
    addToCalendar: 'Add to calendar',
    hide: 'Hide',
  },
};
