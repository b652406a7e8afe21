import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { delay, HttpResponse } from 'msw';
import sinon from 'sinon';
import type { ItcSubscribe } from '../../src/components/subscribe/subscribe.component.js';
import type { ItcSubscribeErrorEvent, ItcSubscribeSubmitEvent, ItcSubscribeSuccessEvent } from '../../src/components/subscribe/events.js';
import { CONSENT_VERSION } from '../../src/components/subscribe/send.js';
import { $, $$, checkbox, emailInput, endpoint, ENDPOINT, fill, formValues, mount, statusText, submit, summary, useWorker } from './helpers.js';

useWorker();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const accepted = () => HttpResponse.json({ status: 'pending' }, { status: 202 });

/** Field messages shown next to the fields, by field name. */
const fieldErrors = (el: ItcSubscribe) => Object.fromEntries($$(el, '[part=field-error]').map((p) => [p.id.replace(/-error$/, ''), p.textContent!.trim()]));
const summaryLinks = (el: ItcSubscribe) => $$<HTMLAnchorElement>(el, '[part=error-summary] a').map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
const shadowFocus = (el: ItcSubscribe) => el.shadowRoot!.activeElement;

describe('<itc-subscribe> form', () => {
  it('has a labelled email field, fieldsets with legends and an unticked consent box', async () => {
    const el = await mount({ 'privacy-url': 'https://itcentrum.se/sekretesspolicy/', 'terms-url': 'https://itcentrum.se/anvandarvillkor/' });
    const email = emailInput(el);
    expect(email.type).to.equal('email');
    expect(email.autocomplete).to.equal('email');
    expect(email.getAttribute('spellcheck')).to.equal('false');
    expect($(el, 'label[for=email]')!.textContent).to.equal('E-postadress');
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(['Vad vill du få?', 'Vilka kommuner vill du ha information om?']);
    expect($$(el, '[name=topics]').map((b) => b.labels![0].textContent)).to.deep.equal(['Nyheter', 'Driftinformation']);
    expect($$(el, '[name=municipalities]').map((b) => `${b.value}:${b.labels![0].textContent}`)).to.deep.equal([
      'heby:Heby',
      'alvkarleby:Älvkarleby',
      'knivsta:Knivsta',
      'tierp:Tierp',
      'osthammar:Östhammar',
    ]);
    const consent = checkbox(el, 'consent');
    expect(consent.checked).to.equal(false);
    const label = consent.labels![0];
    expect(label.textContent).to.equal(
      'Jag vill att IT-Centrum skickar nyheter och driftinformation till min e-postadress och godkänner IT-Centrums sekretesspolicy (öppnas i ny flik) och användarvillkor (öppnas i ny flik).',
    );
    const links = [...label.querySelectorAll('a')];
    expect(links.map((a) => [a.href, a.target, a.rel])).to.deep.equal([
      ['https://itcentrum.se/sekretesspolicy/', '_blank', 'noopener'],
      ['https://itcentrum.se/anvandarvillkor/', '_blank', 'noopener'],
    ]);
    expect($<HTMLFormElement>(el, 'form')!.noValidate).to.equal(true);
    expect($(el, 'button')!.textContent).to.equal('Prenumerera');
    // Nothing but the texts above: no stray values from empty template parts.
    expect($(el, 'form')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Prenumerera på nyheter och driftinformation från IT-Centrum. E-postadress Vad vill du få?NyheterDriftinformation Vilka kommuner vill du ha information om?HebyÄlvkarlebyKnivstaTierpÖsthammar ' +
        label.textContent +
        ' Prenumerera',
    );
  });

  it('links only http(s) policy and terms URLs, and warns about others', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await mount({ 'privacy-url': 'javascript:alert(1)', 'terms-url': 'http://itcentrum.se/villkor' });
      const links = [...checkbox(el, 'consent').labels![0].querySelectorAll('a')];
      expect(links.map((a) => a.href)).to.deep.equal(['http://itcentrum.se/villkor']);
      expect(checkbox(el, 'consent').labels![0].textContent).to.contain('sekretesspolicy');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args.join(' '))).to.contain('privacyUrl="javascript:alert(1)"');
    } finally {
      warn.restore();
    }
  });

  it('preselects municipalities and topics from the attributes', async () => {
    const el = await mount({ municipality: 'Tierp, ÄLVKARLEBY osthammar', topics: 'driftinformation' });
    expect(formValues(el)).to.deep.equal({ email: '', topics: ['operations'], municipalities: ['alvkarleby', 'tierp', 'osthammar'], consent: false });
  });

  it('the honeypot is hidden from people and screen readers and out of the tab order', async () => {
    const el = await mount();
    const trap = $<HTMLInputElement>(el, '[name=website]')!;
    const wrapper = trap.parentElement!;
    expect(wrapper.getAttribute('aria-hidden')).to.equal('true');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    const box = wrapper.getBoundingClientRect();
    expect(box.right <= 0 || box.width <= 1).to.equal(true);
  });

  it('fits a 320 px wide screen', async () => {
    const { setViewport } = await import('@web/test-runner-commands');
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount();
      await submit(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(emailInput(el).getBoundingClientRect().right).to.be.at.most(320);
      expect($(el, '[part=error-summary]')!.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<itc-subscribe> validation', () => {
  it('an empty submit sends nothing, shows and focuses the error summary, and marks every field', async () => {
    const received = endpoint(accepted);
    const el = await mount();
    let submitted = false;
    el.addEventListener('itc-subscribe-submit', () => (submitted = true));
    await submit(el);
    await aTimeout(50);
    expect(received).to.have.length(0);
    expect(submitted).to.equal(false);
    expect(summary(el)).to.exist;
    expect(shadowFocus(el)).to.equal(summary(el));
    expect(summary(el)!.getAttribute('role')).to.equal('alert');
    expect($(el, '[part=error-summary] h2')!.textContent).to.equal('Det finns ett problem');
    expect(summaryLinks(el)).to.deep.equal([
      ['#email', 'Ange din e-postadress'],
      ['#topics', 'Välj nyheter, driftinformation eller båda'],
      ['#municipalities', 'Välj minst en kommun'],
      ['#consent', 'Kryssa i rutan om du vill prenumerera och godkänner villkoren'],
    ]);
    expect(fieldErrors(el)).to.deep.equal({
      email: 'Fel: Ange din e-postadress',
      topics: 'Fel: Välj nyheter, driftinformation eller båda',
      municipalities: 'Fel: Välj minst en kommun',
      consent: 'Fel: Kryssa i rutan om du vill prenumerera och godkänner villkoren',
    });
    // Each field is invalid and described by its own message.
    expect(emailInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(emailInput(el).getAttribute('aria-describedby')).to.equal('email-error');
    expect(checkbox(el, 'consent').getAttribute('aria-invalid')).to.equal('true');
    expect(checkbox(el, 'consent').getAttribute('aria-describedby')).to.equal('consent-error');
    const fieldsets = $$<HTMLFieldSetElement>(el, 'fieldset');
    expect(fieldsets.map((f) => f.getAttribute('aria-describedby'))).to.deep.equal(['topics-error', 'municipalities-error']);
    expect($$(el, '[name=topics], [name=municipalities]').every((b) => b.getAttribute('aria-invalid') === 'true')).to.equal(true);
    for (const id of ['email-error', 'topics-error', 'municipalities-error', 'consent-error']) expect($(el, `#${id}`)).to.exist;
  });

  it('a malformed email gets the specific message and stays as typed', async () => {
    const received = endpoint(accepted);
    const el = await mount();
    await fill(el, { email: 'anna.andersson(at)tierp.se' });
    await submit(el);
    expect(received).to.have.length(0);
    expect(summaryLinks(el)).to.deep.equal([['#email', 'Ange en e-postadress i rätt format, till exempel namn@tierp.se']]);
    expect(fieldErrors(el)).to.deep.equal({ email: 'Fel: Ange en e-postadress i rätt format, till exempel namn@tierp.se' });
    expect(emailInput(el).value).to.equal('anna.andersson(at)tierp.se');
    expect(checkbox(el, 'consent').getAttribute('aria-invalid')).to.equal(null);
  });

  const single: Array<[string, Parameters<typeof fill>[1], string, string]> = [
    ['missing consent', { consent: false }, '#consent', 'Kryssa i rutan om du vill prenumerera och godkänner villkoren'],
    ['missing topic', { topics: [] }, '#topics', 'Välj nyheter, driftinformation eller båda'],
    ['missing municipality', { municipalities: [] }, '#municipalities', 'Välj minst en kommun'],
  ];
  for (const [name, input, href, message] of single) {
    it(`${name}: no request, one error, everything else kept`, async () => {
      const received = endpoint(accepted);
      const el = await mount();
      await fill(el, input);
      const before = formValues(el);
      await submit(el);
      expect(received).to.have.length(0);
      expect(summaryLinks(el)).to.deep.equal([[href, message]]);
      expect(Object.keys(fieldErrors(el))).to.deep.equal([href.slice(1)]);
      expect(emailInput(el).hasAttribute('aria-invalid')).to.equal(false);
      expect(formValues(el)).to.deep.equal(before);
    });
  }

  it('shows no errors while typing, only on submit, and clears them once fixed', async () => {
    const received = endpoint(accepted);
    const el = await mount();
    await fill(el, { email: 'anna@' });
    emailInput(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    emailInput(el).dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(summary(el)).to.equal(null);
    expect(emailInput(el).hasAttribute('aria-invalid')).to.equal(false);
    await submit(el);
    expect(summary(el)).to.exist;
    emailInput(el).value = 'anna@tierp.se';
    await submit(el);
    await waitUntil(() => received.length === 1);
    expect(summary(el)).to.equal(null);
    expect(fieldErrors(el)).to.deep.equal({});
  });

  it('a summary link moves focus to its field', async () => {
    const el = await mount();
    await submit(el);
    const links = $$<HTMLAnchorElement>(el, '[part=error-summary] a');
    links[2].click();
    expect(shadowFocus(el)).to.equal(checkbox(el, 'municipalities', 'heby'));
    links[0].click();
    expect(shadowFocus(el)).to.equal(emailInput(el));
    links[3].click();
    expect(shadowFocus(el)).to.equal(checkbox(el, 'consent'));
    expect(location.hash).to.equal('');
  });
});

describe('<itc-subscribe> sending', () => {
  it('POSTs the documented JSON payload without cookies, field by field', async () => {
    const received = endpoint(accepted);
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      const el = await mount({ municipality: 'tierp', topics: 'driftinformation' });
      await fill(el, { email: '  Anna.Andersson@tierp.se ', topics: ['news', 'operations'], municipalities: ['alvkarleby', 'tierp'] });
      await aTimeout(60);
      const submitted = oneEvent(el, 'itc-subscribe-submit') as Promise<ItcSubscribeSubmitEvent>;
      await submit(el);
      const event = await submitted;
      await waitUntil(() => received.length === 1);
      const body = received[0].body;
      expect(Object.keys(body).sort()).to.deep.equal(
        ['consent', 'consentVersion', 'elapsedMs', 'email', 'honeypot', 'idempotencyKey', 'lang', 'municipalities', 'topics'],
      );
      expect(body.email).to.equal('Anna.Andersson@tierp.se');
      expect(body.topics).to.deep.equal(['news', 'operations']);
      expect(body.municipalities).to.deep.equal(['alvkarleby', 'tierp']);
      expect(body.consent).to.equal(true);
      expect(body.consentVersion).to.equal(CONSENT_VERSION);
      expect(body.lang).to.equal('sv');
      expect(body.idempotencyKey).to.match(UUID);
      expect(body.honeypot).to.equal('');
      expect(body.elapsedMs).to.be.a('number').and.to.be.at.least(60).and.below(10000);
      expect(Number.isInteger(body.elapsedMs)).to.equal(true);
      expect(received[0].contentType).to.equal('application/json');
      expect(event.detail).to.deep.equal(body);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      const [url, init] = fetchSpy.firstCall.args as [string, RequestInit];
      expect(new URL(url).pathname).to.equal(ENDPOINT);
      expect(init.method).to.equal('POST');
      expect(init.credentials).to.equal('omit');
      expect(init.headers).to.deep.equal({ 'Content-Type': 'application/json' });
    } finally {
      fetchSpy.restore();
    }
  });

  it('sends what a robot typed into the honeypot, for the server to judge', async () => {
    const received = endpoint(accepted);
    const el = await mount();
    await fill(el);
    $<HTMLInputElement>(el, '[name=website]')!.value = 'http://spam.example';
    await submit(el);
    await waitUntil(() => received.length === 1);
    expect(received[0].body.honeypot).to.equal('http://spam.example');
  });

  for (const status of [202, 200]) {
    it(`success (${status}): the form is replaced by the thank-you text, announced and focused`, async () => {
      const received = endpoint(() => (status === 202 ? accepted() : HttpResponse.json({ ok: true }, { status: 200 })));
      const el = await mount();
      await fill(el, { email: 'anna@tierp.se' });
      const success = oneEvent(document, 'itc-subscribe-success') as Promise<ItcSubscribeSuccessEvent>;
      await submit(el);
      const event = await success;
      await el.updateComplete;
      expect(event.detail.status).to.equal(status);
      expect(event.detail.payload).to.deep.equal(received[0].body);
      expect(event.bubbles && event.composed).to.equal(true);
      expect($(el, 'form')).to.equal(null);
      expect(statusText(el)).to.equal('Tack! Bekräfta prenumerationen via länken vi har skickat till anna@tierp.se.');
      expect($(el, '[role=status]')!.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      expect(shadowFocus(el)).to.equal($(el, '[role=status]'));
    });
  }

  for (const status of [400, 422]) {
    it(`server field errors (${status}) are shown like the form's own, values kept`, async () => {
      endpoint(() => HttpResponse.json({ errors: { email: 'Adressen kan inte ta emot e-post.', consent: '' } }, { status }));
      const el = await mount();
      await fill(el, { email: 'anna@tierp.se', topics: ['news'] });
      const before = formValues(el);
      const failed = oneEvent(el, 'itc-subscribe-error') as Promise<ItcSubscribeErrorEvent>;
      await submit(el);
      const event = await failed;
      await el.updateComplete;
      await el.updateComplete;
      expect(event.detail.outcome).to.deep.equal({ kind: 'invalid', status, errors: { email: 'Adressen kan inte ta emot e-post.', consent: '' } });
      expect(summaryLinks(el)).to.deep.equal([
        ['#email', 'Adressen kan inte ta emot e-post.'],
        ['#consent', 'Kryssa i rutan om du vill prenumerera och godkänner villkoren'],
      ]);
      expect(emailInput(el).getAttribute('aria-invalid')).to.equal('true');
      expect(emailInput(el).getAttribute('aria-describedby')).to.equal('email-error');
      expect(shadowFocus(el)).to.equal(summary(el));
      expect(formValues(el)).to.deep.equal(before);
    });
  }

  const waits: Array<[string, Record<string, string>, string]> = [
    ['429 with Retry-After seconds', { 'Retry-After': '30' }, 'För många anmälningar på kort tid. Vänta 30 sekunder och försök igen.'],
    ['429 with Retry-After date', { 'Retry-After': new Date(Date.now() + 5 * 60000).toUTCString() }, 'Vänta 5 minuter och försök igen.'],
    ['429 without Retry-After', {}, 'För många anmälningar på kort tid. Vänta en stund och försök igen.'],
  ];
  for (const [name, headers, text] of waits) {
    it(`${name}: a wait message, values kept`, async () => {
      endpoint(() => new HttpResponse(null, { status: 429, headers }));
      const el = await mount();
      await fill(el);
      const before = formValues(el);
      const failed = oneEvent(el, 'itc-subscribe-error') as Promise<ItcSubscribeErrorEvent>;
      await submit(el);
      const event = await failed;
      await el.updateComplete;
      expect(event.detail.outcome.kind).to.equal('rate-limited');
      expect(statusText(el)).to.contain(text);
      expect(formValues(el)).to.deep.equal(before);
      expect(summary(el)).to.equal(null);
    });
  }

  const failures: Array<[string, () => Response | Promise<Response>, object, Record<string, string>?]> = [
    ['500', () => new HttpResponse('Internal error', { status: 500 }), { kind: 'failed', reason: 'http', status: 500 }],
    ['network failure', () => HttpResponse.error(), { kind: 'failed', reason: 'network' }],
    ['timeout', async () => (await delay('infinite'), accepted()), { kind: 'failed', reason: 'timeout' }, { timeout: '150' }],
  ];
  for (const [name, respond, outcome, attrs] of failures) {
    it(`${name}: an error message with the chance to try again, every value kept`, async () => {
      const received = endpoint(respond);
      const el = await mount(attrs);
      await fill(el, { topics: ['news', 'operations'], municipalities: ['heby', 'knivsta'] });
      const before = formValues(el);
      const failed = oneEvent(el, 'itc-subscribe-error') as Promise<ItcSubscribeErrorEvent>;
      await submit(el);
      const event = await failed;
      await el.updateComplete;
      expect(received).to.have.length(1);
      expect(event.detail.outcome).to.deep.equal(outcome);
      expect(event.detail.payload).to.deep.equal(received[0].body);
      expect(statusText(el)).to.equal('Det gick inte att skicka anmälan just nu. Det du har fyllt i finns kvar, försök igen.');
      expect(formValues(el)).to.deep.equal(before);
      const button = $<HTMLButtonElement>(el, 'button')!;
      expect(button.hasAttribute('aria-disabled')).to.equal(false);
      expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('false');
    });
  }

  it('a retry after a failure reuses the idempotency key; changed values get a new one', async () => {
    const received = endpoint((index) => (index < 2 ? new HttpResponse(null, { status: 503 }) : accepted()));
    const el = await mount();
    await fill(el);
    await submit(el);
    await oneEvent(el, 'itc-subscribe-error');
    await submit(el);
    await oneEvent(el, 'itc-subscribe-error');
    emailInput(el).value = 'anna.a@tierp.se';
    await submit(el);
    await oneEvent(el, 'itc-subscribe-success');
    expect(received).to.have.length(3);
    expect(received[1].body.idempotencyKey).to.equal(received[0].body.idempotencyKey);
    expect(received[2].body.idempotencyKey).not.to.equal(received[1].body.idempotencyKey);
    expect(received[2].body.idempotencyKey).to.match(UUID);
  });

  it('sends exactly one request on double click and a second Enter; "Skickar…" announced while busy', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const received = endpoint(async () => (await held, accepted()));
    const el = await mount();
    await fill(el);
    const button = $<HTMLButtonElement>(el, 'button')!;
    button.click();
    button.click();
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await el.updateComplete;
    emailInput(el).focus();
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => received.length === 1);
    await aTimeout(100);
    expect(statusText(el)).to.equal('Skickar…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    release();
    await oneEvent(el, 'itc-subscribe-success');
    expect(received).to.have.length(1);
  });

  it('removing the element mid-request aborts it quietly: no events, no console errors', async () => {
    const received = endpoint(async () => (await delay('infinite'), accepted()));
    const fetchSpy = sinon.spy(window, 'fetch');
    const error = sinon.spy(console, 'error');
    const warn = sinon.spy(console, 'warn');
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const events: string[] = [];
    const record = (event: Event) => events.push(event.type);
    document.addEventListener('itc-subscribe-success', record);
    document.addEventListener('itc-subscribe-error', record);
    try {
      const el = await mount();
      await fill(el);
      await submit(el);
      await waitUntil(() => received.length === 1);
      const signal = (fetchSpy.firstCall.args[1] as RequestInit).signal!;
      expect(signal.aborted).to.equal(false);
      el.remove();
      expect(signal.aborted).to.equal(true);
      await aTimeout(200);
      expect(events).to.deep.equal([]);
      expect(error.callCount).to.equal(0);
      expect(warn.callCount).to.equal(0);
      expect(rejections).to.deep.equal([]);
      // Put back, the form still holds the values and can be sent again.
      document.body.append(el);
      await el.updateComplete;
      expect(formValues(el).email).to.equal('anna.andersson@tierp.se');
      expect($(el, 'button')!.hasAttribute('aria-disabled')).to.equal(false);
      el.remove();
    } finally {
      fetchSpy.restore();
      error.restore();
      warn.restore();
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('itc-subscribe-success', record);
      document.removeEventListener('itc-subscribe-error', record);
    }
  });

  it('a cancelled itc-subscribe-submit sends nothing; complete() then shows the page’s own result', async () => {
    const received = endpoint(accepted);
    const el = await mount();
    await fill(el, { email: 'portal@knivsta.se' });
    const sentByPage: unknown[] = [];
    el.addEventListener('itc-subscribe-submit', (event) => {
      event.preventDefault();
      sentByPage.push(event.detail);
    });
    await submit(el);
    await aTimeout(100);
    expect(received).to.have.length(0);
    expect(sentByPage).to.have.length(1);
    expect(statusText(el)).to.equal('');
    expect($(el, 'form')).to.exist;
    const success = oneEvent(el, 'itc-subscribe-success') as Promise<ItcSubscribeSuccessEvent>;
    el.complete({ kind: 'success', status: 202 });
    expect((await success).detail.payload).to.equal(sentByPage[0]);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Tack! Bekräfta prenumerationen via länken vi har skickat till portal@knivsta.se.');
  });

  it('without an action, warns and shows the failure instead of sending', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<ItcSubscribe>(html`<itc-subscribe></itc-subscribe>`);
      await fill(el);
      const failed = oneEvent(el, 'itc-subscribe-error') as Promise<ItcSubscribeErrorEvent>;
      await submit(el);
      expect((await failed).detail.outcome).to.deep.equal({ kind: 'failed', reason: 'config' });
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(statusText(el)).to.contain('Det gick inte att skicka');
    } finally {
      warn.restore();
    }
  });
});

describe('<itc-subscribe> language', () => {
  it('speaks Swedish by default and marks it', async () => {
    const el = await mount();
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('sv');
    expect($(el, 'button')!.textContent).to.equal('Prenumerera');
  });

  it('speaks English with lang="en", also in errors, messages and the payload', async () => {
    const received = endpoint(accepted);
    const el = await mount({ lang: 'en' });
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('en');
    expect($(el, 'label[for=email]')!.textContent).to.equal('Email address');
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(['What would you like to receive?', 'Which municipalities do you want information about?']);
    expect(checkbox(el, 'consent').labels![0].textContent).to.equal(
      'I want IT-Centrum to send news and operational information to my email address and I accept IT-Centrum’s privacy policy and terms of use.',
    );
    await fill(el, { email: 'anna' });
    await submit(el);
    expect($(el, '[part=error-summary] h2')!.textContent).to.equal('There is a problem');
    expect(summaryLinks(el)).to.deep.equal([['#email', 'Enter an email address in the correct format, like name@tierp.se']]);
    expect(fieldErrors(el).email).to.equal('Error: Enter an email address in the correct format, like name@tierp.se');
    emailInput(el).value = 'anna@tierp.se';
    await submit(el);
    await oneEvent(el, 'itc-subscribe-success');
    await el.updateComplete;
    expect(received[0].body.lang).to.equal('en');
    expect(statusText(el)).to.equal('Thank you! Confirm your subscription using the link we have sent to anna@tierp.se.');
  });

  it('follows the page language when it has no lang of its own', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><section><itc-subscribe action=${ENDPOINT}></itc-subscribe></section></div>`);
    const el = wrapper.querySelector('itc-subscribe')!;
    await el.updateComplete;
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('en');
    expect($(el, 'button')!.textContent).to.equal('Subscribe');
  });

  it('follows <html lang> when no closer ancestor has one', async () => {
    const original = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    try {
      const el = await mount();
      expect($(el, 'button')!.textContent).to.equal('Subscribe');
    } finally {
      if (original === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', original);
    }
  });

  it('shows Swedish, marked lang="sv", on a page in another language', async () => {
    const wrapper = await fixture(html`<div lang="de"><itc-subscribe action=${ENDPOINT}></itc-subscribe></div>`);
    const el = wrapper.querySelector('itc-subscribe')!;
    await el.updateComplete;
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('sv');
    expect($(el, 'button')!.textContent).to.equal('Prenumerera');
  });

  it('an own lang in another language means Swedish, even on an English page', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const wrapper = await fixture(html`<div lang="en"><itc-subscribe lang="de" action=${ENDPOINT}></itc-subscribe></div>`);
      const el = wrapper.querySelector('itc-subscribe')!;
      await el.updateComplete;
      expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('sv');
      expect($(el, 'button')!.textContent).to.equal('Prenumerera');
    } finally {
      warn.restore();
    }
  });

  it('an empty own lang follows the page', async () => {
    const wrapper = await fixture(html`<div lang="en"><itc-subscribe lang="" action=${ENDPOINT}></itc-subscribe></div>`);
    const el = wrapper.querySelector('itc-subscribe')!;
    await el.updateComplete;
    expect($(el, 'button')!.textContent).to.equal('Subscribe');
  });

  it('the element’s own lang wins over the page’s', async () => {
    const wrapper = await fixture(html`<div lang="en"><itc-subscribe lang="sv" action=${ENDPOINT}></itc-subscribe></div>`);
    const el = wrapper.querySelector('itc-subscribe')!;
    await el.updateComplete;
    expect($(el, 'button')!.textContent).to.equal('Prenumerera');
  });
});

describe('<itc-subscribe> invalid attributes', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['lang', { lang: 'de' }, 'lang="de"'],
    ['municipality', { municipality: 'tierp Uppsala' }, 'Uppsala'],
    ['topics', { topics: 'väder' }, 'väder'],
    ['timeout', { timeout: 'snart' }, 'timeout="NaN"'],
    ['action', { action: 'javascript:void(0)' }, 'action="javascript:void(0)"'],
  ];
  for (const [name, attrs, mention] of cases) {
    it(`${name}: one console warning, default used`, async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await mount(attrs);
        await el.updateComplete;
        expect(warn.callCount).to.equal(1);
        expect(warn.firstCall.args.join(' ')).to.contain('itc-subscribe').and.to.contain(mention);
        expect($(el, 'button')!.textContent).to.equal('Prenumerera');
      } finally {
        warn.restore();
      }
    });
  }

  it('an invalid timeout falls back to the default and still sends', async () => {
    const received = endpoint(accepted);
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await mount({ timeout: '-1', municipality: 'tierp, stockholm' });
      await fill(el);
      await submit(el);
      await oneEvent(el, 'itc-subscribe-success');
      expect(received).to.have.length(1);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args.join(' ')).to.contain('timeout="-1"').and.to.contain('stockholm');
    } finally {
      warn.restore();
    }
  });
});
