import { html, nothing } from 'lit';
import { formatDateTimeAttr, formatSince } from '../../core/format.js';
import type { Disruption } from '../../core/types.js';
import { formatWhen, readMore, type RenderContext } from './render-context.js';

/**
 * The disruption banner: one labelled region holding each active disruption, most severe first.
 * Severity is part of the heading's text, not only its colour. The document's texts are Swedish.
 */
export const renderDisruptions = (disruptions: Disruption[], c: RenderContext) =>
  html`<section part="banner" aria-labelledby="dh"><h2 id="dh" class="vh">${c.s.disruptions}</h2>${disruptions.map(
    (d) => {
      const latest = d.updates[0];
      return html`<article part="disruption disruption-${d.severity}" class=${d.severity}>
<h3><span class="severity">${c.s.severity[d.severity]}<span class="vh">: </span></span><span lang="sv">${d.title}</span></h3>
<p class="since">${formatSince(d.start, c)}</p>
${d.message ? html`<p class="pre" lang="sv">${d.message}</p>` : nothing}
${d.systems.length ? html`<p>${c.s.systems}: <span lang="sv">${d.systems.join(', ')}</span></p>` : nothing}
${latest
  ? html`<p>${c.s.latestUpdate} <time datetime=${formatDateTimeAttr(latest.at)}>${formatWhen(latest.at, c)}</time>: <span class="pre" lang="sv">${latest.message}</span></p>`
  : nothing}
${readMore(d.url, d.title, c)}</article>`;
    },
  )}</section>`;
