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

const cardHeadings = (element: Element) =>
  $$(element, 'li[part~="card"] h3').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());

/** Five windows for Tierp on the coming days. */
const fiveWindows = () =>
  statusDocument({
    maintenance: [1, 2, 3, 4, 5].map((n) =>
      tierpWindow({
        id: `w${n}`,
        title: `Servicefönster ${n}`,
        start: `2022-11-0${n}T18:00`,
        end: `2022-11-0${n}T20:00`,
        systems: [],
      }),
    ),
  });

describe('<itc-status-banner> attributes', () => {
  useStatusHost();

  describe('municipality', () => {
    const doc = () =>
      statusDocument({
        disruptions: [disruption({ municipalities: [] })],
        maintenance: [tierpWindow(), alvkarlebyWindow()],
      });

    for (const [value, expected] of [
      ['tierp', ['Servicefönster, Tierp']],
      ['Älvkarleby', ['Servicefönster, Älvkarleby']],
      ['ALVKARLEBY', ['Servicefönster, Älvkarleby']],
      ['alvkarleby, Tierp', ['Servicefönster, Tierp', 'Servicefönster, Älvkarleby']],
      ['heby', []],
    ] as const) {
      it(`municipality="${value}" shows its own windows and the disruptions for everyone`, async () => {
        const element = await banner(`src="${serveJson(doc())}" municipality="${value}"`);
        expect(cardHeadings(element)).to.deep.equal(expected);
        expect($$(element, '[part~="disruption"]')).to.have.length(1);
      });
    }

    it('without municipality shows every municipality', async () => {
      const element = await banner(`src="${serveJson(doc())}"`);
      expect(cardHeadings(element)).to.deep.equal(['Servicefönster, Tierp', 'Servicefönster, Älvkarleby']);
    });

    it('hides a disruption that concerns only other municipalities', async () => {
      const element = await banner(
        `src="${serveJson(statusDocument({ disruptions: [disruption({ municipalities: ['heby'] })] }))}" municipality="tierp"`,
      );
      expect($$(element, '[part~="disruption"]')).to.have.length(0);
    });

    it('warns about an unknown name once and then shows every municipality', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await banner(`src="${serveJson(doc())}" municipality="Uppsala"`);
      expect(cardHeadings(element)).to.have.length(2);
      element.requestUpdate();
      await element.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('Uppsala');
    });

    it('follows a changed property', async () => {
      const element = await banner(`src="${serveJson(doc())}" municipality="tierp"`);
      element.municipality = 'alvkarleby';
      await element.updateComplete;
      expect(cardHeadings(element)).to.deep.equal(['Servicefönster, Älvkarleby']);
    });
  });

  describe('show', () => {
    for (const [value, disruptions, cards] of [
      ['all', 1, 1],
      ['disruptions', 1, 0],
      ['maintenance', 0, 1],
    ] as const) {
      it(`show="${value}"`, async () => {
        const element = await banner(`src="${serveJson(sampleDocument())}" municipality="tierp" show="${value}"`);
        expect($$(element, '[part~="disruption"]')).to.have.length(disruptions);
        expect($$(element, 'li[part~="card"]')).to.have.length(cards);
        expect(element.show).to.equal(value);
      });
    }

    it('an invalid value warns and shows all', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await banner(`src="${serveJson(sampleDocument())}" municipality="tierp" show="alerts"`);
      expect($$(element, '[part~="disruption"]')).to.have.length(1);
      expect($$(element, 'li[part~="card"]')).to.have.length(1);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('show="alerts"');
    });
  });

  describe('max', () => {
    it('shows 3 cards by default and "Visa alla (5)" for the rest', async () => {
      const element = await banner(`src="${serveJson(fiveWindows())}"`);
      expect(element.max).to.equal(3);
      expect($$(element, 'li[part~="card"]')).to.have.length(3);
      const button = $(element, 'button[part="show-all"]')!;
      expect(button.textContent!.trim()).to.equal('Visa alla (5)');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('cards');
      button.click();
      await element.updateComplete;
      expect($$(element, 'li[part~="card"]')).to.have.length(5);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Visa färre');
    });

    it('max="5" shows all five and no button', async () => {
      const element = await banner(`src="${serveJson(fiveWindows())}" max="5"`);
      expect($$(element, 'li[part~="card"]')).to.have.length(5);
      expect($(element, 'button[part="show-all"]')).to.equal(null);
    });

    it('max="1" shows one card', async () => {
      const element = await banner(`src="${serveJson(fiveWindows())}" max="1"`);
      expect(cardHeadings(element)).to.deep.equal(['Servicefönster 1, Tierp']);
    });

    for (const value of ['0', '-2', '2.5', 'många']) {
      it(`max="${value}" warns and uses 3`, async () => {
        const warn = sinon.stub(console, 'warn');
        const element = await banner(`src="${serveJson(fiveWindows())}" max="${value}"`);
        expect($$(element, 'li[part~="card"]')).to.have.length(3);
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('max=');
      });
    }
  });

  describe('horizon-days', () => {
    const doc = () =>
      statusDocument({
        maintenance: [tierpWindow(), tierpWindow({ id: 'later', title: 'Senare', start: '2022-11-17T10:00', end: '2022-11-17T12:00', systems: [] })],
      });

    it('shows windows that start within 14 days by default', async () => {
      const element = await banner(`src="${serveJson(doc())}"`);
      expect(cardHeadings(element)).to.deep.equal(['Servicefönster, Tierp']);
    });

    it('horizon-days="30" shows windows further ahead', async () => {
      const element = await banner(`src="${serveJson(doc())}" horizon-days="30"`);
      expect(cardHeadings(element)).to.deep.equal(['Servicefönster, Tierp', 'Senare, Tierp']);
    });

    it('horizon-days="1" shows only what starts within a day', async () => {
      const element = await banner(`src="${serveJson(doc())}" horizon-days="1"`);
      expect(cardHeadings(element)).to.deep.equal([]);
    });

    it('an invalid value warns and uses 14', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await banner(`src="${serveJson(doc())}" horizon-days="soon"`);
      expect(cardHeadings(element)).to.deep.equal(['Servicefönster, Tierp']);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('horizon-days=');
    });
  });

  describe('poll-interval and max-age', () => {
    it('are properties handed to the data layer, which warns about an invalid value and uses its default', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await banner(`src="${serveJson(sampleDocument())}" poll-interval="soon" max-age="7200"`);
      expect(element.pollInterval).to.be.NaN;
      expect(element.maxAge).to.equal(7200);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('poll-interval="NaN"');
      expect($$(element, 'li[part~="card"]')).to.have.length(2);
    });
  });

  describe('max-age', () => {
    async function staleAfter(hours: number, attributes: string) {
      let up = true;
      const src = serve(() => (up ? HttpResponse.json(sampleDocument()) : HttpResponse.error()));
      const element = await banner(`src="${src}" ${attributes}`);
      up = false;
      clock.tick(hours * 3_600_000);
      window.dispatchEvent(new Event('online'));
      await element.updateComplete;
      return element;
    }

    it('max-age="3600": after an hour without refresh, the notice instead of old information', async () => {
      sinon.stub(console, 'warn');
      const element = await staleAfter(2, 'max-age="3600"');
      expect($(element, '[part="notice"]')).to.exist;
      expect($(element, 'section')).to.equal(null);
    });

    it('an invalid max-age warns and keeps the default of a day', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await staleAfter(2, 'max-age="-1"');
      expect($(element, '[part="stale"]')).to.exist;
      expect($(element, '[part~="disruption"]')).to.exist;
      expect(warn.args.map((args) => String(args[0])).join('\n')).to.contain('max-age="-1" is not valid');
    });
  });

  describe('src', () => {
    it('switches to another document when src changes', async () => {
      const element = await banner(`src="${serveJson(sampleDocument())}" municipality="tierp"`);
      element.src = serveJson(statusDocument());
      await element.updateComplete;
      expect(text(element)).to.equal('');
    });
  });

  describe('lang', () => {
    it('speaks Swedish by default, with the document text marked lang="sv"', async () => {
      const element = await banner(`src="${serveJson(sampleDocument())}" municipality="tierp"`);
      expect($(element, '.root')!.lang).to.equal('sv');
      expect(text(element)).to.contain('Planerade servicefönster');
    });

    it('lang="en" speaks English; the Swedish content stays marked lang="sv"', async () => {
      const element = await banner(`src="${serveJson(sampleDocument())}" municipality="tierp" lang="en"`);
      expect($(element, '.root')!.lang).to.equal('en');
      const all = text(element);
      expect(all).to.contain('Disruption');
      expect(all).to.contain('Planned service windows');
      expect(all).to.contain('Affected systems');
      expect(all).to.contain('Saturday 29 October');
      expect(all).not.to.contain('Berörda system');
      const title = $(element, '[part~="disruption"] h3 [lang="sv"]')!;
      expect(title.textContent).to.equal('Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.');
      expect($(element, 'li[part~="card"] h3')!.lang).to.equal('sv');
    });

    it('takes the nearest lang of the page when it has none (en-GB → English)', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="en-GB"><section></section></div>`);
      host.firstElementChild!.innerHTML = `<itc-status-banner src="${serveJson(sampleDocument())}"></itc-status-banner>`;
      const element = host.querySelector('itc-status-banner') as ItcStatusBanner;
      await element.updateComplete;
      expect($(element, '.root')!.lang).to.equal('en');
    });

    it('takes Swedish when the page speaks another language', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="de"></div>`);
      host.innerHTML = `<itc-status-banner src="${serveJson(sampleDocument())}"></itc-status-banner>`;
      const element = host.firstElementChild as ItcStatusBanner;
      await element.updateComplete;
      expect($(element, '.root')!.lang).to.equal('sv');
    });

    it('its own lang wins over the page', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      host.innerHTML = `<itc-status-banner lang="sv" src="${serveJson(sampleDocument())}"></itc-status-banner>`;
      const element = host.firstElementChild as ItcStatusBanner;
      await element.updateComplete;
      expect($(element, '.root')!.lang).to.equal('sv');
    });

    it('an unsupported lang warns and speaks Swedish', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await banner(`src="${serveJson(sampleDocument())}" lang="fi"`);
      expect($(element, '.root')!.lang).to.equal('sv');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('lang="fi"');
    });

    it('follows a changed lang property', async () => {
      const element = await banner(`src="${serveJson(sampleDocument())}" municipality="tierp"`);
      element.lang = 'en';
      await element.updateComplete;
      expect(text(element)).to.contain('Planned service windows');
    });
  });
});
