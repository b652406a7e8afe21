/**
 * One notice as one subscriber's email: subject a person scans in an inbox, a plain-text part and
 * a simple HTML part, times written as the banner writes them (Europe/Stockholm), the calendar
 * entry of a window, and the one-click unsubscribe headers of RFC 8058. Every text from the
 * document is text: escaped in HTML, without line breaks in headers, links only http(s).
 */
import {
  formatDate,
  formatDateTime,
  formatSince,
  formatSubWindowTime,
  formatWindowTime,
  toICalendar,
  type Lang,
  type MaintenanceWindow,
} from 'itc-status/core';
import { html, type Html } from '../pages/html.js';
import type { NoticePayload } from '../notices/notice.js';
import { headerText, type MailMessage } from './message.js';
import { NOTICE_SUBJECTS, NOTICE_TEXTS } from './notice-strings.js';

export interface NoticeRecipient {
  email: string;
  lang: Lang;
  municipalities: string[];
}

export interface NoticeLinks {
  manageUrl: string;
  /** The RFC 8058 one-click URL: a POST to it unsubscribes at once. */
  unsubscribeUrl: string;
}

/** Only http(s) links go into an email (the document may also carry mailto: and tel:). */
const webLink = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

function names(ids: string[], payload: NoticePayload, lang: Lang): string {
  if (ids.length === 0) return NOTICE_TEXTS[lang].all;
  return ids.map((id) => payload.municipalityNames[id] ?? id).join(', ');
}

/** The calendar entry of a window: PUBLISH for a new or changed one, CANCEL (STATUS:CANCELLED) for a cancelled one. */
export function windowCalendar(window: MaintenanceWindow, payload: NoticePayload, lang: Lang, now: number): { content: string; method: string } {
  const method = payload.kind === 'window-cancelled' ? 'CANCEL' : 'PUBLISH';
  const municipalities = Object.entries(payload.municipalityNames).map(([id, name]) => ({ id, name }));
  const ics = toICalendar([window], { now, municipalities, lang, timeZone: payload.timeZone });
  // The published version orders the updates of one window: a later notice replaces an earlier entry.
  const extra = [`SEQUENCE:${payload.version ?? 0}`, ...(method === 'CANCEL' ? ['STATUS:CANCELLED'] : [])].join('\r\n');
  return { method, content: ics.replace('METHOD:PUBLISH', `METHOD:${method}`).replace('\r\nEND:VEVENT', `\r\n${extra}\r\nEND:VEVENT`) };
}

interface Body {
  subject: string;
  /** Paragraphs; the first is the headline. */
  lines: string[];
  link?: string;
}

function disruptionBody(payload: NoticePayload, lang: Lang, now: number): Body {
  const d = payload.disruption!;
  const t = NOTICE_TEXTS[lang];
  const options = { lang, timeZone: payload.timeZone, now };
  const lines = [d.title];
  if (payload.kind === 'disruption-update' && payload.update) lines.push(`${formatDateTime(payload.update.at, options)}: ${payload.update.message}`);
  if (payload.kind === 'disruption-resolved') lines.push(`${t.resolvedAt} ${formatDateTime(d.end ?? now, options)}.`);
  else lines.push(`${formatSince(d.start, options).replace(/^./, (c) => c.toUpperCase())}.`);
  if (d.message) lines.push(d.message);
  if (d.systems.length > 0) lines.push(`${t.systems}: ${d.systems.join(', ')}`);
  return { subject: fill(NOTICE_SUBJECTS[lang][payload.kind as 'disruption-new'], { title: d.title }), lines, link: webLink(d.url) };
}

function windowBody(payload: NoticePayload, lang: Lang, now: number): Body {
  const w = payload.window!;
  const t = NOTICE_TEXTS[lang];
  const options = { lang, timeZone: payload.timeZone, now };
  const where = names(w.municipalities, payload, lang);
  const lines = [`${w.title} – ${where}`, formatWindowTime(w.start, w.end, options)];
  if (payload.kind === 'window-cancelled') lines.push(t.cancelled);
  if (payload.kind === 'window-changed') lines.push(t.changed);
  if (w.systems.length > 0) {
    lines.push(`${t.systems}:\n` + w.systems.map((s) => `${s.name} ${formatSubWindowTime(s.start, s.end, { ...options, windowStart: w.start })}`).join('\n'));
  }
  if (w.description) lines.push(w.description);
  if (w.support) lines.push(w.support);
  if (payload.kind !== 'window-cancelled') lines.push(t.calendar);
  const subject = fill(NOTICE_SUBJECTS[lang][payload.kind as 'window-new'], { where, date: formatDate(w.start, options) });
  return { subject, lines, link: webLink(w.url) };
}

function newsBody(payload: NoticePayload): Body {
  return { subject: payload.news!.subject, lines: [payload.news!.subject, ...payload.news!.text.split(/\n{2,}/)] };
}

/** Text with its http(s) links made clickable, everything else escaped. */
function linkify(text: string): Html[] {
  return text.split(/(https?:\/\/[^\s<>"]+)/).map((part, i) => (i % 2 === 1 ? html`<a href="${part}">${part}</a>` : html`${part}`));
}

export function noticeMail(payload: NoticePayload, recipient: NoticeRecipient, links: NoticeLinks, messageId: string, now = Date.now()): MailMessage {
  const lang = recipient.lang;
  const t = NOTICE_TEXTS[lang];
  const body = payload.kind === 'news' ? newsBody(payload) : payload.window ? windowBody(payload, lang, now) : disruptionBody(payload, lang, now);
  const why = payload.kind === 'news' ? t.footerNews : fill(t.footerWhy, { where: names(recipient.municipalities, payload, lang) });
  const [headline, ...rest] = body.lines;
  const text = [
    headline,
    ...rest,
    body.link && `${t.more}: ${body.link}`,
    `--\n${why}\n${t.manage}: ${links.manageUrl}\n${t.unsubscribe}: ${links.unsubscribeUrl}\n${t.signature}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const htmlBody = html`<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>${body.subject}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; margin: 0; padding: 16px;">
<h1 style="font-size: 20px;">${headline}</h1>
${rest.map((line) => html`<p>${line.split('\n').map((part, i) => html`${i > 0 ? html`<br>` : ''}${linkify(part)}`)}</p>`)}
${body.link ? html`<p><a href="${body.link}">${t.more}</a></p>` : ''}
<hr>
<p style="font-size: 14px;">${why}<br><a href="${links.manageUrl}">${t.manage}</a> · <a href="${links.unsubscribeUrl}">${t.unsubscribe}</a><br>${t.signature}</p>
</body>
</html>
`.value;
  const calendar = payload.window && payload.kind.startsWith('window-') ? windowCalendar(payload.window, payload, lang, now) : undefined;
  return {
    to: recipient.email,
    subject: headerText(body.subject),
    text: text + '\n',
    html: htmlBody,
    messageId,
    headers: {
      'Auto-Submitted': 'auto-generated',
      'List-Unsubscribe': `<${links.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    attachments: calendar && [{ filename: 'servicefonster.ics', content: calendar.content, contentType: `text/calendar; charset=utf-8; method=${calendar.method}` }],
  };
}
