/**
 * The banner's content in named parts: a disruption, the disruptions region, a service-window card,
 * the cards region, the neutral notice and the stale line. Pure templates of what they are given.
 */
import { html, nothing } from 'lit';
import { formatDateTimeAttr, formatRecent, formatSince, formatState, formatSubWindowTime, formatWindowTime, type FormatOptions } from '../../core/format.js';
import type { Disruption, Lang, SelectedWindow } from '../../core/types.js';
import { calendarButton } from './calendar-button.js';
import type { BannerStrings } from './status-banner.strings.js';

/** What every part needs: the words, the formatting, and municipality names by id. */
export interface PartContext {
  t: BannerStrings;
  lang: Lang;
  options: FormatOptions & { lang: Lang };
  /** "Tierp, Heby" for ids. */
  names: (ids: string[]) => string;
}

// The document's texts are Swedish: marked so even on an English page.
const sv = (text: string) => html`<span lang="sv">${text}</span>`;
const paragraph = (text?: string) => (text ? html`<p lang="sv">${text}</p>` : nothing);
const time = (instant: number, text: string) => html`<time datetime=${formatDateTimeAttr(instant)}>${text}</time>`;

/** "Läs mer", whose accessible name also says what it is about. */
const readMore = (url: string | undefined, title: string, { t }: PartContext) =>
  url ? html`<a part="link" href=${url}>${t.readMore}<span class="vh">: ${sv(title)}</span></a>` : nothing;

export function disruptionPart(d: Disruption, c: PartContext) {
  const { t, options } = c;
  const update = d.updates[0];
  return html`<article part="disruption disruption-${d.severity}">
<h3><span class="severity">${t[d.severity]}<span class="vh">: </span></span>${sv(d.title)}</h3>
<p class="since">${formatSince(d.start, options)}</p>
${paragraph(d.message)}
${d.systems.length ? html`<p>${t.systems}: ${sv(d.systems.join(', '))}</p>` : nothing}
${update ? html`<p>${t.latestUpdate} ${time(update.at, formatRecent(update.at, options))}: ${sv(update.message)}</p>` : nothing}
${readMore(d.url, d.title, c)}</article>`;
}

export const disruptionsPart = (disruptions: Disruption[], c: PartContext) =>
  html`<section part="banner" aria-labelledby="dh"><h2 id="dh" class="vh">${c.t.region}</h2>${disruptions.map((d) => disruptionPart(d, c))}</section>`;

export function cardPart({ window: w, state, systems }: SelectedWindow, c: PartContext) {
  const { t, lang, options, names } = c;
  const where = names(w.municipalities);
  return html`<li part="card${state == 'ongoing' ? ' card-ongoing' : ''}">
<h3 lang="sv">${w.title}<span class="vh">, </span><span class="where">${where}</span></h3>
${state == 'ongoing' ? html`<p part="badge">${formatState(state, lang)}</p>` : nothing}
<p>${time(w.start, formatWindowTime(w.start, w.end, options))}</p>
${paragraph(w.description)}
${systems.length
  ? html`<ul class="systems" aria-label=${t.systems}>${systems.map(
      (s) => html`<li>${sv(s.name)} ${time(s.start, formatSubWindowTime(s.start, s.end, { ...options, windowStart: w.start }))}${s.state == 'upcoming' ? '' : ` (${formatState(s.state, lang).toLowerCase()})`}</li>`,
    )}</ul>`
  : nothing}
${paragraph(w.support)}
${readMore(w.url, w.title, c)}
${calendarButton(w, t.addToCalendar, names, options)}</li>`;
}

/** The cards, at most `max` unless expanded, with the "Visa alla (N)" / "Visa färre" button. */
export function windowsPart(maintenance: SelectedWindow[], c: PartContext, { max, expanded, toggle }: { max: number; expanded: boolean; toggle: () => void }) {
  const { t } = c;
  return html`<section part="windows" aria-labelledby="wh"><h2 id="wh" part="windows-heading">${t.windowsHeading}</h2>
<ul id="cards" part="cards">${(expanded ? maintenance : maintenance.slice(0, max)).map((selected) => cardPart(selected, c))}</ul>
${maintenance.length > max
  ? html`<button part="show-all" aria-expanded=${expanded} aria-controls="cards" @click=${toggle}>${expanded ? t.showFewer : t.showAll(maintenance.length)}</button>`
  : nothing}</section>`;
}

/** The neutral notice when the document cannot be used; the publisher's link names its site. */
export const noticePart = (publisherUrl: string | undefined, { t }: PartContext) =>
  html`<p part="notice">${t.unavailable}${publisherUrl ? html` <a part="link" href=${publisherUrl}>${t.goTo}${new URL(publisherUrl).host || publisherUrl}</a>` : nothing}</p>`;

/** "Senast uppdaterad … — kunde inte uppdateras". */
export const stalePart = (receivedAt: number, { t, options }: PartContext) => html`<p part="stale">${t.staleBefore}${formatRecent(receivedAt, options)}${t.staleAfter}</p>`;
