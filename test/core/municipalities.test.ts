import { expect } from '@open-wc/testing';
import { municipalityKey, resolveMunicipalities } from '../../src/core/municipalities.js';

const document = {
  municipalities: [
    { id: 'heby', name: 'Heby' },
    { id: 'alvkarleby', name: 'Älvkarleby' },
    { id: 'knivsta', name: 'Knivsta' },
    { id: 'tierp', name: 'Tierp' },
    { id: 'osthammar', name: 'Östhammar' },
  ],
};

describe('resolveMunicipalities', () => {
  // [query, ids, unknown]
  const cases: Array<[string | undefined, string[], string[]]> = [
    [undefined, [], []],
    ['', [], []],
    ['  ,  ', [], []],
    ['tierp', ['tierp'], []],
    ['Tierp', ['tierp'], []],
    ['TIERP', ['tierp'], []],
    ['Älvkarleby', ['alvkarleby'], []],
    ['älvkarleby', ['alvkarleby'], []],
    ['alvkarleby', ['alvkarleby'], []],
    ['ÄLVKARLEBY', ['alvkarleby'], []],
    ['ALVKARLEBY', ['alvkarleby'], []],
    ['Östhammar', ['osthammar'], []],
    ['OSTHAMMAR', ['osthammar'], []],
    ['östhammar', ['osthammar'], []],
    // Decomposed å/ä/ö (as some systems send them) match as well.
    ['A\u0308lvkarleby', ['alvkarleby'], []],
    ['tierp älvkarleby', ['tierp', 'alvkarleby'], []],
    ['tierp,älvkarleby', ['tierp', 'alvkarleby'], []],
    ['Tierp, Älvkarleby ,Heby', ['tierp', 'alvkarleby', 'heby'], []],
    ['  knivsta\n\theby  ', ['knivsta', 'heby'], []],
    ['tierp Tierp TIERP', ['tierp'], []],
    ['tierp uppsala', ['tierp'], ['uppsala']],
    ['uppsala', [], ['uppsala']],
    ['Tierps kommun', [], ['Tierps', 'kommun']],
    ['tier', [], ['tier']],
  ];
  for (const [query, ids, unknown] of cases) {
    it(`${JSON.stringify(query)} → ${JSON.stringify(ids)}${unknown.length ? ` unknown ${JSON.stringify(unknown)}` : ''}`, () => {
      expect(resolveMunicipalities(document, query)).to.deep.equal({ ids, unknown });
    });
  }

  it('takes each word as an id when the document lists no municipalities', () => {
    expect(resolveMunicipalities({ municipalities: [] }, 'tierp, Heby')).to.deep.equal({ ids: ['tierp', 'Heby'], unknown: [] });
  });

  it('ignores a query that is not text', () => {
    expect(resolveMunicipalities(document, 42 as unknown as string)).to.deep.equal({ ids: [], unknown: [] });
  });
});

describe('municipalityKey', () => {
  const cases: Array<[string, string]> = [
    ['Älvkarleby', 'alvkarleby'],
    ['ÖSTHAMMAR', 'osthammar'],
    ['Åre', 'are'],
    ['tierp', 'tierp'],
  ];
  for (const [text, key] of cases) it(`${text} → ${key}`, () => expect(municipalityKey(text)).to.equal(key));
});
