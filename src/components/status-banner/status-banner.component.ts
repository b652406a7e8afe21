import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { resolveMunicipalities } from '../../core/municipalities.js';
import { selectStatus } from '../../core/select.js';
import { DEFAULT_TIME_ZONE, type Lang, type StatusDocument } from '../../core/types.js';
import { NextChangeController } from '../../data/next-change-controller.js';
import { StatusController } from '../../data/status-controller.js';
import { renderDisruptions } from './disruption-banner.js';
import { ItcStatusChangeEvent, ItcStatusErrorEvent, type ShownStatus } from './events.js';
import { formatWhen, type RenderContext } from './render-context.js';
import { styles } from './status-banner.styles.js';
import { strings } from './status-banner.strings.js';
import { renderWindows } from './window-cards.js';

export type BannerShow = 'all' | 'disruptions' | 'maintenance';

const NOTHING: ShownStatus = { disruptions: [], maintenance: [] };
const NOTHING_KEY = JSON.stringify(NOTHING);

/** `sv`/`en` from a language tag (`sv-SE` → `sv`), or undefined for any other language. */
const langOf = (tag: string | null | undefined) => /^(sv|en)(-|$)/i.exec(tag ?? '')?.[1].toLowerCase() as Lang | undefined;

/** The value when `ok`, else a console warning and the default. Absent (null/undefined) is the default. */
function checked<T>(name: string, value: T | null | undefined, ok: (value: T) => boolean, fallback: T): T {
  if (value == null || ok(value)) return value ?? fallback;
  console.warn(`itc-status: ${name}="${value}" is not valid; using ${fallback}`);
  return fallback;
}

/** The host name of a link (an absolute URL, checked by the core), for link text: "itcentrum.se". */
const siteOf = (url: string) => new URL(url).host || url;

/**
 * Shows what concerns one audience on an intranet page: active disruptions as a red banner and
 * upcoming or ongoing service windows as cards. Shows nothing at all while loading and when
 * nothing concerns the audience; a neutral notice (never "no disruptions") when the status
 * document cannot be used.
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
 */
export class ItcStatusBanner extends LitElement {
  static override styles = styles;

