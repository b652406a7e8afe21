/**
 * The desk's server-rendered pages: signing in (no script, like the subscriber's pages) and the
 * frame of the desk itself, which loads the desk's script and the widget for the preview.
 */
import type { Lang } from 'itc-status/core';
import { html, type Html } from './html.js';
import { page as pageFrame } from './layout.js';
import { deskPageStrings } from './desk-strings.js';

export const DESK_PATH = '/desk/';
/** The desk's POSTs carry Origin (checked): see layout.ts. */
export const DESK_REFERRER_POLICY = 'same-origin';
const page = (lang: Lang, title: string, body: Html) => pageFrame(lang, title, body, { referrer: DESK_REFERRER_POLICY });
const withLang = (path: string, lang: Lang) => (lang === 'en' ? `${path}?lang=en` : path);

/** "In English" on a Swedish page, "På svenska" on an English one: the same desk page in the other language. */
function otherLangLink(lang: Lang): Html {
  const other: Lang = lang === 'en' ? 'sv' : 'en';
  return html`<a href="${withLang(DESK_PATH, other)}" lang="${other}">${deskPageStrings(lang).otherLang}</a>`;
}

/** "E-postadress" and "Skicka inloggningslänk"; with the GOV.UK error summary when the address was not one. */
export function signInPage(lang: Lang, typed = '', invalid = false): string {
  const t = deskPageStrings(lang);
  const error = invalid ? html`<p class="field-error" id="email-error"><span class="vh">${t.errorSummary}: </span>${t.emailError}</p>` : '';
  return page(
    lang,
    t.signInTitle,
    html`${invalid
      ? html`<div class="error-summary" role="alert" tabindex="-1"><h2>${t.errorSummary}</h2><ul><li><a href="#email">${t.emailError}</a></li></ul></div>`
      : ''}
<h1>${t.signInTitle}</h1>
<p>${t.signInIntro}</p>
<form method="post" action="${withLang(DESK_PATH + 'logga-in', lang)}" novalidate>
<label for="email">${t.emailLabel}</label>
<p class="hint" id="email-hint">${t.emailHint}</p>
${error}
<input type="email" id="email" name="email" autocomplete="email" spellcheck="false" required value="${typed}"
 aria-describedby="${invalid ? 'email-hint email-error' : 'email-hint'}" ${invalid ? html`aria-invalid="true"` : ''}>
<button type="submit">${t.sendLink}</button>
</form>
<p>${otherLangLink(lang)}</p>`,
  );
}

/** The same words whether or not the address is listed (the typed address is repeated). */
export function linkSentPage(lang: Lang, typed: string): string {
  const t = deskPageStrings(lang);
  return page(
    lang,
    t.sentTitle,
    html`<h1>${t.sentTitle}</h1><p role="status">${t.sent(typed)}</p><p>${t.sentAgain} <a href="${withLang(DESK_PATH, lang)}">${t.newLink}</a></p>`,
  );
}

export function tooManyPage(lang: Lang): string {
  const t = deskPageStrings(lang);
  return page(lang, t.tooManyTitle, html`<h1>${t.tooManyTitle}</h1><p>${t.tooMany}</p>`);
}

/** What the emailed link opens: one button; only its POST signs in (link scanners GET). */
export function signInLinkPage(lang: Lang, action: string): string {
  const t = deskPageStrings(lang);
  return page(
    lang,
    t.linkTitle,
    html`<h1>${t.linkTitle}</h1><p>${t.linkIntro}</p><form method="post" action="${withLang(action, lang)}"><button type="submit">${t.linkButton}</button></form>`,
  );
}

export function invalidSignInLinkPage(lang: Lang): string {
  const t = deskPageStrings(lang);
  return page(lang, t.invalidTitle, html`<h1>${t.invalidTitle}</h1><p>${t.invalidText}</p><p><a href="${withLang(DESK_PATH, lang)}">${t.newLink}</a></p>`);
}

export function refusedPage(lang: Lang): string {
  const t = deskPageStrings(lang);
  return page(lang, t.refused, html`<h1>${t.refused}</h1><p><a href="${withLang(DESK_PATH, lang)}">${t.deskTitle}</a></p>`);
}

/** The desk: a frame around `<itc-desk>`, which the desk's script defines, and the widget for the preview. */
export function deskPage(lang: Lang, publisher: string): string {
  const t = deskPageStrings(lang);
  return pageFrame(
    lang,
    t.deskTitle,
    html`<h1>${t.deskTitle}</h1>
<itc-desk></itc-desk>
<noscript><p>${t.noScript}</p></noscript>`,
    {
      referrer: DESK_REFERRER_POLICY,
      head: html`<link rel="stylesheet" href="/assets/desk.css">
<script type="module" src="/desk/assets/desk.js"></script>
<script src="/widgets/itc-status.js" defer></script>`,
      bodyClass: 'desk',
      header: html`<header class="desk-header">
<span class="desk-name">IT-Centrum · ${t.deskTitle}</span>
<span>${t.signedInAs} <strong>${publisher}</strong></span>
${otherLangLink(lang)}
<form method="post" action="${withLang(DESK_PATH + 'logga-ut', lang)}"><button type="submit" class="secondary">${t.signOut}</button></form>
</header>`,
    },
  );
}
