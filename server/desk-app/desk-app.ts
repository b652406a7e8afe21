import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { checkStatusDocument, formatDateTime, formatWindowTime, parseStatusDocument, type Lang } from 'itc-status/core';
import { deskApi, SignedOut, type PublishedVersion } from './desk-api.js';
import { applyChanges, documentText, withChange, emptyDocument, MUNICIPALITIES, type Change, type RawDisruption, type RawDocument, type RawWindow } from './draft.js';
import { checkboxGroup, errorSummary, textField } from './fields.js';
import {
  disruptionFormOf,
  disruptionFrom,
  findingsFor,
  municipalityNames,
  newDisruptionForm,
  newWindowForm,
  windowFormOf,
  windowFrom,
  type DisruptionForm,
  type FieldMessages,
  type Severity,
  type WindowForm,
} from './forms.js';
import { localNow, normalizeTime } from './local-time.js';
import { PreviewSource } from './preview-source.js';
import { savedDraft, saveDraft } from './saved-draft.js';
import { deskStrings } from './strings.js';

type Editing =
  | { kind: 'disruption'; form: DisruptionForm; existing?: RawDisruption }
  | { kind: 'window'; form: WindowForm; isNew: boolean }
  | { kind: 'update'; id: string; text: string; date: string; time: string };

type PublishOutcome =
  | { kind: 'published'; version: number; warnings: string[] }
  | { kind: 'conflict'; current: PublishedVersion & { body: string }; changes: string[] }
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'failed' };

const TIME_ZONE = 'Europe/Stockholm';
const SEVERITIES: Severity[] = ['critical', 'major', 'minor'];
/** Service windows however far ahead: the preview must not hide the one being written. */
const PREVIEW_HORIZON_DAYS = 3650;

/**
 * The publisher's desk: the current disruptions and service windows, forms to write them without
 * JSON, a live preview in the real `<itc-status-banner>`, publishing with `If-Match` (a conflict
 * overwrites nothing and lets the publisher reapply their changes), history with rollback, and
 * subscriber counts. Rendered into the page itself (light DOM), styled by the desk's style sheet.
 *
 * The draft is the published document with the publisher's changes applied (draft.ts); every
 * change passes the core's checks before it can be added, and again on the server when published.
 *
 * @summary IT-Centrum's publishing desk, served at /desk/ by the status host.
 */
export class ItcDesk extends LitElement {
  static override properties = {
    base: { state: true },
    changes: { state: true },
    editing: { state: true },
    formErrors: { state: true },
    message: { state: true },
    outcome: { state: true },
    delivery: { state: true },
    estimate: { state: true },
    versions: { state: true },
    versionDetails: { state: true },
    subscribers: { state: true },
    previewMunicipality: { state: true },
    previewLang: { state: true },
    previewEmpty: { state: true },
    signedOut: { state: true },
    loadFailed: { state: true },
    publishing: { state: true },
  };

  /** The published version the draft starts from; null: nothing published yet; undefined: loading. */
  declare private base?: (PublishedVersion & { body: string }) | null;
  declare private changes: Change[];
  declare private editing?: Editing;
  /** The desk's own errors of the open form, shown once the publisher tried to add it. */
  declare private formErrors: FieldMessages;
  /** What the last action did, read out by screen readers. */
  declare private message: string;
  declare private outcome?: PublishOutcome;
  declare private delivery?: string;
  declare private estimate?: string;
  declare private versions: PublishedVersion[];
  declare private versionDetails: Record<number, string[]>;
  declare private subscribers?: { confirmed: number; pending: number; byMunicipality: Record<string, Record<string, number>> };
  declare private previewMunicipality: string;
  declare private previewLang: Lang;
  /** Whether the preview's banner shows nothing (as it does when nothing concerns those staff). */
  declare private previewEmpty: boolean;
  declare private signedOut: boolean;
  declare private loadFailed: boolean;
  declare private publishing: boolean;

  readonly #preview = new PreviewSource();
  #holdSeconds = 60;
  /** The signed-in publisher's address: whose saved draft this is. */
  #publisher?: string;
  #estimateTimer?: ReturnType<typeof setTimeout>;
  #focusAfterRender?: string;

