import type { Lang } from '../../core/types.js';

/**
 * The banner's own words (the document's texts are shown as published, in Swedish), in this order:
 * the disruptions region's name; the severities critical, major, minor; affected systems; latest
 * update; read more; the windows' heading; "show all (" before the count and ")"; show fewer; the
 * neutral notice; "go to " before the publisher's site; the stale line before and after its time;
 * the announcement of a new disruption; a card's "add to calendar" button; the overlay's "hide" button.
 */
export const strings: Record<Lang, string[]> = {
  sv: 'Driftstörningar|Allvarlig störning|Störning|Mindre störning|Berörda system|Senaste uppdatering|Läs mer|Planerade servicefönster|Visa alla (|Visa färre|Driftinformationen kan inte visas just nu.|Gå till |Senast uppdaterad | — kunde inte uppdateras|Ny driftstörning|Lägg till i kalender|Dölj'.split('|'),
  en: 'Service disruptions|Critical disruption|Disruption|Minor disruption|Affected systems|Latest update|Read more|Planned service windows|Show all (|Show fewer|Operational information cannot be shown right now.|Go to |Last updated | — could not be refreshed|New disruption|Add to calendar|Hide'.split('|'),
};
