import { html, nothing } from 'lit';
import { resolveMunicipalities } from '../../core/municipalities.js';
import { selectStatus } from '../../core/select.js';
import { checked } from '../../data/checked.js';
import { dismissedIds, rememberDismissed } from './dismissed.js';
import { StatusElement } from '../../data/status-element.js';
import type { LoadError } from '../../data/status-state.js';
import { langOf, pageLang } from '../page-lang.js';
import { ItcStatusChangeEvent, ItcStatusErrorEvent, type ShownStatus } from './events.js';
import { disruptionsPart, noticePart, stalePart, windowsPart, type PartContext } from './status-banner.parts.js';
import { styles } from './status-banner.styles.js';
import { strings } from './status-banner.strings.js';

export type BannerShow = 'all' | 'disruptions' | 'maintenance';
export type BannerPlacement = 'inline' | 'overlay';

/**
 * Shows what concerns one audience on an intranet page: active disruptions as a red banner and
 * upcoming or ongoing service windows as cards. Shows nothing at all while loading and when
 * nothing concerns the audience; a neutral notice (never "no disruptions") when the status
 * document cannot be used.
 *
 * Attributes `src`, `poll-interval` and `max-age` come from StatusElement. Invalid values of any
 * attribute: one console warning and the default.
 *
 * @summary Disruption banner and service-window cards for IT-Centrum's status document.
 *
 * @fires itc-status-change - {ItcStatusChangeEvent} What the element shows changed; `detail` is `{ disruptions, maintenance }`.
 * @fires itc-status-error - {ItcStatusErrorEvent} Loading the document failed; `detail` is the `LoadError`.
 *
 * @csspart banner - The disruptions region.
 * @csspart disruption - One disruption; also `disruption-critical`, `disruption-major` or `disruption-minor`.
 * @csspart windows - The service-windows region.
 * @csspart windows-heading - The heading of the service-windows region.
 * @csspart cards - The list of service-window cards.
 * @csspart card - One service-window card; an ongoing one is also `card-ongoing`.
 * @csspart badge - The "Pågår nu" badge of an ongoing window.
 * @csspart show-all - The "Visa alla (N)" button.
 * @csspart calendar - A card's "Lägg till i kalender" button (downloads the window as an .ics file).
 * @csspart link - Every link ("Läs mer", the notice's link to the publisher).
 * @csspart notice - The neutral notice shown when the information cannot be shown.
 * @csspart stale - The "Senast uppdaterad … — kunde inte uppdateras" line.
 * @csspart dismiss - The "Dölj" button of the overlay placement.
 *
 * @cssprop --itc-font - Font family (default: inherited from the page).
 * @cssprop --itc-space - Base spacing (default `1rem`).
 * @cssprop --itc-radius - Corner radius (default `6px`).
 * @cssprop --itc-accent - Cards' links, badge, button and ongoing border (default `#0b5394`).
 * @cssprop --itc-disruption-bg - Disruption background (default `#b00020`).
 * @cssprop --itc-disruption-color - Disruption text (default `#fff`).
 * @cssprop --itc-critical-bg - Critical disruption background (default `#7a0012`).
 * @cssprop --itc-minor-bg - Minor disruption background (default `#fff4e0`).
 * @cssprop --itc-minor-color - Minor disruption text (default `#3d2600`).
 * @cssprop --itc-card-bg - Card background (default `#fff`).
 * @cssprop --itc-card-color - Card text (default `#1d1d1d`).
 * @cssprop --itc-card-border - Card border (default `#767676`).
 * @cssprop --itc-notice-bg - Notice and stale-line background (default `#f3f3f3`).
 * @cssprop --itc-notice-color - Notice and stale-line text (default `#1d1d1d`).
 * @cssprop --itc-overlay-bg - Background of the overlay placement (default `#fff`).
 * @cssprop --itc-overlay-z - z-index of the overlay placement (default `1000`).
 */
export class ItcStatusBanner extends StatusElement {
  static override styles = styles;

  static override properties = {
    municipality: {},
    lang: {},
    show: {},
    max: { type: Number },
    horizonDays: { type: Number, attribute: 'horizon-days' },
    placement: { reflect: true },
    expanded: { state: true },
    dismissed: { state: true },
  };

  /** `municipality`: ids or names, separated by spaces or commas; absent: all municipalities. */
  declare municipality?: string;
  /** `lang`: `sv` (default) or `en`; when absent, the nearest `lang` of the page if it is Swedish or English. */
  declare lang: string;
  /** `show`: `all` (default), `disruptions` or `maintenance`. */
  declare show: BannerShow;
  /** `max`: how many service-window cards show before a "Visa alla (N)" button (default 3). */
  declare max: number;
  /** `horizon-days`: how far ahead service windows are shown, in days (default 14). */
  declare horizonDays: number;
  /**
   * `placement`: `inline` (default): in the page's flow, so content below moves when information
   * appears. `overlay`: fixed at the top of the window over the page, sliding in (no motion when
   * reduced motion is preferred), with a "Dölj" button that hides it until another disruption
   * appears, also on the site's other pages and tabs (remembered in localStorage); it never moves
   * the page's content (docs/performance.md).
   */
  declare placement?: BannerPlacement;
  declare private expanded?: boolean;
  /** Overlay: the ids of the disruptions shown when "Dölj" was pressed (here, or on an earlier page). */
  declare private dismissed?: string;

