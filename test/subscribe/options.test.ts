import { expect } from '@open-wc/testing';
import { httpUrl, parseMunicipalities, parseTopics } from '../../src/components/subscribe/options.js';
import { langOf } from '../../src/components/page-lang.js';

describe('parseMunicipalities', () => {
  const cases: Array<[string | null | undefined, string[], string[]]> = [
    [null, [], []],
    ['', [], []],
    ['tierp', ['tierp'], []],
    ['Tierp', ['tierp'], []],
    ['Älvkarleby', ['alvkarleby'], []],
    ['ÖSTHAMMAR', ['osthammar'], []],
    ['alvkarleby', ['alvkarleby'], []],
    ['tierp, Älvkarleby', ['tierp', 'alvkarleby'], []],
    ['osthammar heby,knivsta  tierp', ['osthammar', 'heby', 'knivsta', 'tierp'], []],
    ['tierp Tierp TIERP', ['tierp'], []],
    ['Tierp Uppsala', ['tierp'], ['Uppsala']],
    ['Öst hammar', [], ['Öst', 'hammar']],
  ];
  for (const [value, ids, unknown] of cases) {
    it(`${JSON.stringify(value)} → ${ids.join(' ') || '(none)'}${unknown.length ? `, unknown ${unknown.join(' ')}` : ''}`, () => {
      expect(parseMunicipalities(value)).to.deep.equal({ ids, unknown });
    });
  }
});

describe('parseTopics', () => {
  const cases: Array<[string | undefined, string[], string[]]> = [
    [undefined, [], []],
    ['driftinformation', ['operations'], []],
    ['Driftinformation', ['operations'], []],
    ['drift', ['operations'], []],
    ['operations', ['operations'], []],
    ['nyheter', ['news'], []],
    ['NEWS', ['news'], []],
    ['driftinformation, nyheter', ['operations', 'news'], []],
    ['drift driftinformation operations', ['operations'], []],
    ['nyheter väder', ['news'], ['väder']],
  ];
  for (const [value, ids, unknown] of cases) {
    it(`${JSON.stringify(value)} → ${ids.join(' ') || '(none)'}`, () => {
      expect(parseTopics(value)).to.deep.equal({ ids, unknown });
    });
  }
});

describe('langOf', () => {
  const cases: Array<[string | null | undefined, string | undefined]> = [
    [undefined, undefined],
    [null, undefined],
    ['', undefined],
    ['sv', 'sv'],
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['sv-SE', 'sv'],
    ['en-US', 'en'],
    ['sv-FI', 'sv'],
    ['de', undefined],
    ['svenska', undefined],
    ['english', undefined],
    ['se', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${expected ?? 'none'}`, () => {
      expect(langOf(tag)).to.equal(expected);
    });
  }
});

describe('httpUrl', () => {
  const base = 'https://intranat.tierp.se/it/driftinfo';
  const cases: Array<[string | undefined, string | undefined]> = [
    [undefined, undefined],
    ['', undefined],
    ['https://itcentrum.se/sekretesspolicy/', 'https://itcentrum.se/sekretesspolicy/'],
    ['http://itcentrum.se/villkor', 'http://itcentrum.se/villkor'],
    ['  https://itcentrum.se/ ', 'https://itcentrum.se/'],
    ['/api/subscribe', 'https://intranat.tierp.se/api/subscribe'],
    ['villkor', 'https://intranat.tierp.se/it/villkor'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['data:text/html,hej', undefined],
    ['mailto:it@itcentrum.se', undefined],
    ['http://[bad', undefined],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} → ${expected ?? 'none'}`, () => {
      expect(httpUrl(value, base)).to.equal(expected);
    });
  }
});
