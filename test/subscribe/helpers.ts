// Shared by the <itc-subscribe> browser tests: an msw endpoint that records what it receives,
// and small helpers to fill in and read the form in the element's shadow root.
import { setupWorker } from 'msw/browser';
import { http, type HttpResponseResolver } from 'msw';
import { fixture, html } from '@open-wc/testing';
import '../../src/define/itc-subscribe.js';
import type { ItcSubscribe } from '../../src/components/subscribe/subscribe.component.js';
import type { SubscribePayload } from '../../src/components/subscribe/send.js';

export const ENDPOINT = '/api/subscribe';

export const worker = setupWorker();

/** Starts msw before the file's tests and clears handlers after each. Call at the top of a file. */
export function useWorker(): void {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error', serviceWorker: { url: '/mockServiceWorker.js' } }));
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
}

export interface Received {
  body: SubscribePayload;
  contentType: string | null;
}

/** Answers POST ENDPOINT with `respond` (called with the request number, 0-based) and records every request. */
export function endpoint(respond: (index: number, body: SubscribePayload) => ReturnType<HttpResponseResolver>): Received[] {
  const received: Received[] = [];
  worker.use(
    http.post(ENDPOINT, async ({ request }) => {
      const body = (await request.json()) as SubscribePayload;
      received.push({ body, contentType: request.headers.get('Content-Type') });
      return respond(received.length - 1, body);
    }),
  );
  return received;
}

/** A fresh element with `action` pointing at the mocked endpoint (unless overridden by `attrs`). */
export async function mount(attrs: Record<string, string> = {}): Promise<ItcSubscribe> {
  const el = await fixture<ItcSubscribe>(html`<itc-subscribe action=${ENDPOINT}></itc-subscribe>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: ItcSubscribe, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLInputElement>(el: ItcSubscribe, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const emailInput = (el: ItcSubscribe) => $<HTMLInputElement>(el, '#email')!;
export const checkbox = (el: ItcSubscribe, name: string, value?: string) =>
  $<HTMLInputElement>(el, value ? `[name=${name}][value=${value}]` : `[name=${name}]`)!;
export const statusText = (el: ItcSubscribe) => $(el, '[role=status]')!.textContent!.trim();
export const summary = (el: ItcSubscribe) => $(el, '[part=error-summary]');

export interface FormInput {
  email?: string;
  topics?: string[];
  municipalities?: string[];
  consent?: boolean;
}

/** Fills in the form as a user would end up with it (defaults: a valid sign-up). */
export async function fill(el: ItcSubscribe, input: FormInput = {}): Promise<void> {
  const { email = 'anna.andersson@tierp.se', topics = ['operations'], municipalities = ['tierp'], consent = true } = input;
  emailInput(el).value = email;
  for (const box of $$(el, '[name=topics]')) box.checked = topics.includes(box.value);
  for (const box of $$(el, '[name=municipalities]')) box.checked = municipalities.includes(box.value);
  checkbox(el, 'consent').checked = consent;
}

/** Clicks the submit button (as a user would) and waits for the element to render. */
export async function submit(el: ItcSubscribe): Promise<void> {
  $<HTMLButtonElement>(el, 'button')!.click();
  await el.updateComplete;
}

/** The values the form currently holds. */
export const formValues = (el: ItcSubscribe) => ({
  email: emailInput(el).value,
  topics: $$(el, '[name=topics]:checked').map((box) => box.value),
  municipalities: $$(el, '[name=municipalities]:checked').map((box) => box.value),
  consent: checkbox(el, 'consent').checked,
});
