import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Lang } from '../../core/types.js';
import { ItcSubscribeErrorEvent, ItcSubscribeSubmitEvent, ItcSubscribeSuccessEvent } from './events.js';
import { MUNICIPALITIES, httpUrl, parseMunicipalities, parseTopics, resolveLang, type Topic } from './options.js';
import { DEFAULT_TIMEOUT, buildPayload, newIdempotencyKey, sendSubscription, type SubscribeOutcome, type SubscribePayload } from './send.js';
import { strings, waitText } from './subscribe.strings.js';
import styles from './subscribe.styles.js';
import { FIELDS, validateSubscription, type ErrorCode, type Field, type SubscribeValues } from './validate.js';

type Messages = Partial<Record<Field, string>>;

/**
 * @summary Sign-up form for IT-Centrum's news and operational information (driftinformation) by email.
 *
 * A real `<form>` in the shadow root: email, topics, municipalities and an unticked consent
 * checkbox. Errors follow GOV.UK's error-summary pattern and appear on submit only; nothing the
 * user typed is ever cleared by an error. The request and response contract is in
 * docs/subscribe-api.md.
 *
 * @attr action - Endpoint the sign-up is POSTed to as JSON (http or https, relative or absolute). Required unless the page sends sign-ups itself (see `itc-subscribe-submit`).
 * @attr municipality - Municipalities to preselect: ids or names, any case, with or without å/ä/ö, separated by spaces or commas (`"tierp, Älvkarleby"`).
 * @attr topics - Topics to preselect: `nyheter`/`news`, `driftinformation`/`operations` (`"driftinformation"`). None by default.
 * @attr privacy-url - The privacy policy (http or https), linked from the consent text.
 * @attr terms-url - The terms of use (http or https), linked from the consent text.
 * @attr lang - `sv` (default) or `en`. When absent, the page's language (nearest `lang`) if it is Swedish or English.
 * @attr timeout - Milliseconds to wait for the server before giving up (default 15000).
 *
 * @fires itc-subscribe-submit - {@link ItcSubscribeSubmitEvent} A valid sign-up is about to be sent (cancelable; `detail` is the payload).
 * @fires itc-subscribe-success - {@link ItcSubscribeSuccessEvent} The server accepted the sign-up.
 * @fires itc-subscribe-error - {@link ItcSubscribeErrorEvent} A sent sign-up was not accepted (field errors, 429, other status, timeout, network).
 *
 * @csspart base - Wrapper of everything; carries the language in use.
 * @csspart form - The form.
 * @csspart intro - The sentence above the fields.
 * @csspart error-summary - The box listing the problems ("Det finns ett problem").
 * @csspart field-error - A field's own error message.
 * @csspart input - The email input.
 * @csspart button - The submit button.
 * @csspart status - Live region: "Skickar…", the thank-you text, or why sending failed.
 *
 * @cssprop --itc-subscribe-accent - Button and checkbox colour (default #005a8c; white text must stay readable on it).
 * @cssprop --itc-subscribe-error - Colour of errors (default #b3261e).
 * @cssprop --itc-subscribe-focus - Focus outline colour (default #1d70b8).
 */
export class ItcSubscribe extends LitElement {
  static override styles = styles;

  static override properties = {
    action: {},
    municipality: {},
    topics: {},
    privacyUrl: { attribute: 'privacy-url' },
    termsUrl: { attribute: 'terms-url' },
    lang: { reflect: true },
    timeout: { type: Number },
    phase: { state: true },
    errors: { state: true },
    notice: { state: true },
  };

  /** Endpoint URL (`action` attribute). */
  declare action?: string;
  /** Municipalities to preselect (`municipality` attribute). */
  declare municipality?: string;
  /** Topics to preselect (`topics` attribute). */
  declare topics?: string;
  /** Privacy policy URL (`privacy-url` attribute). */
  declare privacyUrl?: string;
  /** Terms of use URL (`terms-url` attribute). */
  declare termsUrl?: string;
  /** Milliseconds before a request counts as failed (`timeout` attribute, default 15000). */
  declare timeout: number;

  /** `sending` from submit until the answer; `success` replaces the form with the thank-you text. */
  private declare phase: 'idle' | 'sending' | 'success';
  /** Messages by field, from validation or from the server. */
  private declare errors: Messages;
  /** Why the last request failed (shown in the status region). */
  private declare notice?: string;

