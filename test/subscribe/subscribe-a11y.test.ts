// Keyboard-only use and axe-core in every state of <itc-subscribe>.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, HttpResponse } from 'msw';
import type { ItcSubscribe } from '../../src/components/subscribe/subscribe.component.js';
import { $, checkbox, emailInput, endpoint, ENDPOINT, fill, mount, statusText, submit, summary, useWorker } from './helpers.js';

useWorker();

const accepted = () => HttpResponse.json({ status: 'pending' }, { status: 202 });
const focused = (el: ItcSubscribe) => el.shadowRoot!.activeElement as HTMLElement | null;
const press = (key: string) => sendKeys({ press: key });
const outline = (element: Element) => getComputedStyle(element).outlineStyle;

describe('<itc-subscribe> with the keyboard only', () => {
  it('can be filled in, corrected through the error summary and sent without a mouse', async () => {
    const received = endpoint(accepted);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Före</button>
      <itc-subscribe action=${ENDPOINT} privacy-url="https://itcentrum.se/sekretesspolicy/" terms-url="https://itcentrum.se/villkor/"></itc-subscribe>
    </div>`);
    const el = wrapper.querySelector('itc-subscribe')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    await press('Tab');
    expect(focused(el)).to.equal(emailInput(el));
    expect(outline(emailInput(el))).to.equal('solid');
    await sendKeys({ type: 'anna@tierp.se' });
    await press('Enter');
    await el.updateComplete;
    await el.updateComplete;
    // Errors for topics, municipalities and consent; the summary has focus.
    expect(focused(el)).to.equal(summary(el));
    expect(received).to.have.length(0);

    await press('Tab');
    expect(focused(el)!.getAttribute('href')).to.equal('#topics');
    await press('Enter');
    expect(focused(el)).to.equal(checkbox(el, 'topics', 'news'));
    await press('Tab');
    expect(focused(el)).to.equal(checkbox(el, 'topics', 'operations'));
    await press('Space');
    for (const id of ['heby', 'alvkarleby', 'knivsta', 'tierp']) {
      await press('Tab');
      expect(focused(el)).to.equal(checkbox(el, 'municipalities', id));
    }
    await press('Space');
    await press('Tab');
    await press('Tab');
    expect(focused(el)).to.equal(checkbox(el, 'consent'));
    expect(outline(checkbox(el, 'consent'))).to.equal('solid');
    await press('Space');
    await press('Tab');
    expect(focused(el)!.textContent).to.contain('sekretesspolicy');
    await press('Tab');
    expect(focused(el)!.textContent).to.contain('användarvillkor');
    // The honeypot is never reached: the next stop is the button.
    await press('Tab');
    expect(focused(el)).to.equal($(el, 'button'));
    expect(outline($(el, 'button')!)).to.equal('solid');

    const success = oneEvent(el, 'itc-subscribe-success');
    await press('Enter');
    await success;
    await el.updateComplete;
    expect(received).to.have.length(1);
    expect(received[0].body).to.include({ email: 'anna@tierp.se', consent: true });
    expect(received[0].body.topics).to.deep.equal(['operations']);
    expect(received[0].body.municipalities).to.deep.equal(['tierp']);
    expect(focused(el)).to.equal($(el, '[role=status]'));
  });
});

describe('<itc-subscribe> has no axe-core violations', () => {
  for (const lang of ['sv', 'en']) {
    describe(`(${lang})`, () => {
      const attrs = { lang, 'privacy-url': 'https://itcentrum.se/sekretesspolicy/', 'terms-url': 'https://itcentrum.se/villkor/' };

      it('initially', async () => {
        const el = await mount(attrs);
        await expect(el).to.be.accessible();
      });

      it('with errors from the form', async () => {
        const el = await mount(attrs);
        await submit(el);
        expect(summary(el)).to.exist;
        await expect(el).to.be.accessible();
      });

      it('with field errors from the server', async () => {
        endpoint(() => HttpResponse.json({ errors: { email: 'Adressen är spärrad.' } }, { status: 422 }));
        const el = await mount(attrs);
        await fill(el);
        await submit(el);
        await oneEvent(el, 'itc-subscribe-error');
        await el.updateComplete;
        expect(summary(el)).to.exist;
        await expect(el).to.be.accessible();
      });

      it('while sending', async () => {
        const received = endpoint(async () => (await delay('infinite'), accepted()));
        const el = await mount(attrs);
        await fill(el);
        await submit(el);
        await waitUntil(() => received.length === 1);
        expect($(el, 'button')!.getAttribute('aria-disabled')).to.equal('true');
        await expect(el).to.be.accessible();
        el.remove();
      });

      it('after success', async () => {
        endpoint(accepted);
        const el = await mount(attrs);
        await fill(el);
        await submit(el);
        await oneEvent(el, 'itc-subscribe-success');
        await el.updateComplete;
        expect($(el, 'form')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('after a failure', async () => {
        endpoint(() => new HttpResponse(null, { status: 500 }));
        const el = await mount(attrs);
        await fill(el);
        await submit(el);
        await oneEvent(el, 'itc-subscribe-error');
        await el.updateComplete;
        expect(statusText(el)).not.to.equal('');
        await expect(el).to.be.accessible();
      });

      it('when asked to wait (429)', async () => {
        endpoint(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } }));
        const el = await mount(attrs);
        await fill(el);
        await submit(el);
        await oneEvent(el, 'itc-subscribe-error');
        await el.updateComplete;
        expect(statusText(el)).to.contain('30');
        await expect(el).to.be.accessible();
      });
    });
  }
});
