import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { $, $$, banner, disruption, serveJson, statusDocument, tierpWindow, useStatusHost } from './helpers.js';

/** A document with long words and links, the hardest case for a narrow screen. */
const longDocument = () =>
  statusDocument({
    disruptions: [
      disruption({ systems: ['Ärendehanteringssystemetförsocialtjänsten', 'E-post'], url: 'https://itcentrum.se/driftinfo/en-mycket-lang-adress-utan-mellanslag-som-inte-far-tranga-ut-sidan' }),
    ],
    maintenance: [1, 2, 3].map((n) => tierpWindow({ id: `w${n}`, start: `2022-11-0${n}T10:00`, end: `2022-11-0${n}T20:00` })),
  });

/** Every element of the banner fits in its width. */
function expectNoHorizontalOverflow(element: HTMLElement) {
  const { right } = element.getBoundingClientRect();
  expect(document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(window.innerWidth);
  for (const node of $$(element, '*').filter((n) => !n.closest('.vh'))) {
    expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(right + 0.5);
  }
}

describe('<itc-status-banner> layout', () => {
  useStatusHost();

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.fontSize = '';
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await banner(`src="${serveJson(longDocument())}"`);
    expect($$(element, 'li[part~="card"]')).to.have.length(3);
    expectNoHorizontalOverflow(element);
    // The cards stack in one column.
    const [a, b] = $$(element, 'li[part~="card"]').map((card) => card.getBoundingClientRect());
    expect(b.top).to.be.at.least(a.bottom);
  });

  it('reflows at 200 % text size in a 640 px window (as 320 px at 200 % zoom)', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    const element = await banner(`src="${serveJson(longDocument())}" style="font-size: 2rem"`);
    expectNoHorizontalOverflow(element);
  });

  it('lays cards side by side when there is room', async () => {
    await setViewport({ width: 1200, height: 800 });
    const element = await banner(`src="${serveJson(longDocument())}"`);
    const [a, b] = $$(element, 'li[part~="card"]').map((card) => card.getBoundingClientRect());
    expect(b.top).to.equal(a.top);
  });

  it('has no motion, also when the user prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await banner(`src="${serveJson(longDocument())}"`);
    expect(element.shadowRoot!.getAnimations()).to.have.length(0);
    for (const node of $$(element, '*')) {
      const style = getComputedStyle(node);
      expect(style.transitionDuration.split(',').every((d) => parseFloat(d) === 0)).to.be.true;
      expect(style.animationName).to.equal('none');
    }
  });

  it('inherits the page font and takes the --itc- custom properties', async () => {
    const element = await banner(
      `src="${serveJson(statusDocument({ disruptions: [disruption()] }))}" style="font-family: Georgia, serif; --itc-disruption-bg: rgb(0, 0, 128); --itc-radius: 0px"`,
    );
    const item = $(element, '[part~="disruption"]')!;
    expect(getComputedStyle(item).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(item).backgroundColor).to.equal('rgb(0, 0, 128)');
    expect(getComputedStyle(item).borderTopLeftRadius).to.equal('0px');
  });

  it('can be themed from the page through ::part()', async () => {
    const style = document.createElement('style');
    style.textContent =
      'itc-status-banner::part(card) { background: rgb(1, 2, 3); } itc-status-banner::part(link) { color: rgb(4, 5, 6); } itc-status-banner::part(disruption-major) { border-radius: 9px; }';
    document.head.append(style);
    try {
      const element = await banner(`src="${serveJson(statusDocument({ disruptions: [disruption()], maintenance: [tierpWindow()] }))}"`);
      expect(getComputedStyle($(element, '[part~="card"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(element, '[part~="card"] a')!).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle($(element, '[part~="disruption"]')!).borderTopLeftRadius).to.equal('9px');
    } finally {
      style.remove();
    }
  });
});
