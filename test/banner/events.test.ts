import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import sinon from 'sinon';
import { ItcStatusChangeEvent, ItcStatusErrorEvent } from '../../src/components/status-banner/events.js';
import type { ItcStatusBanner } from '../../src/components/status-banner/status-banner.component.js';
import { banner, disruption, sampleDocument, serve, statusDocument, tierpWindow, useStatusHost } from './helpers.js';

/** Refreshes every store that has polling duty (the data layer refetches on `online`). */
async function refresh(element: ItcStatusBanner) {
  window.dispatchEvent(new Event('online'));
  await element.updateComplete;
}

describe('<itc-status-banner> events', () => {
  useStatusHost();

  it('fires itc-status-change once per change of what it shows, bubbling out of shadow roots', async () => {
    let answer: object = sampleDocument();
    const src = serve(() => HttpResponse.json(answer));
    const events: ItcStatusChangeEvent[] = [];
    const listener = (event: ItcStatusChangeEvent) => events.push(event);
    document.addEventListener('itc-status-change', listener);
    try {
      const element = await banner(`src="${src}" municipality="tierp"`);
      expect(events).to.have.length(1);
      const [first] = events;
      expect(first).to.be.instanceOf(ItcStatusChangeEvent);
      expect(first.bubbles && first.composed).to.be.true;
      expect(first.detail.disruptions.map((d) => d.id)).to.deep.equal(['2022-10-27-driftstorning']);
      expect(first.detail.maintenance.map((m) => [m.window.id, m.state])).to.deep.equal([['2022-10-29-tierp', 'upcoming']]);

      // The same content again (a refresh, another render): no event.
      await refresh(element);
      element.requestUpdate();
      await element.updateComplete;
      expect(events).to.have.length(1);

      // Another municipality's window changes: nothing this element shows changed.
      answer = { ...sampleDocument(), maintenance: [tierpWindow(), tierpWindow({ id: 'heby', municipalities: ['heby'] })] };
      await refresh(element);
      expect(events).to.have.length(1);

      // The disruption ends: one event, with what is shown now.
      answer = statusDocument({ maintenance: [tierpWindow()] });
      await refresh(element);
      expect(events).to.have.length(2);
      expect(events[1].detail.disruptions).to.deep.equal([]);
      expect(events[1].detail.maintenance).to.have.length(1);
    } finally {
      document.removeEventListener('itc-status-change', listener);
    }
  });

  it('does not fire itc-status-change when there is nothing to show', async () => {
    const spy = sinon.spy();
    const host = await fixture<HTMLElement>(html`<div @itc-status-change=${spy}></div>`);
    host.innerHTML = `<itc-status-banner src="${serve(() => HttpResponse.json(statusDocument()))}"></itc-status-banner>`;
    await (host.firstElementChild as ItcStatusBanner).updateComplete;
    expect(spy.callCount).to.equal(0);
  });

  it('reports a changed disruption text as a change', async () => {
    let answer = statusDocument({ disruptions: [disruption()] });
    const element = await banner(`src="${serve(() => HttpResponse.json(answer))}"`);
    answer = statusDocument({ disruptions: [disruption({ updates: [{ at: '2022-10-27T11:00', message: 'Åtgärdat snart.' }] })] });
    const event = oneEvent(element, 'itc-status-change');
    await refresh(element);
    expect((await event).detail.disruptions[0].updates[0].message).to.equal('Åtgärdat snart.');
  });

  it('fires itc-status-error with the reason when loading fails, once per failed load', async () => {
    sinon.stub(console, 'warn');
    const spy = sinon.spy();
    document.addEventListener('itc-status-error', spy);
    try {
      const element = await banner(`src="${serve(() => new HttpResponse('nope', { status: 503 }))}"`);
      expect(spy.callCount).to.equal(1);
      const event = spy.firstCall.args[0] as ItcStatusErrorEvent;
      expect(event).to.be.instanceOf(ItcStatusErrorEvent);
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail.kind).to.equal('http');
      expect(event.detail.status).to.equal(503);
      element.requestUpdate();
      await element.updateComplete;
      expect(spy.callCount).to.equal(1);
    } finally {
      document.removeEventListener('itc-status-error', spy);
    }
  });

  it('fires itc-status-error with kind "version" for an unknown format version', async () => {
    sinon.stub(console, 'warn');
    const spy = sinon.spy();
    const host = await fixture<HTMLElement>(html`<div @itc-status-error=${spy}></div>`);
    host.innerHTML = `<itc-status-banner src="${serve(() => HttpResponse.json({ ...sampleDocument(), version: 2 }))}"></itc-status-banner>`;
    await (host.firstElementChild as ItcStatusBanner).updateComplete;
    expect(spy.callCount).to.equal(1);
    expect(spy.firstCall.args[0].detail.kind).to.equal('version');
  });
});
