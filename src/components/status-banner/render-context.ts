import { html, nothing } from 'lit';
import type { Lang } from '../../core/types.js';
import type { BannerStrings } from './status-banner.strings.js';

/** What the banner's render helpers need besides the items: words, language, zone and "now". */
export interface RenderContext {
  s: BannerStrings;
  lang: Lang;
  /** The document's time zone: times are shown there, whatever the viewer's zone. */
  timeZone: string;
  now: number;
}

/** A "Läs mer" link whose accessible name also says what it is about. */
export const readMore = (url: string | undefined, title: string, c: RenderContext) =>
  url ? html`<a part="link" href=${url}>${c.s.readMore}<span class="vh">: <span lang="sv">${title}</span></span></a>` : nothing;
