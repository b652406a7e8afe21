import { LitElement, html, nothing } from 'lit';
import type { Lang } from '../../core/types.js';
import { ItcSubscribeErrorEvent, ItcSubscribeSubmitEvent, ItcSubscribeSuccessEvent } from './events.js';
import { MUNICIPALITIES, httpUrl, parseMunicipalities, parseTopics, type Topic } from './options.js';
import { langOf, pageLang } from '../page-lang.js';
import { DEFAULT_TIMEOUT, buildPayload, newIdempotencyKey, sendSubscription, type SubscribeOutcome, type SubscribePayload } from './send.js';
import { strings } from './subscribe.strings.js';
import styles from './subscribe.styles.js';
import { FIELDS, validateSubscription, type Field } from './validate.js';

/**
 * Errors by field: the server's text, or the index of the form's own message in the strings'
 * `errors` (its field's index in FIELDS; 4 for an email address that cannot be one), so that
 * the form's own messages follow a change of language.
 */
type Errors = Partial<Record<Field, string | number>>;

/** Whether each attribute's value is usable (absent counts as usable); willUpdate warns about the others. */
const url = (value?: string) => !value || httpUrl(value);
const usable: Record<string, (value: never) => unknown> = {
  action: url,
  privacyUrl: url,
  termsUrl: url,
  lang: (value?: string) => !value || langOf(value),
  municipality: (value?: string) => !parseMunicipalities(value).unknown.length,
  topics: (value?: string) => !parseTopics(value).unknown.length,
  timeout: (value: number) => value > 0,
};

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

  // Internal state lives in private fields (shorter once minified); changes call requestUpdate().
  /** Errors by field, from the form's checks or from the server. */
  #errors: Errors = {};
  /** How the last sign-up ended (the status region says so); cleared by the next submit. */
  #outcome?: SubscribeOutcome;
  /** The request under way: while there is one, submitting again does nothing. */
  #request?: AbortController;
  /** The last payload built; its email goes into the thank-you text, its key into a retry. */
  #payload?: SubscribePayload;
  /** The values the last payload was built from: a retry of the same values reuses its idempotency key. */
  #sent = '';
  /** When the form appeared, for the payload's `elapsedMs`. */
  #shownAt = performance.now();

  constructor() {
    super();
    this.timeout = DEFAULT_TIMEOUT;
  }

  /**
   * Shows the result of a sign-up and fires `itc-subscribe-success` or `itc-subscribe-error`, as
   * after the element's own request. For pages that cancel `itc-subscribe-submit` and send the
   * payload themselves (`mapResponse` turns their `Response` into an outcome).
   */
  complete(outcome: SubscribeOutcome): void {
    const payload = this.#payload;
    const given: Errors = (outcome as { errors?: Errors }).errors ?? {};
    const errors: Errors = {};
    // An empty server message falls back to the form's own message for the field (the format one for the email address).
    FIELDS.forEach((field, i) => field in given && (errors[field] = given[field] || i || 4));
    this.#outcome = outcome;
    this.#show(errors, outcome.kind == 'success' ? '[role=status]' : '.s');
    this.dispatchEvent(
      outcome.kind == 'success' ? new ItcSubscribeSuccessEvent({ payload, status: outcome.status }) : new ItcSubscribeErrorEvent({ payload, outcome }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Quietly: the request resolves to nothing, so no event and no console error follow.
    this.#request?.abort();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    const self = this as unknown as Record<string, never>;
    const invalid = [...changed.keys()].filter((name) => !usable[name](self[name])).map((name) => `${name}="${self[name]}"`);
    if (invalid.length) console.warn('itc-subscribe: ignoring invalid', invalid.join('; '));
  }

  protected override render() {
    const lang = this.#lang;
    const [intro, emailLabel, topicsLegend, news, operations, municipalitiesLegend, [before, privacy, and, terms, after], newTab, submit, sendingText, summary, errorPrefix, messages, success, failed, wait] = strings[lang];
    const errors = this.#errors;
    const outcome = this.#outcome;
    const sending = !!this.#request;
    const done = outcome?.kind == 'success';
    const note = outcome?.kind == 'rate-limited' ? wait(outcome.retryAfter) : outcome?.kind == 'failed' ? failed : '';
    const invalid = (field: Field) => (field in errors ? 'true' : nothing);
    const describedBy = (field: Field) => (field in errors ? field + '-error' : nothing);
    const text = (field: Field) => (typeof errors[field] == 'number' ? messages[errors[field] as number] : errors[field]);
    const error = (field: Field) =>
      field in errors ? html`<p id="${field}-error" part="field-error" class="e"><span class="vh">${errorPrefix}</span>${text(field)}</p>` : '';
    // The two checkbox groups: one fieldset, legend, error and box per option.
    const group = (name: Field, legend: string, options: { id: string; name: string }[], preset: string[]) =>
      html`<fieldset class="g" aria-describedby=${describedBy(name)}><legend>${legend}</legend>${error(name)}${options.map(
        (option) =>
          html`<label class="c"><input type="checkbox" name=${name} value=${option.id} ?checked=${preset.includes(option.id)} aria-invalid=${invalid(name)}>${option.name}</label>`,
      )}</fieldset>`;
    // Links open in a new tab, so that reading the policy never loses what was typed.
    const link = (href: string | undefined, text: string) =>
      (href = httpUrl(href)) ? html`<a href=${href} target="_blank" rel="noopener">${text}<span class="vh">${newTab}</span></a>` : text;
    const listed = FIELDS.filter((field) => field in errors);

    // Templates are written without indentation: their whitespace would ship in the bundle.
    return html`<div part="base" lang=${lang}>${
      done
        ? ''
        : html`<form part="form" novalidate aria-busy=${sending} @submit=${this.#submit}>
<p part="intro">${intro}</p>
${listed[0] && html`<div part="error-summary" class="s" role="alert" tabindex="-1"><h2>${summary}</h2><ul>${listed.map(
  (field) => html`<li><a href="#${field}" @click=${this.#go}>${text(field)}</a></li>`,
)}</ul></div>`}
<div class="g"><label for="email">${emailLabel}</label>${error('email')}<input part="input" id="email" name="email" type="email" autocomplete="email" spellcheck="false" aria-invalid=${invalid('email')} aria-describedby=${describedBy('email')}></div>
${group('topics', topicsLegend, [{ id: 'news', name: news }, { id: 'operations', name: operations }], parseTopics(this.topics).ids)}
${group('municipalities', municipalitiesLegend, MUNICIPALITIES, parseMunicipalities(this.municipality).ids)}
<div class="g">${error('consent')}<label class="c"><input type="checkbox" id="consent" name="consent" aria-invalid=${invalid('consent')} aria-describedby=${describedBy('consent')}><span>${before}${link(this.privacyUrl, privacy)}${and}${link(this.termsUrl, terms)}${after}</span></label></div>
<div class="vh" aria-hidden="true"><input name="website" tabindex="-1" autocomplete="off"></div>
<button part="button" aria-disabled=${sending ? 'true' : nothing}>${submit}</button>
</form>`
    }<div part="status" class=${note ? 'n' : ''} role="status" tabindex="-1">${sending ? sendingText : done ? success(this.#payload?.email ?? '') : note}</div></div>`;
  }

  /** sv or en: the nearest `lang` (own, else the page's), else Swedish. */
  get #lang(): Lang {
    return pageLang(this) ?? 'sv';
  }

  /** Shows `errors` (none clears them), then focuses what `focus` selects, if it is there. */
  #show(errors: Errors, focus = '.s'): void {
    this.#errors = errors;
    this.requestUpdate();
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(focus)?.focus());
  }

  /** A summary link moves focus to its field (hash links cannot reach into a shadow root). */
  #go(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`[name=${(event.currentTarget as HTMLAnchorElement).hash.slice(1)}]`)!.focus();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // A second click or Enter while sending does nothing: exactly one request.
    if (this.#request) return;
    const data = new FormData(event.target as HTMLFormElement);
    const values = {
      email: data.get('email') as string,
      topics: data.getAll('topics') as Topic[],
      municipalities: data.getAll('municipalities') as string[],
      consent: data.has('consent'),
    };
    const codes = validateSubscription(values);
    const errors: Errors = {};
    FIELDS.forEach((field, i) => codes[field] && (errors[field] = codes[field] == 'format' ? 4 : i));
    this.#outcome = undefined;
    this.#show(errors);
    if (Object.keys(codes).length) return;
    // The key identifies one sign-up: kept while the values stay the same, new when they change.
    const signature = JSON.stringify(values);
    const payload = (this.#payload = buildPayload(values, {
      lang: this.#lang,
      idempotencyKey: signature == this.#sent ? this.#payload!.idempotencyKey : newIdempotencyKey(),
      honeypot: data.get('website') as string,
      elapsedMs: performance.now() - this.#shownAt,
    }));
    this.#sent = signature;
    if (!this.dispatchEvent(new ItcSubscribeSubmitEvent(payload))) return;
    const url = httpUrl(this.action);
    if (!url) {
      console.warn('itc-subscribe: action names no http(s) endpoint');
      return this.complete({ kind: 'failed', reason: 'config' });
    }
    const request = (this.#request = new AbortController());
    this.requestUpdate();
    const outcome = await sendSubscription(url, payload, this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT, request);
    this.#request = undefined;
    if (outcome) this.complete(outcome);
    else this.requestUpdate();
  }
}