  #shown!: ShownStatus;
  /** What was shown at the last change event, as JSON of its values: nothing at first. */
  #shownKey = '[[],[]]';
  /** Disruption ids shown so far; undefined until the first document is shown. */
  #seen?: Set<string>;
  /** Titles of the disruptions announced last. */
  #announced: string[] = [];

  constructor() {
    super();
    this.show = 'all';
    this.max = 3;
    this.horizonDays = 14;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    // An overlay (only) reads what "Dölj" hid on an earlier page, before it renders (no extra update).
    if (changed.has('placement') && this.placement == 'overlay') this.dismissed ??= dismissedIds();
  }

  protected override loadFailed(error: LoadError): void {
    this.dispatchEvent(new ItcStatusErrorEvent(error));
  }

  protected override firstUpdated(): void {
    if (!this.src && !this.closest('itc-status-provider')) {
      console.warn('itc-status: <itc-status-banner> needs src, or an <itc-status-provider src> around it');
    }
  }

  protected override updated(): void {
    const key = JSON.stringify(Object.values(this.#shown));
    if (key != this.#shownKey) {
      this.#shownKey = key;
      this.dispatchEvent(new ItcStatusChangeEvent(this.#shown));
    }
  }

  protected override render() {
    const { status, document: doc, receivedAt, publisherUrl } = this.status.state;
    const now = Date.now();
    // What to show (also for the change event, fired after rendering), and when that changes by itself.
    const show = checked('show', this.show, (value) => (/^(disruptions|maintenance)$/.test(value!) ? value! : 'all'));
    const shown: ShownStatus = (this.#shown = { disruptions: [], maintenance: [] });
    let nextChange;
    if (doc) {
      const { ids, unknown } = resolveMunicipalities(doc, this.municipality);
      checked('municipality', unknown[0] && this.municipality, () => ids.join(' ') || 'all');
      const selection = selectStatus(doc, {
        municipalityIds: ids,
        now,
        horizonDays: checked('horizon-days', this.horizonDays, (value) => (Number.isFinite(value) && value! >= 0 ? value! : 14)),
      });
      if (show != 'maintenance') shown.disruptions = selection.disruptions;
      if (show != 'disruptions') shown.maintenance = selection.maintenance;
      nextChange = selection.nextChange;
      this.#announce(shown.disruptions);
    }
    this.status.wakeAt(nextChange);
    const { disruptions, maintenance } = shown;
    checked('lang', this.lang || null, (value) => (langOf(value) ? value! : 'sv'));
    const lang = pageLang(this) ?? 'sv';
    const t = strings[lang];
    // The overlay shows what there is until "Dölj", then nothing until the set of disruptions changes.
    const overlay = checked('placement', this.placement, (value) => (value == 'overlay' ? value : 'inline')) == 'overlay';
    const ids = disruptions.map((d) => d.id).join();
    const shows = !(overlay && this.dismissed == ids) && (status == 'error' || disruptions[0] || maintenance[0]);
    const municipalityNames = new Map(doc?.municipalities.map((m) => [m.id, m.name]));
    const context: PartContext = {
      t,
      lang,
      options: { lang, timeZone: doc?.timeZone, now },
      names: (list) => list.map((id) => municipalityNames.get(id) ?? id).join(', '),
    };
    const cards = {
      max: checked('max', this.max, (value) => (Number.isInteger(value) && value! > 0 ? value! : 3)),
      expanded: !!this.expanded,
      toggle: () => (this.expanded = !this.expanded),
    };
    return html`<div class="root${shows ? ' shows' : ''}" lang=${lang}>${shows
      ? html`${overlay ? html`<button part="dismiss" class="dismiss" @click=${() => rememberDismissed((this.dismissed = ids))}>${t.hide}</button>` : nothing}${status == 'error'
  ? noticePart(publisherUrl, context)
  : nothing}
${disruptions.length ? disruptionsPart(disruptions, context) : nothing}
${maintenance.length ? windowsPart(maintenance, context, cards) : nothing}
${status == 'stale' ? stalePart(receivedAt!, context) : nothing}`
      : nothing}
<div class="vh" role="status">${this.#announced.map((title) => `${t.newDisruption}: ${title}`).join('. ')}</div></div>`;
  }

  /**
   * Politely announces disruptions that appear after the first document was shown. Those present
   * at first are part of the page like any other content and are not read out unasked.
   */
  #announce(disruptions: ShownStatus['disruptions']): void {
    const fresh = disruptions.filter((d) => !this.#seen?.has(d.id));
    // Cleared when nothing is left that the announcement could be about.
    if ((this.#seen && fresh[0]) || !disruptions[0]) this.#announced = fresh.map((d) => d.title);
    this.#seen ??= new Set();
    for (const d of fresh) this.#seen.add(d.id);
  }
}
