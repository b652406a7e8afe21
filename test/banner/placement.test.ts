import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ItcStatusBanner } from '../../src/components/status-banner/status-banner.component.js';
import { $, banner, disruption, serveJson, statusDocument, text, tierpWindow, useStatusHost } from './helpers.js';

/** Disruption "tierp" concerns Tierp only, "heby" Heby only. */
const twoDisruptions = () =>
  statusDocument({
    disruptions: [
      disruption({ id: 'tierp', title: 'Störning i Tierp', municipalities: ['tierp'] }),
      disruption({ id: 'heby', title: 'Störning i Heby', municipalities: ['heby'] }),
    ],
    maintenance: [tierpWindow()],
  });

/** An intranet-like page: the banner at the top, content below it. */
async function page(attributes: string) {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = `<itc-status-banner ${attributes}></itc-status-banner><h1>Välkommen</h1><p>Innehåll</p>`;
  const element = host.firstElementChild as ItcStatusBanner;
  return { element, heading: host.querySelector('h1')! };
}

describe('<itc-status-banner placement>', () => {
  useStatusHost();

  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('is inline by default: in the flow, no "Dölj" button', async () => {
    const element = await banner(`src="${serveJson(twoDisruptions())}" municipality="tierp"`);
    expect(element.hasAttribute('placement')).to.be.false;
    expect(getComputedStyle(element).position).to.equal('static');
    expect($(element, '[part="dismiss"]')).to.equal(null);
  });

  it('overlay: fixed at the top of the window, the page content below does not move', async () => {
    const { element, heading } = await page(`src="${serveJson(twoDisruptions())}" municipality="tierp" placement="overlay"`);
    const before = heading.getBoundingClientRect().top;
    await element.updateComplete;
    expect(text(element)).to.contain('Störning i Tierp');
    expect(getComputedStyle(element).position).to.equal('fixed');
    expect(element.getBoundingClientRect().top).to.equal(0);
    expect(element.getBoundingClientRect().height).to.be.greaterThan(50);
    expect(heading.getBoundingClientRect().top).to.equal(before);
  });

  it('overlay: slides in with a transform only, and not at all when reduced motion is preferred', async () => {
    const element = await banner(`src="${serveJson(twoDisruptions())}" municipality="tierp" placement="overlay"`);
    const [animation] = element.shadowRoot!.getAnimations() as CSSAnimation[];
    expect(animation, 'an entrance animation').to.exist;
    const properties = (animation.effect as KeyframeEffect).getKeyframes().flatMap((k) => Object.keys(k));
    expect([...new Set(properties)].filter((p) => !['offset', 'easing', 'composite', 'computedOffset'].includes(p))).to.deep.equal(['transform']);

    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await banner(`src="${serveJson(twoDisruptions())}" municipality="tierp" placement="overlay"`);
    expect(still.shadowRoot!.getAnimations()).to.have.length(0);
  });

  it('overlay: "Dölj" hides it until another disruption appears', async () => {
    const element = await banner(`src="${serveJson(twoDisruptions())}" municipality="tierp" placement="overlay"`);
    const dismiss = $(element, '[part="dismiss"]')!;
    expect(dismiss.tagName).to.equal('BUTTON');
    expect(dismiss.textContent).to.equal('Dölj');
    dismiss.click();
    await element.updateComplete;
    expect(text(element)).not.to.contain('Störning i Tierp');
    expect(element.getBoundingClientRect().height).to.equal(0);
    // A re-render with the same disruptions keeps it hidden.
    element.max = 2;
    await element.updateComplete;
    expect(text(element)).not.to.contain('Störning i Tierp');
    // Another disruption shows it again.
    element.municipality = 'tierp heby';
    await element.updateComplete;
    expect(text(element)).to.contain('Störning i Heby');
    expect($(element, '[part="dismiss"]')).to.exist;
  });

  it('overlay: "Dölj" is remembered on the next page (and in other tabs) until the disruptions change', async () => {
    const doc = twoDisruptions();
    const first = await banner(`src="${serveJson(doc)}" municipality="tierp" placement="overlay"`);
    $(first, '[part="dismiss"]')!.click();
    await first.updateComplete;
    // The next page of the intranet: a new element, same document.
    const next = await banner(`src="${serveJson(doc)}" municipality="tierp" placement="overlay"`);
    expect(text(next)).not.to.contain('Störning i Tierp');
    expect(next.getBoundingClientRect().height).to.equal(0);
    // An inline banner is never hidden by it.
    const inline = await banner(`src="${serveJson(doc)}" municipality="tierp"`);
    expect(text(inline)).to.contain('Störning i Tierp');
    // A page whose overlay shows other disruptions shows them.
    const both = await banner(`src="${serveJson(doc)}" municipality="tierp heby" placement="overlay"`);
    expect(text(both)).to.contain('Störning i Heby');
    // A new disruption for Tierp: shown again.
    const changed = statusDocument({ disruptions: [disruption({ id: 'tierp' }), disruption({ id: 'tierp-2', title: 'Ny störning i Tierp', municipalities: ['tierp'] })] });
    const later = await banner(`src="${serveJson(changed)}" municipality="tierp" placement="overlay"`);
    expect(text(later)).to.contain('Ny störning i Tierp');
  });

  it('overlay: without usable storage, "Dölj" still hides it on this page', async () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    const element = await banner(`src="${serveJson(twoDisruptions())}" municipality="tierp" placement="overlay"`);
    $(element, '[part="dismiss"]')!.click();
    await element.updateComplete;
    expect(text(element)).not.to.contain('Störning i Tierp');
    sinon.restore();
    const next = await banner(`src="${serveJson(twoDisruptions())}" municipality="tierp" placement="overlay"`);
    expect(text(next)).to.contain('Störning i Tierp');
  });

  it('overlay: shows nothing, and takes no room, when nothing concerns the audience', async () => {
    const element = await banner(`src="${serveJson(statusDocument())}" municipality="tierp" placement="overlay"`);
    expect($(element, '[part="dismiss"]')).to.equal(null);
    expect(element.getBoundingClientRect().height).to.equal(0);
  });

  it('overlay: speaks English when asked', async () => {
    const element = await banner(`src="${serveJson(twoDisruptions())}" municipality="tierp" placement="overlay" lang="en"`);
    expect($(element, '[part="dismiss"]')!.textContent).to.equal('Hide');
  });

  it('overlay: axe-core finds no violations', async () => {
    const element = await banner(`src="${serveJson(twoDisruptions())}" municipality="tierp" placement="overlay"`);
    await expect(element).to.be.accessible();
  });

  it('an invalid placement warns once and stays inline', async () => {
    const warn = sinon.stub(console, 'warn');
    const element = await banner(`src="${serveJson(twoDisruptions())}" municipality="tierp" placement="top"`);
    expect(warn.calledOnceWith(sinon.match('placement="top"'))).to.be.true;
    expect(getComputedStyle(element).position).to.equal('static');
    expect($(element, '[part="dismiss"]')).to.equal(null);
  });
});