  /** The last payload built; its email goes into the thank-you text. */
  private payload?: SubscribePayload;
  /** The idempotency key and the values it was made for: a retry of the same values reuses it. */
  private key?: string;
  private keyFor?: string;
  /** When the form appeared, for the payload's `elapsedMs`. */
  private shownAt = performance.now();
  private controller?: AbortController;

  constructor() {
    super();
    this.timeout = DEFAULT_TIMEOUT;
    this.phase = 'idle';
    this.errors = {};
  }

  /**
   * Shows the result of a sign-up and fires `itc-subscribe-success` or `itc-subscribe-error`, as
   * after the element's own request. For pages that cancel `itc-subscribe-submit` and send the
   * payload themselves (`mapResponse` turns their `Response` into an outcome).
   */
  complete(outcome: SubscribeOutcome): void {
    const t = strings[this.language];
    const payload = this.payload;
    this.phase = outcome.kind === 'success' ? 'success' : 'idle';
    this.notice = undefined;
    if (outcome.kind === 'success') {
      // Any later sign-up gets a new idempotency key.
      this.keyFor = undefined;
      this.dispatchEvent(new ItcSubscribeSuccessEvent(payload, outcome.status));
      this.focusAfterUpdate('[role=status]');
      return;
    }
    if (outcome.kind === 'invalid') {
      const messages: Messages = {};
      // An empty server message falls back to the element's own text for the field.
      for (const field of FIELDS) if (outcome.errors[field] !== undefined) messages[field] = outcome.errors[field] || this.message(field, 'format');
      this.showErrors(messages);
    } else {
      this.notice = outcome.kind === 'rate-limited' ? t.wait(outcome.retryAfter ? waitText(outcome.retryAfter, t) : undefined) : t.failed;
    }
    this.dispatchEvent(new ItcSubscribeErrorEvent(payload, outcome));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Quietly: the request resolves to nothing, so no event and no console error follow.
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const base = document.baseURI;
    const invalid = [
      changed.has('lang') && resolveLang(this.lang, null).invalid && `lang="${this.lang}"`,
      changed.has('municipality') && parseMunicipalities(this.municipality).unknown.join(),
      changed.has('topics') && parseTopics(this.topics).unknown.join(),
      changed.has('timeout') && !(this.timeout > 0) && `timeout="${this.timeout}"`,
      ...(['action', 'privacyUrl', 'termsUrl'] as const).map((name) => changed.has(name) && this[name] && !httpUrl(this[name], base) && `${name}="${this[name]}"`),
    ].filter(Boolean);
    if (invalid.length) console.warn('itc-subscribe: ignoring invalid', invalid.join('; '));
  }

