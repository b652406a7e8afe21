/**
 * Property-based tests of the parser: whatever arrives, reading it gives a result and never throws,
 * and what it accepts is a well-formed document whose strings are the publisher's text, unchanged
 * except for trimming, and whose links use an allowed scheme only.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseStatusDocument, parseStatusText } from '../../src/core/index.js';
import type { ParseResult, StatusDocument } from '../../src/core/types.js';
import { statusDocumentArbitrary } from './status-arbitraries.js';
import { VECTORS } from './vectors.js';

const RUNS = 300;
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Parses, turning a throw into a failed property with the input in the message. */
function read(value: unknown, baseUrl?: string): ParseResult {
  return parseStatusDocument(value, baseUrl ? { baseUrl } : undefined);
}

function isAllowedLink(href: string): boolean {
  try {
    const url = new URL(href);
    return ALLOWED_PROTOCOLS.has(url.protocol) && url.href === href;
  } catch {
    return false;
  }
}

/** Every invariant an accepted document keeps, whatever it was read from. */
function assertWellFormed(result: ParseResult): void {
  expect(result).to.be.an('object');
  expect(result.findings).to.be.an('array');
  for (const f of result.findings) {
    expect(f.level).to.be.oneOf(['error', 'warning']);
    expect(f.code).to.be.a('string');
    expect(f.path).to.be.a('string').and.match(/^\$/);
  }
  if (!result.ok) {
    expect(result.error.level).to.equal('error');
    expect(result.error.code).to.be.a('string');
    return;
  }
  const doc: StatusDocument = result.document;
  expect(doc.version).to.equal(1);
  expect(Number.isFinite(doc.updated)).to.equal(true);
  expect(doc.timeZone).to.be.a('string');
  const texts: unknown[] = [];
  const links: unknown[] = [];
  if (doc.publisher) {
    texts.push(doc.publisher.name, doc.publisher.phone, doc.publisher.phoneHours);
    links.push(doc.publisher.url);
  }
  for (const m of doc.municipalities) texts.push(m.id, m.name);
  for (const d of doc.disruptions) {
    texts.push(d.id, d.title, d.message, ...d.systems, ...d.municipalities, ...d.updates.map((u) => u.message));
    links.push(d.url);
    expect(d.severity).to.be.oneOf(['critical', 'major', 'minor']);
    expect(Number.isFinite(d.start)).to.equal(true);
    if (d.end !== undefined) expect(Number.isFinite(d.end)).to.equal(true);
    for (const u of d.updates) expect(Number.isFinite(u.at)).to.equal(true);
  }
  for (const w of doc.maintenance) {
    texts.push(w.id, w.title, w.description, w.support, ...w.municipalities, ...w.systems.map((s) => s.name));
    links.push(w.url);
    expect(w.municipalities.length).to.be.greaterThan(0);
    expect(w.end).to.be.greaterThan(w.start);
    for (const s of w.systems) expect(s.end).to.be.greaterThan(s.start);
  }
  // Strings stay strings: never a template result, array or object that a renderer could treat as markup.
  for (const t of texts) if (t !== undefined) expect(t, 'text field').to.be.a('string');
  for (const l of links) if (l !== undefined) expect(isAllowedLink(l as string), `link ${String(l)}`).to.equal(true);
  // Unique ids: a renderer may key on them.
  expect(new Set(doc.disruptions.map((d) => d.id)).size).to.equal(doc.disruptions.length);
  expect(new Set(doc.maintenance.map((w) => w.id)).size).to.equal(doc.maintenance.length);
}

