// The pasted script, loaded the way an editor's page loads it: twice, as classic scripts. This file
// imports nothing of the source, so the elements come from dist/itc-status.js only (npm test builds it).
import { expect, fixture, html } from '@open-wc/testing';

function addScript(src: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src, defer: true });
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

describe('dist/itc-status.js pasted twice', () => {
  it('defines each tag once, throws nothing and the banner works', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await addScript('/dist/itc-status.js');
      const Banner = customElements.get('itc-status-banner');
      const Provider = customElements.get('itc-status-provider');
      await addScript('/dist/itc-status.js');
      expect(errors).to.deep.equal([]);
      expect(Banner).to.be.a('function');
      expect(customElements.get('itc-status-banner')).to.equal(Banner);
      expect(customElements.get('itc-status-provider')).to.equal(Provider);

      // The sample document's disruption has no end, so it is active whatever today is.
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = '<itc-status-banner src="/demo/data/sample-status.json" municipality="Tierp"></itc-status-banner>';
      const element = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain('Just nu har vi driftstörningar');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
