import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import sinon from 'sinon';
import type { ItcStatusBanner } from '../../src/components/status-banner/status-banner.component.js';
import { $, $$, banner, clock, serve, statusDocument, tierpWindow, useStatusHost } from './helpers.js';

const HOUR = 3_600_000;

/** Today (Thursday 27 October) 14–16 in Tierp, Personalsystemen 14–15. */
const todaysWindow = () =>
  statusDocument({
    maintenance: [
      tierpWindow({
        start: '2022-10-27T14:00',
        end: '2022-10-27T16:00',
        systems: [{ name: 'Personalsystemen', start: '2022-10-27T14:00', end: '2022-10-27T15:00' }],
      }),
    ],
  });

const subWindow = (element: Element) => $(element, '.systems li')?.textContent!.replace(/\s+/g, ' ').trim();

describe('<itc-status-banner> over time', () => {
  // Timers and Date are fake: the view must change at the window's edges without a refetch.
  useStatusHost(['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']);

  let requests: number;
  let changes: number;
  const count = () => changes++;
  beforeEach(() => {
    requests = changes = 0;
    document.addEventListener('itc-status-change', count);
  });
  afterEach(() => document.removeEventListener('itc-status-change', count));

  async function load(attributes = ''): Promise<ItcStatusBanner> {
    const src = serve(() => {
      requests++;
      return HttpResponse.json(todaysWindow());
    });
    // A poll interval far longer than the test, so any change on screen comes from the timer.
    return banner(`src="${src}" municipality="tierp" poll-interval="1000000" ${attributes}`);
  }

  it('moves a window from upcoming to ongoing to gone, re-rendering only at those instants', async () => {
    const element = await load();
    const render = sinon.spy(element as unknown as { render(): unknown }, 'render');
    expect($(element, '[part="badge"]')).to.equal(null);
    expect(subWindow(element)).to.equal('Personalsystemen kl. 14–15');
    expect(changes).to.equal(1);

    await clock.tickAsync(2 * HOUR - 1);
    expect(render.callCount, 'no ticking clock: no render before the window starts').to.equal(0);
    expect($(element, '[part="badge"]')).to.equal(null);

    await clock.tickAsync(1);
    await element.updateComplete;
    expect($(element, '[part="badge"]')!.textContent).to.equal('Pågår nu');
    expect(subWindow(element)).to.equal('Personalsystemen kl. 14–15 (pågår nu)');
    expect(changes).to.equal(2);

    await clock.tickAsync(HOUR);
    await element.updateComplete;
    expect(subWindow(element)).to.equal('Personalsystemen kl. 14–15 (avslutat)');
    expect(changes).to.equal(3);

    await clock.tickAsync(HOUR);
    await element.updateComplete;
    expect($$(element, 'li[part~="card"]')).to.have.length(0);
    expect(element.getBoundingClientRect().height).to.equal(0);
    expect(changes).to.equal(4);
    expect(render.callCount).to.equal(3);
    expect(requests, 'no refetch needed').to.equal(1);
  });

  it('keeps no timer while removed, and shows the right state when added back', async () => {
    const element = await load();
    const parent = element.parentElement!;
    const before = clock.countTimers();
    element.remove();
    expect(clock.countTimers()).to.be.below(before);
    await clock.tickAsync(3.5 * HOUR);
    parent.append(element);
    await element.updateComplete;
    expect($(element, '[part="badge"]')!.textContent).to.equal('Pågår nu');
    expect(subWindow(element)).to.equal('Personalsystemen kl. 14–15 (avslutat)');
  });

  it('waits on when the next change is further away than setTimeout can wait (about 24.8 days)', async () => {
    const src = serve(() =>
      HttpResponse.json(
        statusDocument({
          maintenance: [tierpWindow({ start: '2022-12-01T10:00', end: '2022-12-01T12:00', systems: [] })],
        }),
      ),
    );
    const element = await banner(`src="${src}" horizon-days="60" poll-interval="100000000"`);
    expect($(element, 'li[part~="card"]')).to.exist;
    expect($(element, '[part="badge"]')).to.equal(null);
    // 1 December 10.00 is 35 days minus 3 hours away (summer time ends on the way). The data
    // layer's own timer also fires at setTimeout's limit and refreshes: let that answer arrive.
    await clock.tickAsync(2 ** 31 - 1);
    await element.updateComplete;
    expect($(element, '[part="badge"]')).to.equal(null);
    await clock.tickAsync(Date.parse('2022-12-01T10:00:00+01:00') - Date.now());
    await element.updateComplete;
    expect($(element, '[part="badge"]')!.textContent).to.equal('Pågår nu');
  });
});
