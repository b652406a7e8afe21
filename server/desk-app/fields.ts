/**
 * The desk's form fields, GOV.UK style: a label, a hint, the message beside the field (an error,
 * or the core's warning), and the error summary that links to each field.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';

export interface FieldOptions {
  /** id and name of the control. */
  id: string;
  label: string;
  value: string;
  hint?: string;
  /** The desk's own error (blocks adding to the draft). */
  error?: string;
  /** The core's finding on the draft (an error or a warning such as a time the clocks skip). */
  finding?: string;
  multiline?: boolean;
  /** A short field (times, dates). */
  narrow?: boolean;
  autocomplete?: string;
  onInput: (value: string) => void;
}

const describedBy = (o: FieldOptions) =>
  [o.hint && `${o.id}-hint`, o.error && `${o.id}-error`, o.finding && `${o.id}-finding`].filter(Boolean).join(' ') || nothing;

export function textField(o: FieldOptions) {
  const input = (event: Event) => o.onInput((event.target as HTMLInputElement).value);
  return html`<div class="field ${o.error ? 'field-invalid' : ''}">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="field-error" id="${o.id}-error">${o.error}</p>` : nothing}
    ${o.finding ? html`<p class="finding" id="${o.id}-finding">${o.finding}</p>` : nothing}
    ${o.multiline
      ? html`<textarea id=${o.id} name=${o.id} rows="4" aria-describedby=${describedBy(o)} aria-invalid=${o.error ? 'true' : nothing} .value=${live(o.value)} @input=${input}></textarea>`
      : html`<input id=${o.id} name=${o.id} type="text" class=${o.narrow ? 'narrow' : nothing} spellcheck=${o.narrow ? 'false' : nothing}
          autocomplete=${o.autocomplete ?? 'off'} aria-describedby=${describedBy(o)} aria-invalid=${o.error ? 'true' : nothing} .value=${live(o.value)} @input=${input}>`}
  </div>`;
}

export function checkboxGroup(o: {
  id: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  onChange: (checked: string[]) => void;
}) {
  const toggle = (value: string, on: boolean) => o.onChange(on ? [...o.checked, value] : o.checked.filter((v) => v !== value));
  return html`<fieldset id=${o.id} aria-describedby=${o.hint ? `${o.id}-hint` : nothing}>
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${o.options.map(
      (option) => html`<label><input type="checkbox" name=${o.id} value=${option.value} .checked=${live(o.checked.includes(option.value))}
        @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}>${option.label}</label>`,
    )}
  </fieldset>`;
}

/** The summary at the top of a form: a heading and a link to each field with an error. */
export function errorSummary(heading: string, errors: Record<string, string>) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return nothing;
  return html`<div class="error-summary" role="alert" tabindex="-1">
    <h3>${heading}</h3>
    <ul>
      ${entries.map(([field, message]) => html`<li><a href="#${field}" @click=${(event: Event) => focusField(event, field)}>${message}</a></li>`)}
    </ul>
  </div>`;
}

/** Follows a summary link to its field without changing the page's URL. */
function focusField(event: Event, id: string) {
  event.preventDefault();
  const field = document.getElementById(id);
  field?.scrollIntoView({ block: 'center' });
  (field?.matches('fieldset') ? field.querySelector('input') : field)?.focus();
}