describe('parser properties (fast-check)', () => {
  it('reads any JSON value without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        assertWellFormed(read(value));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any JavaScript value without throwing (Maps, Sets, dates, typed arrays, null prototypes, boxed values)', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        assertWellFormed(read(value));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any text without throwing, JSON or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        assertWellFormed(parseStatusText(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads documents with a wrong type in any field without throwing, and keeps its invariants', () => {
    const seen = { accepted: 0, refused: 0, items: 0, warnings: 0 };
    fc.assert(
      fc.property(statusDocumentArbitrary({ wrongTypes: true }), fc.constantFrom(undefined, 'https://itcentrum.se/status.json'), (doc, baseUrl) => {
        const result = read(doc, baseUrl);
        assertWellFormed(result);
        if (result.ok) {
          seen.accepted += 1;
          seen.items += result.document.disruptions.length + result.document.maintenance.length;
        } else seen.refused += 1;
        seen.warnings += result.findings.length;
      }),
      { numRuns: RUNS },
    );
    // The generator reaches both outcomes, kept items and warnings: the property is not vacuous.
    expect(seen.accepted, JSON.stringify(seen)).to.be.greaterThan(RUNS / 4);
    expect(seen.refused, JSON.stringify(seen)).to.be.greaterThan(0);
    expect(seen.items, JSON.stringify(seen)).to.be.greaterThan(RUNS);
    expect(seen.warnings, JSON.stringify(seen)).to.be.greaterThan(RUNS);
  });

  it('accepts well-typed documents and keeps their text as the publisher wrote it (trimmed only)', () => {
    let compared = 0;
    fc.assert(
      fc.property(statusDocumentArbitrary({ wrongTypes: false }), (doc) => {
        const result = read(doc);
        assertWellFormed(result);
        expect(result.ok).to.equal(true);
        if (!result.ok) return;
        const inputDisruptions = (doc.disruptions as Array<Record<string, unknown>>) ?? [];
        for (const d of result.document.disruptions) {
          const source = inputDisruptions.find((i) => typeof i.id === 'string' && i.id.trim() === d.id);
          expect(source, `source of ${d.id}`).to.exist;
          expect(d.title).to.equal((source!.title as string).trim());
          compared += 1;
        }
      }),
      { numRuns: RUNS },
    );
    expect(compared).to.be.greaterThan(RUNS);
  });

  it('reads every JSON text truncated at any point without throwing', () => {
    fc.assert(
      fc.property(statusDocumentArbitrary({ wrongTypes: true }), fc.nat(), (doc, cut) => {
        const text = JSON.stringify(doc);
        assertWellFormed(parseStatusText(text.slice(0, cut % (text.length + 1))));
      }),
      { numRuns: RUNS },
    );
  });

  it('survives hostile objects: throwing getters, proxies, cycles, deep nesting', () => {
    const throwingGetter = Object.defineProperty({ version: 1, updated: '2022-10-28T15:00:00+02:00' }, 'disruptions', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const trap = () => {
      throw new Error('trap');
    };
    const hostileProxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const cyclic: Record<string, unknown> = { version: 1, updated: '2022-10-28T15:00:00+02:00', disruptions: [] };
    (cyclic.disruptions as unknown[]).push(cyclic);
    cyclic.publisher = cyclic;
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const deepText = '['.repeat(100_000) + ']'.repeat(100_000);
    const values = [
      throwingGetter,
      hostileProxy,
      revocable.proxy,
      cyclic,
      { version: 1, updated: '2022-10-28T15:00:00+02:00', disruptions: deep, maintenance: deep, publisher: deep },
      Object.create(null),
      Object.assign(Object.create({ version: 1, updated: '2022-10-28T15:00:00+02:00' }), {}),
      { version: 1, updated: '2022-10-28T15:00:00+02:00', disruptions: new Array(100_000) },
      { version: { valueOf: trap, toString: trap }, updated: { toString: trap } },
      { version: 1, updated: '2022-10-28T15:00:00+02:00', [Symbol.iterator]: trap },
    ];
    for (const value of values) assertWellFormed(read(value));
    assertWellFormed(parseStatusText(deepText));
    assertWellFormed(parseStatusText(undefined as unknown as string));
    assertWellFormed(parseStatusText(42 as unknown as string));
  });

  it('never turns a corpus vector into anything but plain text or a refused link', () => {
    let tried = 0;
    for (const vector of VECTORS) {
      const disruption = { id: 'd1', title: vector.value, message: vector.value, systems: [vector.value], start: '2022-10-27T08:10', url: vector.value, updates: [{ at: '2022-10-27T09:00', message: vector.value }] };
      const window = { id: 'w1', title: vector.value, municipalities: ['tierp'], start: '2022-10-29T10:00', end: '2022-10-29T20:00', description: vector.value, support: vector.value, url: vector.value, systems: [{ name: vector.value, start: '2022-10-29T10:00', end: '2022-10-29T14:00' }] };
      const doc = { version: 1, updated: '2022-10-28T15:00:00+02:00', publisher: { name: vector.value, url: vector.value, phone: vector.value, phoneHours: vector.value }, municipalities: [{ id: 'tierp', name: vector.value }], disruptions: [disruption], maintenance: [window] };
      const result = read(doc, 'https://itcentrum.se/status.json');
      assertWellFormed(result);
      if (typeof vector.value === 'string' && vector.value.trim() && result.ok) {
        const d = result.document.disruptions[0];
        expect(d?.title, vector.label).to.equal(vector.value.trim());
        expect(d?.message, vector.label).to.equal(vector.value.trim());
      }
      tried += 1;
    }
    expect(tried).to.equal(VECTORS.length);
  });
});
