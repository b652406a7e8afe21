import { expect } from '@open-wc/testing';
import { isEmail, validateSubscription, type SubscribeValues } from '../../src/components/subscribe/validate.js';

const valid: SubscribeValues = { email: 'anna@tierp.se', topics: ['news'], municipalities: ['tierp'], consent: true };

describe('isEmail', () => {
  const cases: Array<[string, boolean]> = [
    ['anna@tierp.se', true],
    ['anna.andersson+drift@osthammar.se', true],
    ['a@b.co', true],
    ['namn@sub.heby.se', true],
    ['', false],
    ['anna', false],
    ['anna@', false],
    ['@tierp.se', false],
    ['anna@tierp', false],
    ['anna@@tierp.se', false],
    ['anna @tierp.se', false],
    ['anna@tierp..se', false],
    ['anna@.tierp.se', false],
    ['anna@tierp.se.', false],
    [`${'a'.repeat(250)}@x.se`, false],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…` : value)} → ${expected}`, () => {
      expect(isEmail(value)).to.equal(expected);
    });
  }
});

describe('validateSubscription', () => {
  const cases: Array<[string, Partial<SubscribeValues>, object]> = [
    ['a complete sign-up', {}, {}],
    ['surrounding spaces are not an error', { email: '  anna@tierp.se ' }, {}],
    ['everything missing', { email: '', topics: [], municipalities: [], consent: false }, { email: 'required', topics: 'required', municipalities: 'required', consent: 'required' }],
    ['only spaces as email', { email: '   ' }, { email: 'required' }],
    ['a malformed email', { email: 'anna.tierp.se' }, { email: 'format' }],
    ['no topic', { topics: [] }, { topics: 'required' }],
    ['no municipality', { municipalities: [] }, { municipalities: 'required' }],
    ['no consent', { consent: false }, { consent: 'required' }],
    ['both topics, all municipalities', { topics: ['news', 'operations'], municipalities: ['heby', 'alvkarleby', 'knivsta', 'tierp', 'osthammar'] }, {}],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => {
      expect(validateSubscription({ ...valid, ...change })).to.deep.equal(expected);
    });
  }
});
