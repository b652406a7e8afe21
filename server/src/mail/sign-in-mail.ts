/** The desk's sign-in email: one link, valid 15 minutes, usable once. */
import type { Lang } from 'itc-status/core';
import { html } from '../pages/html.js';
import { headerText, type MailMessage } from './message.js';

const TEXTS = {
  sv: {
    subject: 'Din inloggningslänk till IT-Centrums driftinformation',
    intro: 'Någon, förhoppningsvis du, bad om en inloggningslänk till publiceringsverktyget för IT-Centrums driftinformation.',
    action: 'Logga in',
    note: 'Länken gäller i 15 minuter och kan användas en gång. Har du inte bett om den kan du bortse från det här meddelandet.',
  },
  en: {
    subject: 'Your sign-in link to IT-Centrum’s operational information',
    intro: 'Someone, hopefully you, asked for a sign-in link to the publishing desk of IT-Centrum’s operational information.',
    action: 'Sign in',
    note: 'The link is valid for 15 minutes and can be used once. If you did not ask for it, ignore this message.',
  },
} satisfies Record<Lang, Record<string, string>>;

export function signInMail(input: { to: string; lang: Lang; url: string; messageId: string }): MailMessage {
  const t = TEXTS[input.lang];
  return {
    to: input.to,
    subject: headerText(t.subject),
    text: `${t.intro}\n\n${t.action}:\n${input.url}\n\n${t.note}\n`,
    html: html`<!doctype html>
<html lang="${input.lang}">
<head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>${t.subject}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; margin: 0; padding: 16px;">
<p>${t.intro}</p>
<p><a href="${input.url}" style="font-weight: bold;">${t.action}</a></p>
<p>${t.note}</p>
</body>
</html>
`.value,
    messageId: input.messageId,
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}
