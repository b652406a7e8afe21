/** The dev mailbox's pages: the list of saved messages and one message (text part, links clickable). */
import type { SavedMail } from '../mail/dev-mailbox.js';
import { html } from './html.js';
import { page } from './layout.js';

function linkified(text: string) {
  return text.split(/(https?:\/\/\S+)/).map((part, i) => (i % 2 === 1 ? html`<a href="${part}">${part}</a>` : part));
}

export function mailListPage(messages: SavedMail[]): string {
  return page(
    'sv',
    'Dev-brevlåda',
    html`<h1>Dev-brevlåda</h1>
<p class="muted">E-post som servern skulle ha skickat (ingen SMTP_URL är satt). Nyast först.</p>
${messages.length === 0
  ? html`<p>Inga brev ännu.</p>`
  : html`<table><thead><tr><th scope="col">Tid</th><th scope="col">Till</th><th scope="col">Ämne</th></tr></thead><tbody>
${messages.map((m) => html`<tr><td>${m.savedAt.replace('T', ' ').slice(0, 19)}</td><td>${m.to}</td><td><a href="/dev/mail/${m.id}">${m.subject}</a></td></tr>`)}
</tbody></table>`}`,
  );
}

export function mailPage(message: SavedMail): string {
  return page(
    'sv',
    message.subject,
    html`<p><a href="/dev/mail">← Dev-brevlåda</a></p>
<h1>${message.subject}</h1>
<p class="muted">Till: ${message.to}<br>Message-ID: ${message.messageId}<br>Sparat: ${message.savedAt}</p>
<pre>${linkified(message.text)}</pre>`,
  );
}
