import { html, nothing } from 'lit';
import { formatDateTimeAttr, formatState, formatSubWindowTime, formatWindowTime } from '../../core/format.js';
import type { SelectedWindow } from '../../core/types.js';
import { calendarButton } from './calendar-button.js';
import { readMore, type RenderContext } from './render-context.js';

export interface CardsOptions {
  /** Display names of municipality ids (from the document). */
  names: (ids: string[]) => string;
  /** How many cards show before "Visa alla (N)". */
  max: number;
  expanded: boolean;
  onToggle: () => void;
}

/**
 * Service windows as a labelled list of cards, soonest first: title and municipalities as the
 * heading, the time in natural language inside `<time datetime>`, "Pågår nu" when ongoing, the
 * per-system sub-windows, the support line, "Läs mer" and "Lägg till i kalender". At most `max`
 * unless expanded.
 */
export const renderWindows = (windows: SelectedWindow[], c: RenderContext, o: CardsOptions) =>
  html`<section part="windows" aria-labelledby="wh"><h2 id="wh" part="windows-heading">${c.s.windows}</h2>
<ul id="cards" class="cards" part="cards">${(o.expanded ? windows : windows.slice(0, o.max)).map(
    ({ window: w, state, systems }) => {
      const ongoing = state == 'ongoing';
      return html`<li part=${ongoing ? 'card card-ongoing' : 'card'} class="card ${ongoing ? 'ongoing' : ''}">
<h3 lang="sv">${w.title}<span class="vh">, </span><span class="where">${o.names(w.municipalities)}</span></h3>
${ongoing ? html`<p part="badge" class="badge">${formatState(state, c.lang)}</p>` : nothing}
<p><time datetime=${formatDateTimeAttr(w.start)}>${formatWindowTime(w.start, w.end, c)}</time></p>
${w.description ? html`<p class="pre" lang="sv">${w.description}</p>` : nothing}
${systems.length
  ? html`<ul class="systems" aria-label=${c.s.systems}>${systems.map(
      (s) =>
        html`<li><span lang="sv">${s.name}</span> <time datetime=${formatDateTimeAttr(s.start)}>${formatSubWindowTime(s.start, s.end, { ...c, windowStart: w.start })}</time>${s.state == 'upcoming' ? '' : ` (${formatState(s.state, c.lang).toLowerCase()})`}</li>`,
    )}</ul>`
  : nothing}
${w.support ? html`<p class="pre" lang="sv">${w.support}</p>` : nothing}
${readMore(w.url, w.title, c)}
${calendarButton(w, c, o.names)}</li>`;
    },
  )}</ul>
${windows.length > o.max
  ? html`<button part="show-all" aria-expanded=${o.expanded} aria-controls="cards" @click=${o.onToggle}>${o.expanded ? c.s.showFewer : c.s.showAll(windows.length)}</button>`
  : nothing}</section>`;
