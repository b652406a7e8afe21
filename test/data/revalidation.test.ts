import { expect, fixture } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { TestStatusHost, statusText, storageKey, uniqueSrc, useStatusWorker, worker } from './status-fixtures.js';

/** A response the test releases by calling `answer`. */
function held() {
  let answer!: (response: Response) => void;
  const response = new Promise<Response>((resolve) => (answer = resolve));
  return { response, answer };
}

describe('revalidation: an unchanged body is not parsed again', () => {
  useStatusWorker();

  async function mount(src: string): Promise<TestStatusHost> {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<test-status-host src="${src}"></test-status-host>`;
    return (await fixture(wrapper)).firstElementChild as TestStatusHost;
  }

  it('does not parse again a body equal to the stored one (a revalidation): the shown document stays the same object', async () => {
    const src = uniqueSrc('revalidate-same');
    const text = statusText('Samma som förra gången');
    localStorage.setItem(storageKey(src), JSON.stringify({ text, at: Date.now() - 60_000 }));
    const pending = held();
    worker.use(http.get(src, () => pending.response));
    const el = await mount(src);
    await el.updateComplete;
    const stored = el.status.state.document;
    expect(stored!.disruptions[0].title).to.equal('Samma som förra gången');
    pending.answer(HttpResponse.text(text));
    await el.status.complete;
    await el.updateComplete;
    expect(el.status.state.document, 'the same document object').to.equal(stored);
    expect(el.status.state.receivedAt, 'confirmed now').to.be.greaterThan(Date.now() - 5_000);
    expect(JSON.parse(localStorage.getItem(storageKey(src))!).text).to.equal(text);
  });

  it('parses a changed body: the new document replaces the stored one', async () => {
    const src = uniqueSrc('revalidate-changed');
    localStorage.setItem(storageKey(src), JSON.stringify({ text: statusText('Gammal'), at: Date.now() - 60_000 }));
    const pending = held();
    worker.use(http.get(src, () => pending.response));
    const el = await mount(src);
    await el.updateComplete;
    const stored = el.status.state.document;
    expect(stored!.disruptions[0].title).to.equal('Gammal');
    pending.answer(HttpResponse.text(statusText('Ändrad')));
    await el.status.complete;
    await el.updateComplete;
    expect(el.status.state.document).to.not.equal(stored);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Ändrad');
  });
});
