import { expect, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import sinon from 'sinon';
import { sendKeys } from '@web/test-runner-commands';
import { $$, alvkarlebyWindow, banner, sampleDocument, serveJson, statusDocument, tierpWindow, useStatusHost } from './helpers.js';

/** Clicks `button` and returns what the browser was asked to download: file name, type and text. */
async function download(button: HTMLElement) {
  let anchor: HTMLAnchorElement | undefined;
  let body: Promise<Blob> | undefined;
  // The file's type as given to the browser (a blob: URL's response drops the charset in some Chromium versions).
  const objectUrls = sinon.spy(URL, 'createObjectURL');
  // Stands in for the browser's download: keep the anchor and read its object URL before it is released.
  sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
    anchor = this;
    body = fetch(this.href).then((r) => r.blob());
  });
  button.click();
  // The file is made asynchronously (the pasted bundle loads its generator on the first press).
  await waitUntil(() => anchor, 'a download was started', { timeout: 2000 });
  const blob = await body!;
  const given = objectUrls.getCalls().find((call) => call.returnValue == anchor!.href)!.args[0] as Blob;
  objectUrls.restore();
  return { name: anchor!.download, href: anchor!.href, type: given.type, text: await blob.text() };
}

const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
const iso = (event: ICAL.Component, name: string) => (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();

describe('<itc-status-banner> "Lägg till i kalender"', () => {
  useStatusHost();

  it('each window card has a button whose accessible name says which window', async () => {
    const element = await banner(`src="${serveJson(sampleDocument())}"`);
    const buttons = $$(element, 'button[part="calendar"]');
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Lägg till i kalender: Servicefönster, Tierp',
      'Lägg till i kalender: Servicefönster, Älvkarleby',
    ]);
    // Only "Lägg till i kalender" shows; the rest is for screen readers.
    for (const b of buttons) expect(b.querySelector('.vh')!.getBoundingClientRect().width).to.be.at.most(1);
    await expect(element).to.be.accessible();
  });

  it('downloads that window as an .ics file, correct across the DST change', async () => {
    const element = await banner(`src="${serveJson(sampleDocument())}"`);
    const [tierp, alvkarleby] = $$(element, 'button[part="calendar"]');

    const first = await download(tierp);
    expect(first.name).to.equal('2022-10-29-tierp.ics');
    expect(first.type).to.equal('text/calendar;charset=utf-8');
    expect(first.href).to.match(/^blob:/);
    const [saturday, ...none] = events(first.text);
    expect(none).to.have.length(0);
    expect(saturday.getFirstPropertyValue('uid')).to.equal('2022-10-29-tierp@itc-status');
    expect(iso(saturday, 'dtstamp')).to.equal('2022-10-27T10:00:00.000Z');
    expect(iso(saturday, 'dtstart')).to.equal('2022-10-29T08:00:00.000Z');
    expect(iso(saturday, 'dtend')).to.equal('2022-10-29T18:00:00.000Z');
    expect(saturday.getFirstPropertyValue('summary')).to.equal('Servicefönster – Tierp');
    expect(saturday.getFirstPropertyValue('description')).to.equal(
      'Service och underhåll av kommunens IT-miljö.\n\nBerörda system:\nPersonalsystemen kl. 10–14\nTierpsbyggen kl. 12–14\n\n' +
        'Vid behov når du oss på ordinarie supporttelefonnummer kl. 10–16 under helgen.\n\nMer information: https://itcentrum.se/servicefonster',
    );
    expect(saturday.getFirstPropertyValue('url')).to.equal('https://itcentrum.se/servicefonster');
    sinon.restore();

    const [sunday] = events((await download(alvkarleby)).text);
    expect(sunday.getFirstPropertyValue('uid')).to.equal('2022-10-30-alvkarleby@itc-status');
    expect(iso(sunday, 'dtstart')).to.equal('2022-10-30T09:00:00.000Z'); // clocks went back that night
    expect(sunday.getFirstPropertyValue('summary')).to.equal('Servicefönster – Älvkarleby');
  });

  it('speaks English with lang="en"', async () => {
    const element = await banner(`src="${serveJson(statusDocument({ maintenance: [alvkarlebyWindow()] }))}" lang="en"`);
    const [button] = $$(element, 'button[part="calendar"]');
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Add to calendar: Servicefönster, Älvkarleby');
    const [event] = events((await download(button)).text);
    expect(event.getFirstPropertyValue('description')).to.contain('Affected systems:\nTreserva 10:00–13:00\nTES 10:00–13:00');
  });

  it('names a window shared by several municipalities, and makes a safe file name of any id', async () => {
    const shared = tierpWindow({ id: 'helg 5/11: tierp+heby', municipalities: ['tierp', 'heby'] });
    const element = await banner(`src="${serveJson(statusDocument({ maintenance: [shared] }))}"`);
    const [button] = $$(element, 'button[part="calendar"]');
    const file = await download(button);
    expect(file.name).to.equal('helg-5-11-tierp-heby.ics');
    const [event] = events(file.text);
    expect(event.getFirstPropertyValue('uid')).to.equal('helg 5/11: tierp+heby@itc-status');
    expect(event.getFirstPropertyValue('summary')).to.equal('Servicefönster – Tierp, Heby');
  });

  it('works from the keyboard: Enter and Space start the download', async () => {
    const element = await banner(`src="${serveJson(sampleDocument())}"`);
    const [, button] = $$(element, 'button[part="calendar"]');
    const names: string[] = [];
    sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    button.focus();
    expect(element.shadowRoot!.activeElement).to.equal(button);
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => names.length == 2, 'two downloads', { timeout: 2000 });
    expect(names).to.deep.equal(['2022-10-30-alvkarleby.ics', '2022-10-30-alvkarleby.ics']);
    expect(element.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);
  });
});
