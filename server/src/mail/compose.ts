/**
 * Composing the subscription emails: a plain-text part and a simple HTML part (no images, no
 * tracking, readable in Outlook and dark mode), with the action link and the manage link.
 */
import type { Lang } from 'itc-status/core';
import { html, type Html } from '../pages/html.js';
import { headerText, type MailMessage } from './message.js';
import { MAIL_STRINGS } from './strings.js';

interface Parts {
  to: string;
  lang: Lang;
  subject: string;
  intro: string;
  action: { label: string; url: string };
  note?: string;
  manageUrl: string;
  messageId: string;
}

function htmlBody(p: Parts): Html {
  const t = MAIL_STRINGS[p.lang];
  return html`<!doctype html>
<html lang="${p.lang}">
<head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>${p.subject}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; margin: 0; padding: 16px;">
<p>${p.intro}</p>
<p><a href="${p.action.url}" style="font-weight: bold;">${p.action.label}</a></p>
${p.note ? html`<p>${p.note}</p>` : ''}
<hr>
<p style="font-size: 14px;">${t.manageFooter} <a href="${p.manageUrl}">${p.manageUrl}</a><br>${t.signature}</p>
</body>
</html>
`;
}

function textBody(p: Parts): string {
  const t = MAIL_STRINGS[p.lang];
  return [p.intro, `${p.action.label}:\n${p.action.url}`, p.note, `--\n${t.manageFooter}\n${p.manageUrl}\n${t.signature}`]
    .filter(Boolean)
    .join('\n\n') + '\n';
}

function compose(p: Parts): MailMessage {
  return {
    to: p.to,
    subject: headerText(p.subject),
    text: textBody(p),
    html: htmlBody(p).value,
    messageId: p.messageId,
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

export function confirmationMail(input: { to: string; lang: Lang; confirmUrl: string; manageUrl: string; messageId: string }): MailMessage {
  const t = MAIL_STRINGS[input.lang];
  return compose({
    ...input,
    subject: t.confirmSubject,
    intro: t.confirmIntro,
    action: { label: t.confirmAction, url: input.confirmUrl },
    note: t.confirmValid,
  });
}

export function alreadySubscribedMail(input: { to: string; lang: Lang; manageUrl: string; messageId: string }): MailMessage {
  const t = MAIL_STRINGS[input.lang];
  return compose({
    ...input,
    subject: t.alreadySubject,
    intro: t.alreadyIntro,
    action: { label: t.alreadyAction, url: input.manageUrl },
  });
}