  protected override render() {
    const lang = this.language;
    const t = strings[lang];
    const errors = this.errors;
    const sending = this.phase === 'sending';
    const topics = parseTopics(this.topics).ids;
    const municipalities = parseMunicipalities(this.municipality).ids;
    const invalid = (field: Field) => (errors[field] ? 'true' : nothing);
    const describedBy = (field: Field) => (errors[field] ? `${field}-error` : nothing);
    const error = (field: Field) =>
      errors[field] ? html`<p id="${field}-error" part="field-error" class="e"><span class="vh">${t.error}</span>${errors[field]}</p>` : nothing;
    const checkbox = (name: Field, value: string, label: string, checked: boolean) =>
      html`<div class="c">
        <input type="checkbox" id="${name}-${value}" name=${name} value=${value} ?checked=${checked} aria-invalid=${invalid(name)} />
        <label for="${name}-${value}">${label}</label>
      </div>`;
    // Links open in a new tab, so that reading the policy never loses what was typed.
    const link = (url: string | undefined, text: string) =>
      url ? html`<a href=${url} target="_blank" rel="noopener">${text}<span class="vh">${t.newTab}</span></a>` : text;
    const [before, privacy, and, terms, after] = t.consent;
    const listed = FIELDS.filter((field) => errors[field]);

    return html`<div part="base" lang=${lang}>
      ${this.phase === 'success'
        ? nothing
        : html`<form part="form" novalidate aria-busy=${sending} @submit=${this.onSubmit}>
            <p part="intro">${t.intro}</p>
            ${listed.length
              ? html`<div part="error-summary" class="s" role="alert" tabindex="-1" aria-labelledby="summary">
                  <h2 id="summary">${t.summary}</h2>
                  <ul>
                    ${listed.map((field) => html`<li><a href="#${field}" @click=${this.onSummaryLink}>${errors[field]}</a></li>`)}
                  </ul>
                </div>`
              : nothing}
            <div class="g">
              <label for="email">${t.email}</label>
              ${error('email')}
              <input part="input" id="email" name="email" type="email" autocomplete="email" spellcheck="false"
                aria-invalid=${invalid('email')} aria-describedby=${describedBy('email')} />
            </div>
            <fieldset class="g" aria-describedby=${describedBy('topics')}>
              <legend>${t.topics}</legend>
              ${error('topics')}
              ${(['news', 'operations'] as const).map((topic) => checkbox('topics', topic, t[topic], topics.includes(topic)))}
            </fieldset>
            <fieldset class="g" aria-describedby=${describedBy('municipalities')}>
              <legend>${t.municipalities}</legend>
              ${error('municipalities')}
              ${MUNICIPALITIES.map(([id, name]) => checkbox('municipalities', id, name, municipalities.includes(id)))}
            </fieldset>
            <div class="g">
              ${error('consent')}
              <div class="c">
                <input type="checkbox" id="consent" name="consent" aria-invalid=${invalid('consent')} aria-describedby=${describedBy('consent')} />
                <label for="consent">${before}${link(httpUrl(this.privacyUrl, document.baseURI), privacy)}${and}${link(httpUrl(this.termsUrl, document.baseURI), terms)}${after}</label>
              </div>
            </div>
            <div class="hp" aria-hidden="true"><input name="website" tabindex="-1" autocomplete="off" /></div>
            <button part="button" aria-disabled=${sending ? 'true' : nothing}>${t.submit}</button>
          </form>`}
      <div part="status" class=${this.notice && !sending ? 'n' : ''} role="status" tabindex="-1">
        ${sending ? t.sending : this.phase === 'success' ? t.success(this.payload?.email ?? '') : this.notice}
      </div>
    </div>`;
  }

  /** sv or en: own `lang`, else the nearest ancestor's (across shadow roots), else Swedish. */
  private get language(): Lang {
    let node: Node | null = this.parentNode;
    while (node && !(node instanceof Element && node.hasAttribute('lang'))) node = node.parentNode ?? (node as ShadowRoot).host ?? null;
    return resolveLang(this.lang, (node as Element | null)?.getAttribute('lang')).lang;
  }

  private message(field: Field, code: ErrorCode): string {
    return strings[this.language].errors[field === 'email' && code === 'format' ? 'format' : field];
  }

  private showErrors(messages: Messages): void {
    this.errors = messages;
    this.focusAfterUpdate('.s');
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A summary link moves focus to its field (hash links cannot reach into a shadow root). */
  private onSummaryLink(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`[name=${(event.currentTarget as HTMLAnchorElement).hash.slice(1)}]`)?.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // A second click or Enter while sending does nothing: exactly one request.
    if (this.phase === 'sending') return;
    const data = new FormData(event.target as HTMLFormElement);
    const values: SubscribeValues = {
      email: String(data.get('email')).trim(),
      topics: data.getAll('topics') as Topic[],
      municipalities: data.getAll('municipalities') as string[],
      consent: data.has('consent'),
    };
    const codes = validateSubscription(values);
    const messages: Messages = {};
    for (const field of FIELDS) if (codes[field]) messages[field] = this.message(field, codes[field]);
    this.notice = undefined;
    this.showErrors(messages);
    if (Object.keys(messages).length) return;
    // The key identifies one sign-up: kept while the values stay the same, new when they change.
    const signature = JSON.stringify(values);
    if (signature !== this.keyFor) [this.key, this.keyFor] = [newIdempotencyKey(), signature];
    const payload = (this.payload = buildPayload(values, {
      lang: this.language,
      idempotencyKey: this.key!,
      honeypot: String(data.get('website')),
      elapsedMs: performance.now() - this.shownAt,
    }));
    if (!this.dispatchEvent(new ItcSubscribeSubmitEvent(payload))) return;
    const url = httpUrl(this.action, document.baseURI);
    if (!url) {
      console.warn('itc-subscribe: set action to the sign-up endpoint (http or https)');
      return this.complete({ kind: 'failed', reason: 'config' });
    }
    this.phase = 'sending';
    const controller = (this.controller = new AbortController());
    const outcome = await sendSubscription(url, payload, this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT, controller.signal);
    this.controller = undefined;
    if (outcome) this.complete(outcome);
    else this.phase = 'idle';
  }
}
