/**
 * Whatever the document holds, the banner renders without raising anything in the page:
 * - property: for any document the parser accepts (generated with wrong types anywhere), every
 *   attribute combination renders with no error or unhandled rejection, and nothing foreign;
 * - a wrong type (number, boolean, array, object, null, template lookalike) in each field;
 * - a 1 MB document and 1,000 windows: output bounded by `max`, "Visa alla (1000)".
 */
import { expect, aTimeout } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { parseStatusDocument } from '../../src/core/index.js';
import { FIELDS, fullDocument } from './documents.js';
import { statusDocumentArbitrary } from './status-arbitraries.js';
import { ATTRIBUTE_COMBOS, inspect, installStatusFetch, isAllowedHref, renderBanner, resetServed, serve } from './render-harness.js';

const WRONG_TYPES: Array<[string, unknown]> = [
  ['number', 42],
  ['fraction', 3.14],
  ['boolean', false],
  ['array', ['<b>x</b>', 1]],
  ['object', { text: 'x' }],
  ['null', null],
  ['Lit template lookalike', { _$litType$: 1, strings: ['<img src=x onerror="window.__itcPwned=1">'], values: [] }],
];

describe('banner robustness', function () {
  this.timeout(120_000);
  let container: HTMLDivElement;
  const pageErrors: string[] = [];
  const onError = (e: ErrorEvent) => pageErrors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));
  let warn: sinon.SinonStub;

  before(() => {
    installStatusFetch();
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    container = document.createElement('div');
    document.body.append(container);
  });
  beforeEach(() => {
    pageErrors.length = 0;
    // Findings and invalid values are reported on the console by design; keep the test output readable.
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    resetServed();
    container.replaceChildren();
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    container.remove();
  });

  it('property: any document the parser accepts renders in every attribute combination without an error', async () => {
    let accepted = 0;
    let shown = 0;
    await fc.assert(
      fc.asyncProperty(statusDocumentArbitrary({ wrongTypes: true }), async (doc) => {
        if (!parseStatusDocument(doc).ok) return;
        accepted += 1;
        const src = serve(doc);
        const elements = await Promise.all([...ATTRIBUTE_COMBOS, {}].map((combo) => renderBanner(container, src, combo)));
        await aTimeout(0);
        for (const el of elements) {
          const report = inspect(el);
          expect(report.foreignTags).to.deep.equal([]);
          expect(report.foreignAttributes).to.deep.equal([]);
          for (const href of report.hrefs) expect(isAllowedHref(href), href).to.equal(true);
          if (report.elements > 3) shown += 1;
          el.remove();
        }
        expect(pageErrors).to.deep.equal([]);
        resetServed();
      }),
      { numRuns: 60 },
    );
    // Not vacuous: most generated documents are accepted and show something.
    expect(accepted).to.be.greaterThan(30);
    expect(shown).to.be.greaterThan(100);
  });

  it('a wrong type in any field: handled inside the element, the rest of the document still shown', async () => {
    let rendered = 0;
    for (const field of FIELDS) {
      for (const [name, value] of WRONG_TYPES) {
        const doc = fullDocument();
        field.set(doc, value);
        const el = await renderBanner(container, serve(doc), { municipality: 'tierp', lang: rendered % 2 ? 'en' : 'sv' });
        const report = inspect(el);
        const label = `${name} in ${field.path}`;
        expect(report.foreignTags, label).to.deep.equal([]);
        expect(report.foreignAttributes, label).to.deep.equal([]);
        expect(report.text, label).not.to.include('[object Object]');
        // A wrong type drops at most its item; the version and time of the whole document are the exceptions.
        const whole = ['$.version', '$.updated'].includes(field.path);
        if (!whole) expect(report.text.includes('Just nu har vi driftstörningar') || report.text.includes('Personalsystemen'), label).to.equal(true);
        else expect(report.text, label).to.include(rendered % 2 ? 'cannot be shown' : 'kan inte visas');
        rendered += 1;
        el.remove();
      }
      resetServed();
    }
    await aTimeout(10);
    expect(rendered).to.equal(FIELDS.length * WRONG_TYPES.length);
    expect(pageErrors).to.deep.equal([]);
    expect((window as { __itcPwned?: unknown }).__itcPwned).to.equal(undefined);
  });

  it('a 1 MB document with 1,000 service windows: at most `max` cards, "Visa alla (1000)", no error', async () => {
    const doc = fullDocument(Date.now(), 1000);
    // ~1 KB of description per window brings the document past 1 MB.
    for (const w of doc.maintenance) w.description = 'Planerat underhåll av kommunens IT-miljö. '.repeat(25);
    const text = JSON.stringify(doc);
    expect(text.length).to.be.greaterThan(1_000_000);
    const src = serve(text);
    for (const max of ['1', '3', '25']) {
      const started = performance.now();
      const el = await renderBanner(container, src, { municipality: 'tierp', max, 'horizon-days': '3650' });
      const root = el.shadowRoot!;
      console.log(`hardening: 1 MB document, 1000 windows, max=${max}: rendered in ${Math.round(performance.now() - started)} ms`);
      expect(root.querySelectorAll('[part~="card"]').length).to.equal(Number(max));
      expect(root.querySelector('[part="show-all"]')!.textContent!.trim()).to.equal('Visa alla (1000)');
      el.remove();
    }
    expect(pageErrors).to.deep.equal([]);
  });

  it('1,000 windows with "Visa alla" opened and closed again: all shown, then `max` again, no error', async () => {
    const el = await renderBanner(container, serve(fullDocument(Date.now(), 1000)), { municipality: 'tierp', 'horizon-days': '3650' });
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part="show-all"]')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll('[part~="card"]').length).to.equal(1000);
    root.querySelector<HTMLButtonElement>('[part="show-all"]')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll('[part~="card"]').length).to.equal(3);
    expect(pageErrors).to.deep.equal([]);
  });
});
