/**
 * `<itc-subscribe>`'s texts. Swedish follows IT-Centrum's own wording ("Prenumerera på nyheter och
 * driftinformation från IT-Centrum. Genom att prenumerera godkänner du vår sekretesspolicy och
 * våra användarvillkor."). When the consent wording changes, change CONSENT_VERSION in send.ts.
 *
 * Each language is a tuple, not an object: property names would ship twice and cannot be
 * shortened by the minifier; the element destructures the tuple into local names.
 */
import type { Lang } from '../../core/types.js';

export type SubscribeStrings = [
  intro: string,
  email: string,
  topics: string,
  news: string,
  operations: string,
  municipalities: string,
  /** The consent label: text, privacy policy link, text, terms link, text. */
  consent: string[],
  newTab: string,
  submit: string,
  sending: string,
  summary: string,
  /** Read before each field's own message. */
  error: string,
  /** Field errors, in the order of FIELDS (validate.ts): each field's "missing" message; then `format`, an email address that cannot be one. */
  errors: [email: string, topics: string, municipalities: string, consent: string, format: string],
  success: (email: string) => string,
  failed: string,
  /** Asks to wait `seconds` (rounded up, in words), or a while when the server did not say. */
  wait: (seconds?: number) => string,
];

/** A wait in words, rounded up: "30 sekunder", "1 minute", "120 minuter". */
export function duration(seconds: number, second: string, minute: string, plural: string): string {
  const minutes = seconds >= 90;
  const amount = minutes ? Math.ceil(seconds / 60) : seconds;
  return `${amount} ${minutes ? minute : second}${amount > 1 ? plural : ''}`;
}

const sv: SubscribeStrings = [
  'Prenumerera på nyheter och driftinformation från IT-Centrum.',
  'E-postadress',
  'Vad vill du få?',
  'Nyheter',
  'Driftinformation',
  'Vilka kommuner vill du ha information om?',
  [
    'Jag vill att IT-Centrum skickar nyheter och driftinformation till min e-postadress och godkänner IT-Centrums ',
    'sekretesspolicy',
    ' och ',
    'användarvillkor',
    '.',
  ],
  ' (öppnas i ny flik)',
  'Prenumerera',
  'Skickar…',
  'Det finns ett problem',
  'Fel: ',
  [
    'Ange din e-postadress',
    'Välj nyheter, driftinformation eller båda',
    'Välj minst en kommun',
    'Kryssa i rutan om du vill prenumerera och godkänner villkoren',
    'Ange en e-postadress i rätt format, till exempel namn@tierp.se',
  ],
  (email) => `Tack! Bekräfta prenumerationen via länken vi har skickat till ${email}.`,
  'Det gick inte att skicka anmälan just nu. Det du har fyllt i finns kvar, försök igen.',
  (seconds) => `För många anmälningar på kort tid. Vänta ${seconds ? duration(seconds, 'sekund', 'minut', 'er') : 'en stund'} och försök igen.`,
];

const en: SubscribeStrings = [
  'Subscribe to news and operational information from IT-Centrum.',
  'Email address',
  'What would you like to receive?',
  'News',
  'Operational information',
  'Which municipalities do you want information about?',
  [
    'I want IT-Centrum to send news and operational information to my email address and I accept IT-Centrum’s ',
    'privacy policy',
    ' and ',
    'terms of use',
    '.',
  ],
  ' (opens in a new tab)',
  'Subscribe',
  'Sending…',
  'There is a problem',
  'Error: ',
  [
    'Enter your email address',
    'Select news, operational information or both',
    'Select at least one municipality',
    'Tick the box if you want to subscribe and accept the terms',
    'Enter an email address in the correct format, like name@tierp.se',
  ],
  (email) => `Thank you! Confirm your subscription using the link we have sent to ${email}.`,
  'Your sign-up could not be sent just now. What you entered is still here, please try again.',
  (seconds) => `Too many sign-ups in a short time. Wait ${seconds ? duration(seconds, 'second', 'minute', 's') : 'a moment'} and try again.`,
];

export const strings: Record<Lang, SubscribeStrings> = { sv, en };

