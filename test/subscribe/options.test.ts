import { expect } from '@open-wc/testing';
import { httpUrl, parseMunicipalities, parseTopics, resolveLang } from '../../src/components/subscribe/options.js';

describe('parseMunicipalities', () => {
  const cases: Array<[string | null | undefined, string[], string[]]> = [
    [null, [], []],
    ['', [], []],
    ['tierp', ['tierp'], []],
    ['Tierp', ['tierp'], []],
    ['Älvkarleby', ['alvkarleby'], []],
    ['ÖSTHAMMAR', ['osthammar'], []],
    ['alvkarleby', ['alvkarleby'], []],
    ['tierp, Älvkarleby', ['alvkarleby', 'tierp'], []],
    ['osthammar heby,knivsta  tierp', ['heby', 'knivsta', 'tierp', 'osthammar'], []],
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
    ['driftinformation, nyheter', ['news', 'operations'], []],
    ['nyheter väder', ['news'], ['väder']],
  ];
  for (const [value, ids, unknown] of cases) {
    it(`${JSON.stringify(value)} → ${ids.join(' ') || '(none)'}`, () => {
      expect(parseTopics(value)).to.deep.equal({ ids, unknown });
    });
  }
});

describe('resolveLang', () => {
  const cases: Array<[string | null, string | null, { lang: string; invalid: boolean }]> = [
    [null, null, { lang: 'sv', invalid: false }],
    ['', 'en', { lang: 'en', invalid: false }],
    ['en', 'sv', { lang: 'en', invalid: false }],
    ['sv', 'en', { lang: 'sv', invalid: false }],
    ['EN-gb', null, { lang: 'en', invalid: false }],
    ['sv-SE', 'en', { lang: 'sv', invalid: false }],
    [null, 'en-US', { lang: 'en', invalid: false }],
    [null, 'sv-FI', { lang: 'sv', invalid: false }],
    [null, 'de', { lang: 'sv', invalid: false }],
    ['de', 'en', { lang: 'sv', invalid: true }],
    ['svenska', null, { lang: 'sv', invalid: true }],
  ];
  for (const [own, page, expected] of cases) {
    it(`own ${JSON.stringify(own)}, page ${JSON.stringify(page)} → ${expected.lang}${expected.invalid ? ' (invalid)' : ''}`, () => {
      expect(resolveLang(own, page)).to.deep.equal(expected);
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
