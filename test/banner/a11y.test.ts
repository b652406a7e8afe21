import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse } from 'msw';
import sinon from 'sinon';
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
  tierpWindow,
  useStatusHost,
} from './helpers.js';

const fiveWindows = () =>
  statusDocument({
    maintenance: [1, 2, 3, 4, 5].map((n) =>
      tierpWindow({ id: `w${n}`, start: `2022-11-0${n}T18:00`, end: `2022-11-0${n}T20:00` }),
    ),
  });

describe('<itc-status-banner> accessibility', () => {
  useStatusHost();

  describe('axe-core finds no violations', () => {
    const severities = statusDocument({
      disruptions: ['critical', 'major', 'minor'].map((severity) => disruption({ id: severity, severity })),
    });
    const ongoing = statusDocument({
      maintenance: [tierpWindow({ start: '2022-10-27T10:00', end: '2022-10-27T20:00' }), alvkarlebyWindow()],
    });
    for (const [name, document, attributes] of [
      ['a disruption and windows (Swedish)', sampleDocument(), ''],
      ['a disruption and windows (English)', sampleDocument(), 'lang="en"'],
      ['every severity', severities, ''],
      ['an ongoing window', ongoing, ''],
      ['"Visa alla" collapsed', fiveWindows(), ''],
    ] as const) {
      it(name, async () => {
        const element = await banner(`src="${serveJson(document)}" ${attributes}`);
        expect($(element, 'section')).to.exist;
        await expect(element).to.be.accessible();
      });
    }

    it('"Visa alla" expanded', async () => {
      const element = await banner(`src="${serveJson(fiveWindows())}"`);
      $(element, 'button[part="show-all"]')!.click();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('the neutral notice, with and without the publisher link', async () => {
      sinon.stub(console, 'warn');
      const plain = await banner(`src="${serve(() => new HttpResponse(null, { status: 500 }))}"`);
      expect($(plain, '[part="notice"]')).to.exist;
      await expect(plain).to.be.accessible();

      let up = true;
      const src = serve(() => (up ? HttpResponse.json(sampleDocument()) : HttpResponse.error()));
      const linked = await banner(`src="${src}" max-age="60"`);
      up = false;
      clock.tick(120_000);
      window.dispatchEvent(new Event('online'));
      await linked.updateComplete;
      expect($(linked, '[part="notice"] a')).to.exist;
      await expect(linked).to.be.accessible();
    });

    it('the stale line', async () => {
      sinon.stub(console, 'warn');
      let up = true;
      const src = serve(() => (up ? HttpResponse.json(sampleDocument()) : HttpResponse.error()));
      const element = await banner(`src="${src}"`);
      up = false;
      window.dispatchEvent(new Event('online'));
      await element.updateComplete;
      expect($(element, '[part="stale"]')).to.exist;
      await expect(element).to.be.accessible();
    });
  });

  it('"Visa alla" works from the keyboard and says whether it is expanded', async () => {
    const element = await banner(`src="${serveJson(fiveWindows())}"`);
    const button = $(element, 'button[part="show-all"]')!;
    (document.activeElement as HTMLElement | null)?.blur();
    // Tab through the three cards' "Läs mer" links and "Lägg till i kalender" buttons to the button.
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(button);
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect($$(element, 'li[part~="card"]')).to.have.length(5);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect($$(element, 'li[part~="card"]')).to.have.length(3);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('announces a disruption that appears later through a polite live region, without moving focus', async () => {
    let answer = statusDocument({ maintenance: [tierpWindow()] });
    const element = await banner(`src="${serve(() => HttpResponse.json(answer))}"`);
    const live = $(element, '[role="status"]')!;
    expect(live.textContent).to.equal('');
    const focused = document.activeElement;

    answer = statusDocument({ disruptions: [disruption()], maintenance: [tierpWindow()] });
    window.dispatchEvent(new Event('online'));
    await element.updateComplete;
    expect(live.textContent).to.equal(
      'Ny driftstörning: Just nu har vi driftstörningar och arbetar för fullt med att lösa detta.',
    );
    expect(document.activeElement).to.equal(focused);
  });

  it('does not announce the disruptions that are there when the page loads', async () => {
    const element = await banner(`src="${serveJson(sampleDocument())}"`);
    expect($(element, '[role="status"]')!.textContent).to.equal('');
    expect($(element, '[part~="disruption"]')).to.exist;
  });
});