  constructor() {
    super();
    this.changes = [];
    this.formErrors = {};
    this.message = '';
    this.versions = [];
    this.versionDetails = {};
    this.previewMunicipality = '';
    this.previewLang = this.lang;
    this.previewEmpty = true;
    this.signedOut = false;
    this.loadFailed = false;
    this.publishing = false;
  }

  /** The page's language: the desk speaks it. */
  override get lang(): Lang {
    return document.documentElement.lang === 'en' ? 'en' : 'sv';
  }

  private get t() {
    return deskStrings(this.lang);
  }

  // The page's style sheets (pages.css, desk.css) style the desk: no shadow root.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#preview.release();
  }

  // —— Loading ——————————————————————————————————————————————————————————————

  /** Fetches the published document, the history and the counts. */
  private async load(): Promise<void> {
    await this.guard(async () => {
      const state = await deskApi.state(this.lang);
      this.#holdSeconds = state.body.holdSeconds;
      this.#publisher = state.body.publisher;
      this.base = state.body.current;
      const saved = savedDraft(state.body.publisher);
      if (saved.length > 0) {
        this.changes = saved;
        this.message = this.t.draftRestored;
      }
      await Promise.all([this.loadVersions(), this.loadSubscribers()]);
    });
  }

  private async loadVersions() {
    this.versions = (await deskApi.versions(this.lang)).body;
  }

  private async loadSubscribers() {
    this.subscribers = (await deskApi.subscribers(this.lang)).body;
  }

  /** Runs a request; a lost session or a failed request is said on screen, never lost silently. */
  private async guard(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (error instanceof SignedOut) this.signedOut = true;
      else if (this.base === undefined) this.loadFailed = true;
      else this.message = this.t.requestFailed;
    }
  }

  // —— The draft ————————————————————————————————————————————————————————————

  private get now() {
    return localNow(TIME_ZONE);
  }

  /** The published document, parsed once per version (changes never modify it: draft.ts). */
  #parsedBase?: { from: PublishedVersion & { body: string }; document: RawDocument };

  private get baseDocument(): RawDocument {
    if (!this.base) return emptyDocument(`${this.now.date}T${this.now.time}`);
    if (this.#parsedBase?.from !== this.base) this.#parsedBase = { from: this.base, document: JSON.parse(this.base.body) as RawDocument };
    return this.#parsedBase.document;
  }

  /** The published document with the publisher's changes. */
  private get draft(): RawDocument {
    return applyChanges(this.baseDocument, this.changes, `${this.now.date}T${this.now.time}`);
  }

  /** The draft with the open form's item in it, for the preview and the checks. */
  private get candidate(): { document: RawDocument; item?: RawDisruption | RawWindow; kind?: 'disruption' | 'window' } {
    const draft = this.draft;
    const editing = this.editing;
    if (editing?.kind === 'disruption') {
      const { item } = disruptionFrom(editing.form, this.lang, editing.existing);
      return { document: applyChanges(draft, [{ kind: 'put-disruption', item, isNew: !editing.existing }], draft.updated ?? ''), item, kind: 'disruption' };
    }
    if (editing?.kind === 'window') {
      const { item } = windowFrom(editing.form, this.lang);
      return { document: applyChanges(draft, [{ kind: 'put-window', item, isNew: editing.isNew }], draft.updated ?? ''), item, kind: 'window' };
    }
    return { document: draft };
  }

  private addChange(change: Change) {
    this.changes = withChange(this.changes, change);
    this.editing = undefined;
    this.formErrors = {};
    this.outcome = undefined;
    this.delivery = undefined;
    this.message = this.t.added;
    this.#focusAfterRender = '#draft-heading';
  }

  // —— Forms ————————————————————————————————————————————————————————————————

  private open(editing: Editing) {
    this.editing = editing;
    this.formErrors = {};
    this.#focusAfterRender = '#form-heading';
  }

  private closeForm() {
    this.editing = undefined;
    this.formErrors = {};
  }

  private updateForm<F extends DisruptionForm | WindowForm>(patch: Partial<F>) {
    const editing = this.editing;
    if (editing?.kind === 'disruption' || editing?.kind === 'window') this.editing = { ...editing, form: { ...editing.form, ...patch } } as Editing;
    this.clearErrors(Object.keys(patch));
  }

  /** A field's error goes once the publisher changes the field; the others stay until they do. */
  private clearErrors(fields: string[]) {
    if (!fields.some((field) => field in this.formErrors)) return;
    this.formErrors = Object.fromEntries(Object.entries(this.formErrors).filter(([field]) => !fields.includes(field)));
  }

  /** Adds the open form's item to the draft, or shows what keeps it from being added. */
  private submitForm(event: Event) {
    event.preventDefault();
    const editing = this.editing;
    if (!editing) return;
    if (editing.kind === 'update') return this.submitUpdate(editing);
    const { item, errors } = editing.kind === 'disruption' ? disruptionFrom(editing.form, this.lang, editing.existing) : windowFrom(editing.form, this.lang);
    const findings = findingsFor(this.draft, item, editing.kind, this.lang);
    // The core's errors block too; its warnings (a time the clocks skip) are shown and allowed.
    const blocking = { ...errors };
    if (!findings.usable) for (const [field, text] of Object.entries(findings.byField)) blocking[field] ??= text;
    if (Object.keys(blocking).length > 0 || !findings.usable) {
      this.formErrors = Object.keys(blocking).length > 0 ? blocking : { title: findings.other.join(' ') };
      this.#focusAfterRender = '.error-summary';
      return;
    }
    if (editing.kind === 'disruption') this.addChange({ kind: 'put-disruption', item: item as RawDisruption, isNew: !editing.existing });
    else this.addChange({ kind: 'put-window', item: item as RawWindow, isNew: editing.isNew });
  }

  private submitUpdate(editing: Extract<Editing, { kind: 'update' }>) {
    const errors: FieldMessages = {};
    const time = normalizeTime(editing.time);
    if (!editing.text.trim()) errors['update-text'] = this.t.errors.updateText;
    if (!time) errors['update-time'] = this.t.errors.time;
    if (Object.keys(errors).length > 0) {
      this.formErrors = errors;
      this.#focusAfterRender = '.error-summary';
      return;
    }
    this.addChange({ kind: 'add-update', id: editing.id, update: { at: `${editing.date}T${time}`, message: editing.text.trim() } });
  }

  // —— Publishing ———————————————————————————————————————————————————————————

  private async publish() {
    this.publishing = true;
    this.outcome = undefined;
    await this.guard(async () => {
      const { status, body } = await deskApi.publish(this.lang, documentText(this.draft), this.base?.etag ?? null);
      if (status === 200 && body.version !== undefined) {
        // The new base, the empty draft and the outcome in one update: the lists never show the
        // old version without the changes in between.
        const state = await deskApi.state(this.lang);
        this.base = state.body.current;
        this.changes = [];
        this.estimate = undefined;
        this.outcome = { kind: 'published', version: body.version, warnings: (body.warnings ?? []).map((w) => w.message) };
        await this.loadVersions();
        void this.followDelivery(body.version);
      } else if (status === 412 && body.current) {
        this.outcome = { kind: 'conflict', current: body.current, changes: body.changes ?? [] };
      } else if (status === 422) {
        this.outcome = { kind: 'invalid', errors: (body.errors ?? []).map((e) => e.message) };
      } else {
        this.outcome = { kind: 'failed' };
      }
    });
    this.publishing = false;
    this.#focusAfterRender = '#outcome';
  }

  /** Another publisher's version becomes the base; the publisher's changes are applied on top of it. */
  private reapply(current: PublishedVersion & { body: string }) {
    this.base = current;
    this.outcome = undefined;
    this.message = this.t.reapplied;
    this.#focusAfterRender = '#draft-heading';
    void this.loadVersions();
  }

  /** How many notices the version made, queued and sent: asked for a while after publishing. */
  private async followDelivery(version: number) {
    const until = Date.now() + (this.#holdSeconds + 120) * 1000;
    while (Date.now() < until && this.outcome?.kind === 'published' && this.outcome.version === version) {
      const { body } = await deskApi.delivery(this.lang, version);
      if (!body.made) this.delivery = this.t.deliveryWaiting(this.#holdSeconds);
      else if (body.notices === 0) return void (this.delivery = this.t.deliveryNone);
      else {
        this.delivery = this.t.delivery(body.queued, body.sent);
        if (body.sent >= body.queued) return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  private async restore(version: number) {
    await this.guard(async () => {
      const { body } = await deskApi.version(this.lang, version);
      this.addChange({ kind: 'restore', version, body: body.body });
      this.message = this.t.restored(version);
    });
  }

  private async showChanges(version: number) {
    await this.guard(async () => {
      const { body } = await deskApi.version(this.lang, version);
      this.versionDetails = { ...this.versionDetails, [version]: body.changes };
    });
  }

  /** Asks the server how many subscribers the draft would reach, a moment after the last change. */
  private scheduleEstimate() {
    clearTimeout(this.#estimateTimer);
    if (this.changes.length === 0) return void (this.estimate = undefined);
    const text = documentText(this.draft);
    this.#estimateTimer = setTimeout(() => {
      void this.guard(async () => {
        const { status, body } = await deskApi.estimate(this.lang, text);
        if (status !== 200) return void (this.estimate = undefined);
        const where = municipalityNames(body.municipalities, this.lang);
        this.estimate = body.changes === 0 ? this.t.noNotice : body.recipients === 0 ? this.t.noRecipients(where) : this.t.willNotify(body.recipients, where);
      });
    }, 300);
  }

  // —— Lifecycle ——————————————————————————————————————————————————————————————

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('changes' as keyof ItcDesk) || changed.has('base' as keyof ItcDesk)) this.scheduleEstimate();
    if (changed.has('changes' as keyof ItcDesk) && this.#publisher) saveDraft(this.#publisher, this.changes);
    if (this.base !== undefined) this.#preview.show(this.querySelector('itc-status-banner'), documentText(this.candidate.document));
    if (this.#focusAfterRender) {
      const target = this.querySelector<HTMLElement>(this.#focusAfterRender);
      this.#focusAfterRender = undefined;
      target?.focus();
    }
  }

  // —— Rendering ——————————————————————————————————————————————————————————————

  protected override render() {
    const t = this.t;
    if (this.signedOut) return html`<div class="notice" role="alert"><p>${t.signedOut}</p><p><a href=${this.lang === 'en' ? '/desk/?lang=en' : '/desk/'}>${t.signInAgain}</a></p></div>`;
    if (this.loadFailed) return html`<p class="notice" role="alert">${t.loadFailed}</p>`;
    if (this.base === undefined) return html`<p role="status">${t.loading}</p>`;
    return html`
      <p class="status-line" role="status">${this.message}</p>
      ${this.renderPublishedLine()}
      <div class="desk-columns">
        <div class="desk-work">
          ${this.renderDisruptions()} ${this.renderWindows()} ${this.renderForm()} ${this.renderDraft()}
        </div>
        ${this.renderPreview()}
      </div>
      ${this.renderHistory()} ${this.renderSubscribers()}
    `;
  }

  private time(iso: string) {
    return formatDateTime(Date.parse(iso), { lang: this.lang, timeZone: TIME_ZONE, now: Date.now() });
  }

  private renderPublishedLine() {
    const base = this.base;
    return html`<p class="published-line">${base ? this.t.publishedVersion(base.version, base.publishedBy, this.time(base.publishedAt)) : this.t.nothingPublished}</p>`;
  }

  /** The draft's items as staff will see them (normalised by the core), for the lists. */
  private get parsedDraft() {
    const result = parseStatusDocument(this.draft);
    return result.ok ? result.document : undefined;
  }

  private renderDisruptions() {
    const t = this.t;
    const now = Date.now();
    const raw = this.draft.disruptions ?? [];
    const active = (this.parsedDraft?.disruptions ?? []).filter((d) => d.end === undefined || d.end > now);
    return html`<section aria-labelledby="disruptions-heading">
      <h2 id="disruptions-heading">${t.disruptionsHeading}</h2>
      ${active.length === 0 ? html`<p>${t.noDisruptions}</p>` : nothing}
      <ul class="items">
        ${active.map((d) => {
          const item = raw.find((r) => r.id === d.id)!;
          return html`<li class="item item-${d.severity}">
            <h3 lang="sv">${d.title}</h3>
            <p>${municipalityNames(d.municipalities, this.lang)} · ${t.severities[d.severity]} · ${t.since} ${formatDateTime(d.start, { lang: this.lang, now })}</p>
            ${d.updates.length > 0 ? html`<p>${t.updates}: <span lang="sv">${d.updates[0]!.message}</span></p>` : nothing}
            <div class="actions">
              <button type="button" class="secondary" aria-label="${t.addUpdate}: ${d.title}"
                @click=${() => this.open({ kind: 'update', id: d.id, text: '', ...this.now })}>${t.addUpdate}</button>
              <button type="button" class="secondary" aria-label="${t.resolve}: ${d.title}"
                @click=${() => this.addChange({ kind: 'resolve', id: d.id, end: `${this.now.date}T${this.now.time}` })}>${t.resolve}</button>
              <button type="button" class="secondary" aria-label="${t.edit}: ${d.title}"
                @click=${() => this.open({ kind: 'disruption', form: disruptionFormOf(item), existing: item })}>${t.edit}</button>
            </div>
          </li>`;
        })}
      </ul>
      <button type="button" @click=${() => this.open({ kind: 'disruption', form: newDisruptionForm(this.now) })}>${t.newDisruption}</button>
    </section>`;
  }

  private renderWindows() {
    const t = this.t;
    const now = Date.now();
    const raw = this.draft.maintenance ?? [];
    const upcoming = (this.parsedDraft?.maintenance ?? []).filter((w) => w.end > now).sort((a, b) => a.start - b.start);
    return html`<section aria-labelledby="windows-heading">
      <h2 id="windows-heading">${t.windowsHeading}</h2>
      ${upcoming.length === 0 ? html`<p>${t.noWindows}</p>` : nothing}
      <ul class="items">
        ${upcoming.map((w) => {
          const item = raw.find((r) => r.id === w.id)!;
          return html`<li class="item">
            <h3 lang="sv">${w.title} – ${municipalityNames(w.municipalities, this.lang)}</h3>
            <p>${formatWindowTime(w.start, w.end, { lang: this.lang, now })}</p>
            ${w.systems.length > 0 ? html`<p lang="sv">${w.systems.map((s) => s.name).join(', ')}</p>` : nothing}
            <div class="actions">
              <button type="button" class="secondary" aria-label="${t.edit}: ${w.title}, ${municipalityNames(w.municipalities, this.lang)}"
                @click=${() => this.open({ kind: 'window', form: windowFormOf(item), isNew: false })}>${t.edit}</button>
              <button type="button" class="danger" aria-label="${t.cancelWindow}: ${w.title}, ${municipalityNames(w.municipalities, this.lang)}"
                @click=${() => this.addChange({ kind: 'cancel-window', id: w.id })}>${t.cancelWindow}</button>
            </div>
          </li>`;
        })}
      </ul>
      <button type="button" @click=${() => this.open({ kind: 'window', form: newWindowForm(this.now.date), isNew: true })}>${t.newWindow}</button>
    </section>`;
  }

  private renderForm() {
    const editing = this.editing;
    if (!editing) return nothing;
    const t = this.t;
    const heading =
      editing.kind === 'update' ? t.addUpdate : editing.kind === 'disruption' ? (editing.existing ? t.editDisruption : t.newDisruption) : editing.isNew ? t.newWindow : t.editWindow;
    const isNew = editing.kind === 'update' || (editing.kind === 'disruption' ? !editing.existing : editing.isNew);
    return html`<section class="form-section" aria-labelledby="form-heading">
      <h2 id="form-heading" tabindex="-1">${heading}</h2>
      <form novalidate @submit=${this.submitForm}>
        ${errorSummary(t.errorSummary, this.formErrors)}
        ${editing.kind === 'disruption' ? this.renderDisruptionFields(editing.form) : editing.kind === 'window' ? this.renderWindowFields(editing.form) : this.renderUpdateFields(editing)}
        <div class="actions">
          <button type="submit">${isNew ? t.addToDraft : t.saveToDraft}</button>
          <button type="button" class="secondary" @click=${this.closeForm}>${t.cancel}</button>
        </div>
      </form>
    </section>`;
  }

  /** The core's findings on the open form's item, by field. */
  private get liveFindings(): FieldMessages {
    const { item, kind } = this.candidate;
    return item && kind ? findingsFor(this.draft, item, kind, this.lang).byField : {};
  }

  private municipalityBoxes(checked: string[], onChange: (ids: string[]) => void) {
    const f = this.t.fields;
    return checkboxGroup({
      id: 'municipalities',
      legend: f.municipalities,
      hint: f.municipalitiesHint,
      options: MUNICIPALITIES.map((m) => ({ value: m.id, label: m.name })),
      checked,
      onChange,
    });
  }

  private renderDisruptionFields(form: DisruptionForm) {
    const f = this.t.fields;
    const errors = this.formErrors;
    const findings = this.liveFindings;
    const field = (id: keyof DisruptionForm & string, label: string, extra: Partial<Parameters<typeof textField>[0]> = {}) =>
      textField({ id, label, value: String(form[id] ?? ''), error: errors[id], finding: errors[id] ? undefined : findings[id], onInput: (value) => this.updateForm<DisruptionForm>({ [id]: value }), ...extra });
    return html`
      ${field('title', f.title)} ${field('message', f.message, { multiline: true })}
      ${this.municipalityBoxes(form.municipalities, (municipalities) => this.updateForm<DisruptionForm>({ municipalities }))}
      ${field('systems', f.systems, { hint: f.systemsHint })}
      <div class="field">
        <label for="severity">${f.severity}</label>
        <select id="severity" name="severity" @change=${(event: Event) => this.updateForm<DisruptionForm>({ severity: (event.target as HTMLSelectElement).value as Severity })}>
          ${SEVERITIES.map((s) => html`<option value=${s} ?selected=${form.severity === s}>${this.t.severities[s]}</option>`)}
        </select>
      </div>
      ${field('url', f.url, { hint: f.urlHint, autocomplete: 'url' })}
      <div class="field-row">${field('date', f.date, { hint: f.dateHint, narrow: true })} ${field('time', f.time, { hint: f.timeHint, narrow: true })}</div>
    `;
  }

  private renderWindowFields(form: WindowForm) {
    const f = this.t.fields;
    const errors = this.formErrors;
    const findings = this.liveFindings;
    const field = (id: string, label: string, value: string, onInput: (value: string) => void, extra: Partial<Parameters<typeof textField>[0]> = {}) =>
      textField({ id, label, value, error: errors[id], finding: errors[id] ? undefined : findings[id], onInput, ...extra });
    const own = (id: 'date' | 'from' | 'to' | 'title' | 'description' | 'support' | 'url', label: string, extra: Partial<Parameters<typeof textField>[0]> = {}) =>
      field(id, label, form[id], (value) => this.updateForm<WindowForm>({ [id]: value }), extra);
    const setRow = (i: number, patch: Partial<WindowForm['systems'][number]>) => {
      this.updateForm<WindowForm>({ systems: form.systems.map((row, j) => (j === i ? { ...row, ...patch } : row)) });
      this.clearErrors(Object.keys(patch).map((part) => `system-${i}-${part}`));
    };
    return html`
      ${this.municipalityBoxes(form.municipalities, (municipalities) => this.updateForm<WindowForm>({ municipalities }))}
      <div class="field-row">
        ${own('date', f.date, { hint: f.dateHint, narrow: true })} ${own('from', f.from, { hint: f.timeOfDayHint, narrow: true })}
        ${own('to', f.to, { hint: f.timeOfDayHint, narrow: true })}
      </div>
      ${own('title', f.title)} ${own('description', f.description, { multiline: true })}
      <fieldset class="system-rows">
        <legend>${f.systemRows}</legend>
        ${form.systems.map(
          (row, i) => html`<div class="field-row system-row">
            ${field(`system-${i}-name`, f.systemName, row.name, (name) => setRow(i, { name }))}
            ${field(`system-${i}-from`, f.from, row.from, (from) => setRow(i, { from }), { narrow: true })}
            ${field(`system-${i}-to`, f.to, row.to, (to) => setRow(i, { to }), { narrow: true })}
            <button type="button" class="secondary" @click=${() => this.updateForm<WindowForm>({ systems: form.systems.filter((_, j) => j !== i) })}>
              ${f.removeSystem(row.name)}
            </button>
          </div>`,
        )}
        <button type="button" class="secondary" @click=${() => {
          this.updateForm<WindowForm>({ systems: [...form.systems, { name: '', from: '', to: '' }] });
          this.#focusAfterRender = `#system-${form.systems.length}-name`;
        }}>${f.addSystem}</button>
      </fieldset>
      ${own('support', f.support, { multiline: true })} ${own('url', f.url, { hint: f.urlHint, autocomplete: 'url' })}
    `;
  }

  private renderUpdateFields(editing: Extract<Editing, { kind: 'update' }>) {
    const f = this.t.fields;
    const set = (patch: Partial<typeof editing>) => {
      this.editing = { ...editing, ...patch };
      this.clearErrors(Object.keys(patch).map((part) => `update-${part}`));
    };
    return html`
      ${textField({ id: 'update-text', label: f.updateText, value: editing.text, multiline: true, error: this.formErrors['update-text'], onInput: (text) => set({ text }) })}
      ${textField({ id: 'update-time', label: f.updateTime, value: editing.time, hint: f.timeOfDayHint, narrow: true, error: this.formErrors['update-time'], onInput: (time) => set({ time }) })}
    `;
  }

  /** A line of the draft's list; `draft` and `base` are the documents it is read against. */
  private describeChange(change: Change, draft: RawDocument, base: RawDocument): string {
    const c = this.t.change;
    const title = (id: string) => draft.disruptions?.find((d) => d.id === id)?.title ?? id;
    const cancelled = (id: string) => {
      const window = base.maintenance?.find((w) => w.id === id);
      return window ? `${window.title} (${municipalityNames(window.municipalities, this.lang)}, ${window.start.replace('T', ' ')}–${window.end.slice(11)})` : id;
    };
    switch (change.kind) {
      case 'put-disruption':
        return `${change.isNew ? c.newDisruption : c.editDisruption}: ${change.item.title} (${municipalityNames(change.item.municipalities, this.lang)})`;
      case 'add-update':
        return `${c.update}: ${title(change.id)} – ${change.update.message}`;
      case 'resolve':
        return `${c.resolve}: ${title(change.id)}`;
      case 'put-window':
        return `${change.isNew ? c.newWindow : c.editWindow}: ${change.item.title} (${municipalityNames(change.item.municipalities, this.lang)}, ${change.item.start.replace('T', ' ')}–${change.item.end.slice(11)})`;
      case 'cancel-window':
        return `${c.cancelWindow}: ${cancelled(change.id)}`;
      case 'restore':
        return c.restore(change.version);
    }
  }

  private renderDraft() {
    const t = this.t;
    const draft = this.draft;
    const base = this.baseDocument;
    const problems = this.changes.length > 0 ? checkStatusDocument(draft, { now: Date.now() }) : undefined;
    return html`<section aria-labelledby="draft-heading">
      <h2 id="draft-heading" tabindex="-1">${t.draftHeading}</h2>
      ${this.changes.length === 0 ? html`<p>${t.draftEmpty}</p>` : html`<ol class="changes">${this.changes.map((c) => html`<li>${this.describeChange(c, draft, base)}</li>`)}</ol>`}
      ${this.estimate ? html`<p class="estimate">${this.estimate}</p>` : nothing}
      ${problems && !problems.usable ? html`<p class="field-error">${t.otherProblems}</p>` : nothing}
      <div class="actions">
        <button type="button" ?disabled=${this.changes.length === 0 || this.publishing} aria-disabled=${this.changes.length === 0 ? 'true' : nothing} @click=${this.publish}>
          ${this.publishing ? t.publishing : t.publish}
        </button>
        ${this.changes.length > 0 ? html`<button type="button" class="secondary" @click=${() => ((this.changes = []), (this.outcome = undefined))}>${t.discard}</button>` : nothing}
      </div>
      ${this.renderOutcome()}
    </section>`;
  }

  private renderOutcome() {
    const outcome = this.outcome;
    const t = this.t;
    if (!outcome) return nothing;
    switch (outcome.kind) {
      case 'published':
        return html`<div id="outcome" class="notice" tabindex="-1" role="status">
          <p>${t.published(outcome.version)}</p>
          ${outcome.warnings.length > 0 ? html`<p>${t.warnings}</p><ul>${outcome.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : nothing}
          ${this.delivery ? html`<p class="delivery">${this.delivery}</p>` : nothing}
        </div>`;
      case 'conflict':
        return html`<div id="outcome" class="conflict" tabindex="-1" role="alert">
          <h3>${t.conflictHeading}</h3>
          <p>${t.conflict(outcome.current.publishedBy, this.time(outcome.current.publishedAt), outcome.current.version)}</p>
          ${outcome.changes.length > 0 ? html`<p>${t.conflictChanges}</p><ul>${outcome.changes.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
          <button type="button" @click=${() => this.reapply(outcome.current)}>${t.reapply}</button>
        </div>`;
      case 'invalid':
        return html`<div id="outcome" class="error-summary" tabindex="-1" role="alert"><h3>${t.invalid}</h3><ul>${outcome.errors.map((e) => html`<li>${e}</li>`)}</ul></div>`;
      case 'failed':
        return html`<p id="outcome" class="field-error" tabindex="-1" role="alert">${t.failed}</p>`;
    }
  }

  private renderPreview() {
    const t = this.t;
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t.previewHeading}</h2>
      <p>${t.previewIntro}</p>
      <div class="field-row">
        <div class="field">
          <label for="preview-municipality">${t.previewMunicipality}</label>
          <select id="preview-municipality" @change=${(event: Event) => (this.previewMunicipality = (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.previewMunicipality === ''}>${t.allMunicipalities}</option>
            ${MUNICIPALITIES.map((m) => html`<option value=${m.id} ?selected=${this.previewMunicipality === m.id}>${m.name}</option>`)}
          </select>
        </div>
        <fieldset class="inline">
          <legend>${t.previewLang}</legend>
          ${(['sv', 'en'] as const).map(
            (lang) => html`<label><input type="radio" name="preview-lang" value=${lang} .checked=${this.previewLang === lang}
              @change=${() => (this.previewLang = lang)}>${lang === 'sv' ? 'Svenska' : 'English'}</label>`,
          )}
        </fieldset>
      </div>
      <div class="preview-frame">
        <itc-status-banner municipality=${this.previewMunicipality || nothing} lang=${this.previewLang} horizon-days=${PREVIEW_HORIZON_DAYS} max="50"
          @itc-status-change=${(event: CustomEvent<{ disruptions: unknown[]; maintenance: unknown[] }>) =>
            (this.previewEmpty = event.detail.disruptions.length + event.detail.maintenance.length === 0)}></itc-status-banner>
        ${this.previewEmpty ? html`<p class="hint">${t.previewNothing}</p>` : nothing}
      </div>
    </section>`;
  }

  private renderHistory() {
    const t = this.t;
    return html`<section aria-labelledby="history-heading">
      <h2 id="history-heading">${t.historyHeading}</h2>
      ${this.versions.length === 0
        ? html`<p>${t.historyEmpty}</p>`
        : html`<ol class="versions" reversed>
            ${this.versions.map(
              (v) => html`<li>
                <h3>${t.version} ${v.version}</h3>
                <p>${t.publishedAt} ${this.time(v.publishedAt)}, ${t.publishedBy.toLowerCase()} ${v.publishedBy}</p>
                ${this.versionDetails[v.version]
                  ? html`<ul class="version-changes">${this.versionDetails[v.version]!.map((line) => html`<li>${line}</li>`)}</ul>`
                  : nothing}
                <div class="actions">
                  ${this.versionDetails[v.version]
                    ? nothing
                    : html`<button type="button" class="secondary" @click=${() => this.showChanges(v.version)}>${t.showChanges(v.version)}</button>`}
                  ${v.version !== this.base?.version
                    ? html`<button type="button" class="secondary" @click=${() => this.restore(v.version)}>${t.restore}<span class="vh"> (${t.version.toLowerCase()} ${v.version})</span></button>`
                    : nothing}
                </div>
              </li>`,
            )}
          </ol>`}
    </section>`;
  }

  private renderSubscribers() {
    const t = this.t;
    const s = this.subscribers;
    if (!s) return nothing;
    return html`<section aria-labelledby="subscribers-heading">
      <h2 id="subscribers-heading">${t.subscribersHeading}</h2>
      <p>${t.subscribersIntro}</p>
      <p>${t.confirmed(s.confirmed, s.pending)}</p>
      <table>
        <thead><tr><th scope="col">${t.municipality}</th><th scope="col">${t.topics.operations}</th><th scope="col">${t.topics.news}</th></tr></thead>
        <tbody>
          ${MUNICIPALITIES.map((m) => html`<tr><th scope="row">${m.name}</th><td>${s.byMunicipality[m.id]?.operations ?? 0}</td><td>${s.byMunicipality[m.id]?.news ?? 0}</td></tr>`)}
        </tbody>
      </table>
    </section>`;
  }
}
