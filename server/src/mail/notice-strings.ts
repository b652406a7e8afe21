/** The texts of notice emails, Swedish and English. `{…}` are filled in by notice-mail.ts. */
import type { Lang } from 'itc-status/core';
import type { NoticeKind } from '../notices/notice.js';

export const NOTICE_SUBJECTS: Record<Lang, Record<Exclude<NoticeKind, 'news'>, string>> = {
  sv: {
    'disruption-new': 'Driftstörning: {title}',
    'disruption-update': 'Uppdatering om driftstörning: {title}',
    'disruption-resolved': 'Åtgärdat: {title}',
    'window-new': 'Servicefönster i {where} {date}',
    'window-changed': 'Ändrat servicefönster: {where} {date}',
    'window-cancelled': 'Inställt servicefönster: {where} {date}',
    'window-reminder': 'Påminnelse: servicefönster i {where} {date}',
  },
  en: {
    'disruption-new': 'Disruption: {title}',
    'disruption-update': 'Update on disruption: {title}',
    'disruption-resolved': 'Resolved: {title}',
    'window-new': 'Service window in {where} on {date}',
    'window-changed': 'Changed service window: {where} on {date}',
    'window-cancelled': 'Cancelled service window: {where} on {date}',
    'window-reminder': 'Reminder: service window in {where} on {date}',
  },
};

export const NOTICE_TEXTS = {
  sv: {
    all: 'alla kommuner',
    systems: 'Berörda system',
    more: 'Läs mer',
    resolvedAt: 'Åtgärdat',
    cancelled: 'Servicefönstret är inställt. Kalenderposten i bilagan tar bort det ur din kalender.',
    changed: 'Tiderna eller systemen har ändrats. Kalenderposten i bilagan uppdaterar din kalender.',
    calendar: 'Lägg till i kalendern med bilagan (servicefonster.ics).',
    footerWhy: 'Du får det här för att du prenumererar på driftinformation från IT-Centrum för {where}.',
    footerNews: 'Du får det här för att du prenumererar på nyheter från IT-Centrum.',
    manage: 'Ändra eller avsluta prenumerationen',
    unsubscribe: 'Avsluta direkt',
    signature: 'IT-Centrum – IT för Heby, Älvkarleby, Knivsta, Tierp och Östhammar',
  },
  en: {
    all: 'all municipalities',
    systems: 'Affected systems',
    more: 'Read more',
    resolvedAt: 'Resolved',
    cancelled: 'The service window is cancelled. The calendar entry attached removes it from your calendar.',
    changed: 'The times or systems have changed. The calendar entry attached updates your calendar.',
    calendar: 'Add it to your calendar with the attachment (servicefonster.ics).',
    footerWhy: 'You get this because you subscribe to operational information from IT-Centrum for {where}.',
    footerNews: 'You get this because you subscribe to news from IT-Centrum.',
    manage: 'Change or end the subscription',
    unsubscribe: 'Unsubscribe at once',
    signature: 'IT-Centrum – IT for Heby, Älvkarleby, Knivsta, Tierp and Östhammar',
  },
} as const;
