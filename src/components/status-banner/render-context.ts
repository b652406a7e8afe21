import { html, nothing } from 'lit';
import { formatClock, formatDateTime } from '../../core/format.js';
import { toZonedParts } from '../../core/time.js';
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

/** When something happened: "kl. 09.00" on the day of `now`, else in full ("i går, onsdag 26 oktober kl. 14.05"). */
export function formatWhen(instant: number, c: RenderContext): string {
  const day = (t: number) => Object.values(toZonedParts(t, c.timeZone)).slice(0, 3).join();
  return day(instant) == day(c.now) ? formatClock(instant, c) : formatDateTime(instant, c);
}
