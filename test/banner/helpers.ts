// Shared set-up for the banner's browser tests: an msw worker standing in for the status host,
// documents built from IT-Centrum's real notice (2022-10-27…30), and a fixed "now" on that
// Thursday at noon, Stockholm time.
import { fixture, html } from '@open-wc/testing';
import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { setupWorker } from 'msw/browser';
import sinon from 'sinon';
// The elements a banner page uses (the bundle's entry also loads the form's part, which only a build makes).
import '../../src/define/itc-status-provider.js';
import '../../src/define/itc-status-banner.js';
import type { ItcStatusBanner } from '../../src/components/status-banner/status-banner.component.js';

/** Thursday 27 October 2022, 12.00 in Stockholm (summer time, +02:00). */
export const NOW = Date.parse('2022-10-27T12:00:00+02:00');

export const worker = setupWorker();
let started: Promise<unknown> | undefined;

/** The fake clock of the running test (see useStatusHost). */
export let clock: sinon.SinonFakeTimers;

/**
 * Starts msw once per page; for each test fakes `Date` (and whatever else `toFake` names) at NOW;
 * clears what tests leave behind.
 */
type FakeTimersConfig = Exclude<Parameters<typeof sinon.useFakeTimers>[0], number | Date | undefined>;

export function useStatusHost(toFake: FakeTimersConfig['toFake'] = ['Date']): void {
  before(() => (started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass' })));
  beforeEach(() => {
    localStorage.clear();
    clock = sinon.useFakeTimers({ now: NOW, toFake });
  });
  afterEach(() => {
    clock.restore();
    worker.resetHandlers();
    sinon.restore();
  });
}

let count = 0;
/** A fresh URL answered by `resolver` (stores are shared per `src`, so every test gets its own). */
export function serve(resolver: HttpResponseResolver): string {
  const url = `/status/${++count}.json`;
  worker.use(http.get(url, resolver));
  return url;
}

/** A URL that answers with `document` (a JSON value) every time. */
export const serveJson = (document: unknown) => serve(() => HttpResponse.json(document as object));

export const municipalities = [
  { id: 'heby', name: 'Heby' },
  { id: 'alvkarleby', name: 'Älvkarleby' },
  { id: 'knivsta', name: 'Knivsta' },
  { id: 'tierp', name: 'Tierp' },
  { id: 'osthammar', name: 'Östhammar' },
];

export const disruption = (fields: Record<string, unknown> = {}) => ({
  id: '2022-10-27-driftstorning',
  title: 'Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.',
  message:
    'Vi upplever just nu driftstörningar som kan påverka våra tjänsters tillgänglighet. Vi arbetar aktivt för att lösa problemet så snabbt som möjligt.',
  severity: 'major',
  systems: ['E-post', 'Treserva'],
  start: '2022-10-27T08:10',
  updates: [{ at: '2022-10-27T09:00', message: 'Felsökning pågår.' }],
  url: 'https://itcentrum.se/driftinfo/2022-10-27',
  ...fields,
});

export const tierpWindow = (fields: Record<string, unknown> = {}) => ({
  id: '2022-10-29-tierp',
  title: 'Servicefönster',
  municipalities: ['tierp'],
  start: '2022-10-29T10:00',
  end: '2022-10-29T20:00',
  description: 'Service och underhåll av kommunens IT-miljö.',
  systems: [
    { name: 'Personalsystemen', start: '2022-10-29T10:00', end: '2022-10-29T14:00' },
    { name: 'Tierpsbyggen', start: '2022-10-29T12:00', end: '2022-10-29T14:00' },
  ],
  support: 'Vid behov når du oss på ordinarie supporttelefonnummer kl. 10–16 under helgen.',
  url: 'https://itcentrum.se/servicefonster',
  ...fields,
});

export const alvkarlebyWindow = (fields: Record<string, unknown> = {}) => ({
  id: '2022-10-30-alvkarleby',
  title: 'Servicefönster',
  municipalities: ['alvkarleby'],
  start: '2022-10-30T10:00',
  end: '2022-10-30T20:00',
  systems: [
    { name: 'Treserva', start: '2022-10-30T10:00', end: '2022-10-30T13:00' },
    { name: 'TES', start: '2022-10-30T10:00', end: '2022-10-30T13:00' },
  ],
  support: 'Vid behov når du oss på ordinarie supporttelefonnummer kl. 10–16 under helgen.',
  ...fields,
});

/** A status document (format v1) with the given items. */
export const statusDocument = (items: { disruptions?: unknown[]; maintenance?: unknown[] } = {}) => ({
  version: 1,
  updated: '2022-10-27T11:45:00+02:00',
  timeZone: 'Europe/Stockholm',
  publisher: { name: 'IT-Centrum', url: 'https://itcentrum.se' },
  municipalities,
  disruptions: [],
  maintenance: [],
  ...items,
});

/** The sample: the disruption plus Tierp's and Älvkarleby's windows. */
export const sampleDocument = () =>
  statusDocument({ disruptions: [disruption()], maintenance: [tierpWindow(), alvkarlebyWindow()] });

/** A banner made from markup, as an editor writes it, after its document has loaded and rendered. */
export async function banner(attributes: string): Promise<ItcStatusBanner> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = `<itc-status-banner ${attributes}></itc-status-banner>`;
  const element = host.firstElementChild as ItcStatusBanner;
  await element.updateComplete;
  return element;
}

/** All the text the element renders (including text only screen readers get), whitespace collapsed. */
export const text = (element: Element) => (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
export const $ = (element: Element, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
