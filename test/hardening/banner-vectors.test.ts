/**
 * Hostile content through every string and URL field of the status document into a rendered
 * banner. Text renders literally (the characters of the vector, trimmed — not stripped, not
 * interpreted); a link that is not allowed gives no link; nothing of it becomes an element, an
 * attribute or a script (the canary stays untouched). Prints the number of vectors tried.
 */
import { expect, aTimeout } from '@open-wc/testing';
import sinon from 'sinon';
import { executeServerCommand } from '@web/test-runner-commands';
import { STRING_VECTORS, VECTORS, installCanary, type Vector } from './vectors.js';
import { FIELDS, fillEveryField, fullDocument, type DocumentField } from './documents.js';
import { ATTRIBUTE_COMBOS, inspect, installStatusFetch, isAllowedHref, renderBanner, resetServed, serve, type BannerAttributes, type ShadowReport } from './render-harness.js';

const canary = installCanary();
const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));

/** The link the browser would make of `value` against the document's URL, when its scheme is allowed. */
function allowedLink(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return isAllowedHref(url.href) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Text the parser keeps for a text field: the trimmed string, when it is a non-blank string. */
const keptText = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function assertNothingForeign(report: ShadowReport, label: string): void {
  expect(report.foreignTags, `${label}: foreign elements`).to.deep.equal([]);
  expect(report.foreignAttributes, `${label}: foreign attributes`).to.deep.equal([]);
  for (const href of report.hrefs) expect(isAllowedHref(href), `${label}: link ${href.slice(0, 80)}`).to.equal(true);
  expect(report.text, `${label}: an object rendered as text`).not.to.include('[object Object]');
}

function assertCanaryUntouched(label: string): void {
  expect(canary.calls(), `${label}: canary called`).to.equal(0);
  expect(canary.pwned(), `${label}: window.__itcPwned`).to.equal(undefined);
}

/** Baseline reports of the benign document, per attribute combination. */
const baselines = new Map<string, ShadowReport>();
const comboKey = (a: BannerAttributes) => JSON.stringify(a);

describe('hostile content in every field of the status document', function () {
  this.timeout(240_000);
  let container: HTMLDivElement;
  let tried = 0;
  // Findings, unknown municipalities and failed loads go to the console by design; one stub keeps
  // the output readable and lets a test count them.
  let warn: sinon.SinonStub;

  before(async () => {
    warn = sinon.stub(console, 'warn');
    installStatusFetch();
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    container = document.createElement('div');
    document.body.append(container);
    for (const combo of [...ATTRIBUTE_COMBOS, { show: 'all', lang: 'sv', municipality: 'tierp' }]) {
      const el = await renderBanner(container, serve(fullDocument(Date.now(), 4)), combo);
      baselines.set(comboKey(combo), inspect(el));
      el.remove();
    }
    const benign = baselines.get(comboKey({ show: 'all', lang: 'sv', municipality: 'tierp' }))!;
    expect(benign.text).to.include('Just nu har vi driftstörningar');
    expect(benign.hrefs.length).to.be.greaterThan(1);
  });

  // A vector that got through fails its own test, not every later one.
  afterEach(() => canary.reset());

  after(async () => {
    warn.restore();
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    container.remove();
    resetServed();
    const line = `hardening: ${VECTORS.length} vectors × ${FIELDS.length} fields (${tried} banners rendered)`;
    console.log(line);
    await executeServerCommand('itc-figure', { name: 'vectors', value: `${VECTORS.length} × ${FIELDS.length} = ${VECTORS.length * FIELDS.length}` });
    await executeServerCommand('itc-figure', { name: 'vectorRenders', value: tried });
  });

  it('the corpus holds at least 150 labelled vectors of every kind', () => {
    expect(VECTORS.length).to.be.at.least(150);
    expect(new Set(VECTORS.map((v) => v.label)).size).to.equal(VECTORS.length);
    expect(new Set(VECTORS.map((v) => v.kind))).to.have.property('size', 10);
  });

  /** One vector in one field, shown with show=all; lang and max alternate. */
  async function tryField(vector: Vector, field: DocumentField, index: number) {
    const doc = fullDocument();
    field.set(doc, vector.value);
    const src = serve(doc);
    const attributes: BannerAttributes = { show: 'all', municipality: 'tierp', lang: index % 2 ? 'en' : 'sv', max: index % 3 ? '3' : '1' };
    const el = await renderBanner(container, src, attributes);
    const report = inspect(el);
    const label = `${vector.label} in ${field.path}`;
    assertNothingForeign(report, label);
    const text = keptText(vector.value);
    if (field.kind === 'text' && text !== undefined) {
      expect(report.text.includes(text), `${label}: shown literally`).to.equal(true);
    }
    if (field.kind === 'url' && field.section !== 'none') {
      const link = allowedLink(vector.value, src);
      if (link) expect(report.hrefs, `${label}: allowed link kept`).to.include(link);
      // The other section's "Läs mer" stays; this one's only when allowed.
      expect(report.hrefs.length, `${label}: links`).to.equal(link ? 2 : 1);
    }
    tried += 1;
    return el;
  }

  for (const [i, field] of FIELDS.entries()) {
    it(`every vector in ${field.path} (${field.kind})`, async () => {
      for (let start = 0; start < VECTORS.length; start += 16) {
        const batch = VECTORS.slice(start, start + 16);
        const elements = await Promise.all(batch.map((vector, j) => tryField(vector, field, i + start + j)));
        for (const el of elements) el.remove();
        resetServed();
      }
      await aTimeout(20);
      assertCanaryUntouched(field.path);
      expect(pageErrors, 'errors in the page').to.deep.equal([]);
    });
  }

  it('every vector in every text and link field at once, in every attribute combination (show × lang × max)', async () => {
    for (const vector of VECTORS) {
      const src = serve(fillEveryField(fullDocument(Date.now(), 4), vector.value));
      const elements = await Promise.all(ATTRIBUTE_COMBOS.map((combo) => renderBanner(container, src, combo)));
      for (const [k, el] of elements.entries()) {
        const combo = ATTRIBUTE_COMBOS[k];
        const report = inspect(el);
        const label = `${vector.label}, ${comboKey(combo)}`;
        assertNothingForeign(report, label);
        // The vector can only take away (a dropped item or link), never add an element.
        expect(report.elements, `${label}: element count`).to.be.at.most(baselines.get(comboKey(combo))!.elements);
        const text = keptText(vector.value);
        if (text !== undefined && combo.show !== 'maintenance') expect(report.text.includes(text), `${label}: title shown`).to.equal(true);
        tried += 1;
        el.remove();
      }
      resetServed();
    }
    await aTimeout(50);
    assertCanaryUntouched('all fields');
    expect(pageErrors).to.deep.equal([]);
  });

  it('a publisher link that is not allowed gives the neutral notice no link', async () => {
    warn.resetHistory();
    await publisherLinks();
    // Each failing host is reported once on the console, as a warning.
    expect(warn.callCount).to.equal(STRING_VECTORS.length);
  });

  async function publisherLinks() {
    for (const vector of STRING_VECTORS) {
      const doc = fullDocument();
      doc.publisher.url = vector.value;
      // A last good copy that is too old to show, and a host that now fails: the notice with the publisher's link.
      const src = serve('Internal Server Error', 500);
      localStorage.setItem(`itc-status:v1:${src}`, JSON.stringify({ text: JSON.stringify(doc), at: Date.now() - 10_000_000 }));
      const el = await renderBanner(container, src, { 'max-age': '60', lang: 'sv' });
      await aTimeout(0);
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      const report = inspect(el);
      assertNothingForeign(report, vector.label);
      expect(report.text, vector.label).to.include('Driftinformationen kan inte visas just nu');
      expect(report.text, vector.label).not.to.include('Just nu har vi driftstörningar');
      const link = allowedLink(vector.value, src);
      if (!link) expect(report.hrefs, vector.label).to.deep.equal([]);
      tried += 1;
      el.remove();
      resetServed();
    }
    await aTimeout(20);
    assertCanaryUntouched('publisher link');
    expect(pageErrors).to.deep.equal([]);
  }
});
