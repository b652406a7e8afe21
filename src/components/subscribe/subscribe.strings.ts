/**
 * `<itc-subscribe>`'s texts. Swedish follows IT-Centrum's own wording ("Prenumerera på nyheter och
 * driftinformation från IT-Centrum. Genom att prenumerera godkänner du vår sekretesspolicy och
 * våra användarvillkor."). When the consent wording changes, change CONSENT_VERSION in send.ts.
 */
import type { Lang } from '../../core/types.js';

const sv = {
  intro: 'Prenumerera på nyheter och driftinformation från IT-Centrum.',
  email: 'E-postadress',
  topics: 'Vad vill du få?',
  news: 'Nyheter',
  operations: 'Driftinformation',
  municipalities: 'Vilka kommuner vill du ha information om?',
  /** The consent label: text, privacy policy link, text, terms link, text. */
  consent: [
    'Jag vill att IT-Centrum skickar nyheter och driftinformation till min e-postadress och godkänner IT-Centrums ',
    'sekretesspolicy',
    ' och ',
    'användarvillkor',
    '.',
  ],
  newTab: ' (öppnas i ny flik)',
  submit: 'Prenumerera',
  sending: 'Skickar…',
  summary: 'Det finns ett problem',
  error: 'Fel: ',
  /** Field errors: each field's "missing" message, and `format` for an email address that cannot be one. */
  errors: {
    email: 'Ange din e-postadress',
    format: 'Ange en e-postadress i rätt format, till exempel namn@tierp.se',
    topics: 'Välj nyheter, driftinformation eller båda',
    municipalities: 'Välj minst en kommun',
    consent: 'Kryssa i rutan om du vill prenumerera och godkänner villkoren',
  },
  success: (email: string) => `Tack! Bekräfta prenumerationen via länken vi har skickat till ${email}.`,
  failed: 'Det gick inte att skicka anmälan just nu. Det du har fyllt i finns kvar, försök igen.',
  wait: (time = 'en stund') => `För många anmälningar på kort tid. Vänta ${time} och försök igen.`,
  /** [one, several] seconds, then minutes. */
  units: [
    ['sekund', 'sekunder'],
    ['minut', 'minuter'],
  ],
};

export type SubscribeStrings = typeof sv;

const en: SubscribeStrings = {
  intro: 'Subscribe to news and operational information from IT-Centrum.',
  email: 'Email address',
  topics: 'What would you like to receive?',
  news: 'News',
  operations: 'Operational information',
  municipalities: 'Which municipalities do you want information about?',
  consent: [
    'I want IT-Centrum to send news and operational information to my email address and I accept IT-Centrum’s ',
    'privacy policy',
    ' and ',
    'terms of use',
    '.',
  ],
  newTab: ' (opens in a new tab)',
  submit: 'Subscribe',
  sending: 'Sending…',
  summary: 'There is a problem',
  error: 'Error: ',
  errors: {
    email: 'Enter your email address',
    format: 'Enter an email address in the correct format, like name@tierp.se',
    topics: 'Select news, operational information or both',
    municipalities: 'Select at least one municipality',
    consent: 'Tick the box if you want to subscribe and accept the terms',
  },
  success: (email: string) => `Thank you! Confirm your subscription using the link we have sent to ${email}.`,
  failed: 'Your sign-up could not be sent just now. What you entered is still here, please try again.',
  wait: (time = 'a moment') => `Too many sign-ups in a short time. Wait ${time} and try again.`,
  units: [
    ['second', 'seconds'],
    ['minute', 'minutes'],
  ],
};

export const strings: Record<Lang, SubscribeStrings> = { sv, en };

/** A wait in words, rounded up: "30 sekunder", "1 minute", "120 minuter". */
export function waitText(seconds: number, t: SubscribeStrings): string {
  const minutes = seconds >= 90;
  const amount = minutes ? Math.ceil(seconds / 60) : seconds;
  return `${amount} ${t.units[+minutes][+(amount > 1)]}`;
}
