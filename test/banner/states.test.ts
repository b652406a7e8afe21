import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import sinon from 'sinon';
import type { ItcStatusBanner } from '../../src/components/status-banner/status-banner.component.js';
import {
  $,
  $$,
  alvkarlebyWindow,
  banner,
  clock,
  disruption,
  sampleDocument,
  serve,
  serveJson,
  statusDocument,
  text,
  tierpWindow,
  useStatusHost,
} from './helpers.js';

/** True when the element takes no space on the page. */
const takesNoSpace = (element: HTMLElement) => {
  const { width, height } = element.getBoundingClientRect();
  return height === 0 || width === 0;
};

describe('<itc-status-banner> states', () => {
  useStatusHost();

  it('shows nothing, and takes no space, while the first document loads', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const src = serve(async () => {
      await released;
      return HttpResponse.json(sampleDocument());
    });
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<itc-status-banner src="${src}" municipality="tierp"></itc-status-banner>`;
    const element = host.firstElementChild as ItcStatusBanner;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(takesNoSpace(element)).to.be.true;
    expect(text(element)).to.equal('');
    release();
    await element.updateComplete;
    expect(takesNoSpace(element)).to.be.false;
    expect(text(element)).to.contain('Just nu har vi driftstörningar');
  });

  it('shows an active disruption as a labelled region with severity, message, systems, since, latest update and link', async () => {
    const element = await banner(`src="${serveJson(sampleDocument())}" municipality="tierp"`);
    const region = $(element, 'section[part="banner"]')!;
    expect($(element, `#${region.getAttribute('aria-labelledby')}`)!.textContent).to.equal('Driftstörningar');
    const item = $(element, '[part~="disruption"]')!;
    expect(item.getAttribute('part')).to.equal('disruption disruption-major');
    const title = item.querySelector('h3')!;
    expect(title.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Störning: Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.',
    );
    const itemText = item.textContent!.replace(/\s+/g, ' ');
    expect(itemText).to.contain('sedan i dag kl. 08.10');
    expect(itemText).to.contain('Vi upplever just nu driftstörningar');
    expect(itemText).to.contain('Berörda system: E-post, Treserva');
    expect(itemText).to.contain('Senaste uppdatering kl. 09.00: Felsökning pågår.');
    const time = item.querySelector('time')!;
    expect(time.dateTime).to.equal('2022-10-27T07:00:00.000Z');
    const link = item.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal('https://itcentrum.se/driftinfo/2022-10-27');
    expect(link.target).to.equal('');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Läs mer: Just nu har vi/);
  });

  it('shows several disruptions most severe first, severity in words and not only colour', async () => {
    const element = await banner(
      `src="${serveJson(
        statusDocument({
          disruptions: [
            disruption({ id: 'a', title: 'Skrivare', severity: 'minor', start: '2022-10-27T09:00' }),
            disruption({ id: 'b', title: 'E-post', severity: 'critical', start: '2022-10-27T07:00' }),
            disruption({ id: 'c', title: 'Treserva', severity: 'major', start: '2022-10-27T08:00' }),
          ],
        }),
      )}"`,
    );
    const headings = $$(element, '[part~="disruption"] h3').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(headings).to.deep.equal([
      'Allvarlig störning: E-post',
      'Störning: Treserva',
      'Mindre störning: Skrivare',
    ]);
    const colours = $$(element, '[part~="disruption"]').map((d) => getComputedStyle(d).backgroundColor);
    expect(new Set(colours).size).to.equal(3);
  });

  it('shows service windows as a list of cards with time, municipality, sub-windows and support line', async () => {
    const element = await banner(`src="${serveJson(statusDocument({ maintenance: [tierpWindow()] }))}" municipality="tierp"`);
    const region = $(element, 'section[part="windows"]')!;
    expect($(element, `#${region.getAttribute('aria-labelledby')}`)!.textContent).to.equal('Planerade servicefönster');
    const cards = $$(element, 'ul[part="cards"] > li[part~="card"]');
    expect(cards).to.have.length(1);
    const card = cards[0];
    expect(card.querySelector('h3')!.textContent!.replace(/\s+/g, ' ')).to.equal('Servicefönster, Tierp');
    const time = card.querySelector('time')!;
    expect(time.dateTime).to.equal('2022-10-29T08:00:00.000Z');
    expect(time.textContent).to.contain('lördag 29 oktober kl. 10.00–20.00');
    const subWindows = [...card.querySelectorAll('.systems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(subWindows).to.deep.equal(['Personalsystemen kl. 10–14', 'Tierpsbyggen kl. 12–14']);
    expect(card.textContent).to.contain('ordinarie supporttelefonnummer kl. 10–16');
    expect(card.querySelector<HTMLAnchorElement>('a[part="link"]')!.href).to.equal('https://itcentrum.se/servicefonster');
    expect(card.textContent).not.to.contain('Pågår nu');
    expect($(element, '[part~="banner"]')).to.equal(null);
  });

  it('marks an ongoing window "Pågår nu", with its sub-windows\' own states', async () => {
    const element = await banner(
      `src="${serveJson(
        statusDocument({
          maintenance: [
            tierpWindow({
              start: '2022-10-27T10:00',
              end: '2022-10-27T20:00',
              systems: [
                { name: 'Personalsystemen', start: '2022-10-27T10:00', end: '2022-10-27T11:00' },
                { name: 'Tierpsbyggen', start: '2022-10-27T11:30', end: '2022-10-27T14:00' },
                { name: 'Lönesystemet', start: '2022-10-27T15:00', end: '2022-10-27T16:00' },
              ],
            }),
          ],
        }),
      )}"`,
    );
    const card = $(element, 'li[part~="card"]')!;
    expect(card.getAttribute('part')).to.equal('card card-ongoing');
    expect($(element, '[part="badge"]')!.textContent).to.equal('Pågår nu');
    const subWindows = [...card.querySelectorAll('.systems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(subWindows).to.deep.equal([
      'Personalsystemen kl. 10–11 (avslutat)',
      'Tierpsbyggen kl. 11.30–14 (pågår nu)',
      'Lönesystemet kl. 15–16',
    ]);
  });

  it('shows nothing at all when nothing concerns the municipality', async () => {
    const element = await banner(
      `src="${serveJson(statusDocument({ maintenance: [alvkarlebyWindow()] }))}" municipality="tierp"`,
    );
    expect(takesNoSpace(element)).to.be.true;
    expect($$(element, 'section, p, ul')).to.have.length(0);
  });

  it('shows the neutral notice, never "no disruptions", when the first load fails', async () => {
    const warn = sinon.stub(console, 'warn');
    const element = await banner(`src="${serve(() => new HttpResponse('Service Unavailable', { status: 503 }))}"`);
    const notice = $(element, '[part="notice"]')!;
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Driftinformationen kan inte visas just nu.');
    expect(notice.querySelector('a')).to.equal(null);
    expect(text(element)).not.to.match(/inga störningar/i);
    expect(warn.callCount).to.equal(1);
  });

  for (const [name, body, type] of [
    ['not JSON (an HTML error page)', '<!doctype html><title>Fel</title>', 'text/html'],
    ['a version we do not know', JSON.stringify({ ...sampleDocument(), version: 2 }), 'application/json'],
    ['not a status document', '[1, 2, 3]', 'application/json'],
  ] as const) {
    it(`shows the neutral notice and nothing of the document when it is ${name}`, async () => {
      sinon.stub(console, 'warn');
      const element = await banner(`src="${serve(() => new HttpResponse(body, { headers: { 'Content-Type': type } }))}"`);
      expect($(element, '[part="notice"]')).to.exist;
      expect($(element, 'section')).to.equal(null);
      expect(text(element)).not.to.contain('Just nu har vi');
    });
  }

  it('keeps the last good information, marked "kunde inte uppdateras", when a refresh fails', async () => {
    const warn = sinon.stub(console, 'warn');
    let up = true;
    const src = serve(() => (up ? HttpResponse.json(sampleDocument()) : HttpResponse.error()));
    const element = await banner(`src="${src}" municipality="tierp"`);
    expect($(element, '[part="stale"]')).to.equal(null);
    up = false;
    clock.tick(5 * 60_000);
    window.dispatchEvent(new Event('online'));
    await element.updateComplete;
    expect($(element, '[part="stale"]')!.textContent).to.equal('Senast uppdaterad kl. 12.00 — kunde inte uppdateras');
    expect(text(element)).to.contain('Just nu har vi driftstörningar');
    expect($$(element, 'li[part~="card"]')).to.have.length(1);
    expect(warn.callCount).to.equal(1);
  });

  it('links the neutral notice to the publisher once the last good document is too old to show', async () => {
    sinon.stub(console, 'warn');
    let up = true;
    const src = serve(() => (up ? HttpResponse.json(sampleDocument()) : new HttpResponse(null, { status: 500 })));
    const element = await banner(`src="${src}" max-age="3600"`);
    up = false;
    clock.tick(2 * 3600_000);
    window.dispatchEvent(new Event('online'));
    await element.updateComplete;
    const notice = $(element, '[part="notice"]')!;
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Driftinformationen kan inte visas just nu. Gå till itcentrum.se',
    );
    expect(notice.querySelector('a')!.href).to.equal('https://itcentrum.se/');
    expect(text(element)).not.to.contain('Just nu har vi');
  });

  it('says when the last good information is from an earlier day, and speaks English when asked', async () => {
    sinon.stub(console, 'warn');
    let up = true;
    const src = serve(() => (up ? HttpResponse.json(sampleDocument()) : HttpResponse.error()));
    const swedish = await banner(`src="${src}"`);
    const english = await banner(`src="${src}" lang="en"`);
    up = false;
    clock.tick(3_600_000);
    window.dispatchEvent(new Event('online'));
    await swedish.updateComplete;
    await english.updateComplete;
    expect($(english, '[part="stale"]')!.textContent).to.equal('Last updated 12:00 — could not be refreshed');
    clock.tick(20 * 3_600_000);
    swedish.requestUpdate();
    await swedish.updateComplete;
    expect($(swedish, '[part="stale"]')!.textContent).to.equal(
      'Senast uppdaterad i går, torsdag 27 oktober kl. 12.00 — kunde inte uppdateras',
    );
  });

  it('gives the latest update its date when it is not from today', async () => {
    const element = await banner(
      `src="${serveJson(
        statusDocument({
          disruptions: [
            disruption({ start: '2022-10-26T15:00', updates: [{ at: '2022-10-26T16:30', message: 'Leverantören felsöker.' }] }),
          ],
        }),
      )}"`,
    );
    const item = $(element, '[part~="disruption"]')!.textContent!.replace(/\s+/g, ' ');
    expect(item).to.contain('sedan i går kl. 15.00');
    expect(item).to.contain('Senaste uppdatering i går, onsdag 26 oktober kl. 16.30: Leverantören felsöker.');
  });

  it('speaks English in the neutral notice when asked', async () => {
    sinon.stub(console, 'warn');
    const element = await banner(`src="${serve(() => HttpResponse.error())}" lang="en"`);
    expect($(element, '[part="notice"]')!.textContent!.trim()).to.equal(
      'Operational information cannot be shown right now.',
    );
  });

  it('takes the document from an <itc-status-provider> around it when it has no src', async () => {
    const warn = sinon.stub(console, 'warn');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<itc-status-provider src="${serveJson(sampleDocument())}"><p><itc-status-banner municipality="Älvkarleby"></itc-status-banner></p></itc-status-provider>`;
    const provider = host.firstElementChild as HTMLElement & { complete: Promise<void>; updateComplete: Promise<boolean> };
    const element = host.querySelector('itc-status-banner') as ItcStatusBanner;
    await provider.complete;
    await provider.updateComplete;
    await element.updateComplete;
    expect($$(element, 'li[part~="card"] h3').map((h) => h.textContent!.replace(/\s+/g, ' '))).to.deep.equal([
      'Servicefönster, Älvkarleby',
    ]);
    expect(warn.callCount).to.equal(0);
  });

  it('warns when it has neither src nor a provider, and shows nothing', async () => {
    const warn = sinon.stub(console, 'warn');
    const element = await banner('municipality="tierp"');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('needs src');
    expect(takesNoSpace(element)).to.be.true;
  });
});
