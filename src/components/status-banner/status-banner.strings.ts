import type { Lang, Severity } from '../../core/types.js';

/** The banner's own words (the document's texts are shown as published, in Swedish). */
export interface BannerStrings {
  /** Name of the disruptions region (a visually hidden heading). */
  disruptions: string;
  severity: Record<Severity, string>;
  systems: string;
  /** Before the latest update's time, e.g. "Senaste uppdatering kl. 09.00". */
  latestUpdate: string;
  readMore: string;
  /** The card's button that downloads the window as an .ics file. */
  addToCalendar: string;
  /** Heading of the service-window cards. */
  windows: string;
  showAll: (count: number) => string;
  showFewer: string;
  unavailable: string;
  /** The neutral notice's link to the publisher, e.g. "Gå till itcentrum.se". */
  goTo: (site: string) => string;
  /** `when` is a formatted time, e.g. "kl. 14.05". */
  stale: (when: string) => string;
  /** Announced politely when a disruption appears. */
  newDisruption: string;
}

export const strings: Record<Lang, BannerStrings> = {
  sv: {
    disruptions: 'Driftstörningar',
    severity: { critical: 'Allvarlig störning', major: 'Störning', minor: 'Mindre störning' },
    systems: 'Berörda system',
    latestUpdate: 'Senaste uppdatering',
    readMore: 'Läs mer',
    addToCalendar: 'Lägg till i kalender',
    windows: 'Planerade servicefönster',
    showAll: (count) => `Visa alla (${count})`,
    showFewer: 'Visa färre',
    unavailable: 'Driftinformationen kan inte visas just nu.',
    goTo: (site) => `Gå till ${site}`,
    stale: (when) => `Senast uppdaterad ${when} — kunde inte uppdateras`,
    newDisruption: 'Ny driftstörning',
  },
  en: {
    disruptions: 'Service disruptions',
    severity: { critical: 'Critical disruption', major: 'Disruption', minor: 'Minor disruption' },
    systems: 'Affected systems',
    latestUpdate: 'Latest update',
    readMore: 'Read more',
    addToCalendar: 'Add to calendar',
    windows: 'Planned service windows',
    showAll: (count) => `Show all (${count})`,
    showFewer: 'Show fewer',
    unavailable: 'Operational information cannot be shown right now.',
    goTo: (site) => `Go to ${site}`,
    stale: (when) => `Last updated ${when} — could not be refreshed`,
    newDisruption: 'New disruption',
  },
};