  static override properties = {
    src: {},
    municipality: {},
    lang: {},
    show: {},
    max: { type: Number },
    horizonDays: { type: Number, attribute: 'horizon-days' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    maxAge: { type: Number, attribute: 'max-age' },
    expanded: { state: true },
  };

  /** `src`: URL of the status document (required unless inside an `<itc-status-provider>`). */
  declare src?: string;
  /**
   * `municipality`: whose information to show: ids or names in any case, with or without å/ä/ö
   * (`tierp`, `Älvkarleby`), several separated by spaces or commas. Absent: all municipalities.
   */
  declare municipality?: string;
  // `lang` (inherited property, redeclared as reactive): `sv` (default) or `en`; when absent,
  // the nearest `lang` of the page if it is Swedish or English.
  /** `show`: `all` (default), `disruptions` or `maintenance`. */
  declare show: BannerShow;
  /** `max`: how many service-window cards show before a "Visa alla (N)" button (default 3). */
  declare max: number;
  /** `horizon-days`: how far ahead service windows are shown, in days (default 14). */
  declare horizonDays: number;
  /** `poll-interval`: seconds between refreshes (default 60, minimum 15). */
  declare pollInterval?: number;
  /** `max-age`: seconds the last good document may be shown when refreshing fails (default 86400). */
  declare maxAge?: number;
  declare private expanded: boolean;

  readonly #status = new StatusController(this, {
    src: () => this.src,
    pollInterval: () => this.pollInterval,
    maxAge: () => this.maxAge,
    onError: (error) => this.dispatchEvent(new ItcStatusErrorEvent(error)),
  });
  readonly #nextChange = new NextChangeController(this);
  #limit = 3;
  #horizon = 14;
  #filter: BannerShow = 'all';
  #shown = NOTHING;
  #shownKey = NOTHING_KEY;
  #now = 0;
  /** Disruption ids shown so far; undefined until the first document is shown. */
  #seen?: Set<string>;
  #announcement = '';
  #warnedMunicipalities = '';

  constructor() {
    super();
    this.show = 'all';
    this.max = 3;
    this.horizonDays = 14;
    this.expanded = false;
  }

  /** Also waits for the status document's load in flight, so that it resolves once that is shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete(); // A pending update may switch to another src first.
    await this.#status.complete;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('max')) this.#limit = checked('max', this.max, (v) => Number.isInteger(v) && v > 0, 3);
    if (changed.has('horizonDays'))
      this.#horizon = checked('horizon-days', this.horizonDays, (v) => Number.isFinite(v) && v >= 0, 14);
    if (changed.has('show'))
      this.#filter = checked('show', this.show, (v) => ['all', 'disruptions', 'maintenance'].includes(v), 'all');
    if (changed.has('lang') && this.lang) checked('lang', this.lang, (v) => !!langOf(v), 'sv');

    const { status, document: doc } = this.#status.state;
    this.#now = Date.now();
    let shown = NOTHING;
    if (doc && (status === 'ready' || status === 'stale')) {
      const selection = selectStatus(doc, {
        municipality: this.#audience(doc),
        now: this.#now,
        horizonDays: this.#horizon,
      });
      shown = {
        disruptions: this.#filter === 'maintenance' ? [] : selection.disruptions,
        maintenance: this.#filter === 'disruptions' ? [] : selection.maintenance,
      };
      this.#nextChange.schedule(selection.nextChange);
      this.#announce(shown);
    } else {
      this.#nextChange.schedule(undefined);
    }
    this.#shown = shown;
  }

  protected override firstUpdated(): void {
    if (!this.src && !this.closest('itc-status-provider')) {
      console.warn('itc-status: <itc-status-banner> needs src, or an <itc-status-provider src> around it');
    }
  }

  protected override updated(): void {
    const key = JSON.stringify(this.#shown);
    if (key !== this.#shownKey) {
      this.#shownKey = key;
      this.dispatchEvent(new ItcStatusChangeEvent(this.#shown));
    }
  }

  protected override render() {
    const { status, document: doc, receivedAt, publisherUrl } = this.#status.state;
    const lang = this.#uiLang();
    const s = strings[lang];
    const c: RenderContext = { s, lang, timeZone: doc?.timeZone ?? DEFAULT_TIME_ZONE, now: this.#now };
    const { disruptions, maintenance } = this.#shown;
    return html`<div class="root" lang=${lang}>
      ${status === 'error'
        ? html`<p part="notice" class="notice">
            ${s.unavailable}
            ${publisherUrl ? html`<a part="link" href=${publisherUrl}>${s.goTo(siteOf(publisherUrl))}</a>` : nothing}
          </p>`
        : nothing}
      ${disruptions.length ? renderDisruptions(disruptions, c) : nothing}
      ${maintenance.length && doc
        ? renderWindows(maintenance, c, {
            names: (ids) => ids.map((id) => doc.municipalities.find((m) => m.id === id)?.name ?? id).join(', '),
            max: this.#limit,
            expanded: this.expanded,
            onToggle: () => (this.expanded = !this.expanded),
          })
        : nothing}
      ${status === 'stale' && doc
        ? html`<p part="stale" class="notice">${s.stale(formatWhen(receivedAt ?? doc.updated, c))}</p>`
        : nothing}
      <div class="vh" role="status">${this.#announcement}</div>
    </div>`;
  }

  /** The municipality query for the selection; unknown names are warned about once. */
  #audience(doc: StatusDocument): string | undefined {
    const query = this.municipality?.trim();
    if (!query) return undefined;
    const { ids, unknown } = resolveMunicipalities(doc, query);
    const key = unknown.join();
    if (key && key !== this.#warnedMunicipalities) {
      console.warn(`itc-status: municipality "${key}" is not known` + (ids.length ? '' : '; showing all'));
    }
    this.#warnedMunicipalities = key;
    return ids.length ? ids.join(' ') : undefined;
  }

  /**
   * Politely announces disruptions that appear after the first document was shown. Those present
   * at first are part of the page like any other content and are not read out unasked.
   */
  #announce({ disruptions }: ShownStatus): void {
    const fresh = disruptions.filter((d) => !this.#seen?.has(d.id));
    if (this.#seen && fresh.length) {
      this.#announcement = fresh.map((d) => `${strings[this.#uiLang()].newDisruption}: ${d.title}`).join('. ');
    } else if (!disruptions.length) {
      this.#announcement = ''; // Nothing left that the announcement could be about.
    }
    this.#seen ??= new Set();
    for (const d of fresh) this.#seen.add(d.id);
  }

  /** The UI language: own `lang`, else the nearest `lang` of the page, when sv or en; else sv. */
  #uiLang(): Lang {
    if (this.lang) return langOf(this.lang) ?? 'sv';
    for (let n: Node | null = this.parentNode; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      const tag = (n as Element).getAttribute?.('lang');
      if (tag) return langOf(tag) ?? 'sv';
    }
    return 'sv';
  }
}
