/** The pages a subscriber reaches from an email: confirm, manage, and what follows their buttons. */
import type { Lang } from 'itc-status/core';
import type { SubscriberRow } from '../db/queries/subscribers.js';
import { MUNICIPALITIES, TOPICS } from '../services/sign-up.js';
import { html } from './html.js';
import { page } from './layout.js';
import { MUNICIPALITY_NAMES, pageStrings } from './strings.js';

export function confirmPage(lang: Lang, action: string): string {
  const t = pageStrings(lang);
  return page(
    lang,
    t.confirmTitle,
    html`<h1>${t.confirmTitle}</h1>
<p>${t.confirmIntro}</p>
<form method="post" action="${action}"><button type="submit">${t.confirmButton}</button></form>`,
  );
}

export function confirmedPage(lang: Lang, manageUrl: string): string {
  const t = pageStrings(lang);
  return page(lang, t.confirmedTitle, html`<h1>${t.confirmedTitle}</h1><p>${t.confirmedText}</p><p><a href="${manageUrl}">${t.manageLink}</a></p>`);
}

export function invalidLinkPage(lang: Lang): string {
  const t = pageStrings(lang);
  return page(lang, t.invalidTitle, html`<h1>${t.invalidTitle}</h1><p>${t.invalidText}</p>`);
}

export function messagePage(lang: Lang, title: string, text: string): string {
  return page(lang, title, html`<h1>${title}</h1><p>${text}</p>`);
}

function checkbox(name: string, value: string, label: string, checked: boolean) {
  return html`<label><input type="checkbox" name="${name}" value="${value}" ${checked ? html`checked` : ''}>${label}</label>`;
}

export function managePage(lang: Lang, action: string, subscriber: SubscriberRow, notice?: string): string {
  const t = pageStrings(lang);
  const active = subscriber.state !== 'unsubscribed';
  return page(
    lang,
    t.manageTitle,
    html`<h1>${t.manageTitle}</h1>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<p>${t.stateLabel}: <strong>${t.states[subscriber.state]}</strong></p>
${active
  ? html`<form method="post" action="${action}">
<input type="hidden" name="action" value="save">
<fieldset><legend>${t.topicsLegend}</legend>
${TOPICS.map((topic) => checkbox('topics', topic, t.topics[topic], subscriber.topics.includes(topic)))}
</fieldset>
<fieldset><legend>${t.municipalitiesLegend}</legend>
${MUNICIPALITIES.map((id) => checkbox('municipalities', id, MUNICIPALITY_NAMES[id]!, subscriber.municipalities.includes(id)))}
</fieldset>
<button type="submit">${t.save}</button>
</form>
<section><h2>${t.unsubscribeHeading}</h2><p>${t.unsubscribeText}</p>
<form method="post" action="${action}"><input type="hidden" name="action" value="unsubscribe"><button type="submit" class="secondary">${t.unsubscribe}</button></form></section>`
  : html`<p>${t.resubscribe}</p>`}
<section><h2>${t.dataHeading}</h2><p>${t.dataText}</p>
<form method="post" action="${action}"><input type="hidden" name="action" value="export"><button type="submit" class="secondary">${t.export}</button></form>
<form method="post" action="${action}"><input type="hidden" name="action" value="erase"><button type="submit" class="danger">${t.erase}</button></form>
</section>`,
  );
}

export function unsubscribePage(lang: Lang, action: string): string {
  const t = pageStrings(lang);
  return page(
    lang,
    t.unsubscribeHeading,
    html`<h1>${t.unsubscribeHeading}</h1>
<p>${t.unsubscribeText}</p>
<form method="post" action="${action}"><button type="submit">${t.unsubscribe}</button></form>`,
  );
}
