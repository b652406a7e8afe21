import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { CONSENT_VERSION, buildPayload, mapResponse, newIdempotencyKey, parseRetryAfter } from '../../src/components/subscribe/send.js';
import { duration, strings } from '../../src/components/subscribe/subscribe.strings.js';

const NOW = Date.UTC(2024, 9, 29, 8, 0, 0);
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('mapResponse', () => {
  const cases: Array<[string, () => Response, object]> = [
    ['202 pending', () => json(202, { status: 'pending' }), { kind: 'success', status: 202 }],
    ['200 with any body', () => new Response('ok', { status: 200 }), { kind: 'success', status: 200 }],
    ['201 empty', () => new Response(null, { status: 201 }), { kind: 'success', status: 201 }],
    ['204', () => new Response(null, { status: 204 }), { kind: 'success', status: 204 }],
    ['422 field error', () => json(422, { errors: { email: 'Adressen finns inte.' } }), { kind: 'invalid', status: 422, errors: { email: 'Adressen finns inte.' } }],
    [
      '400 several field errors, unknown fields and non-strings dropped',
      () => json(400, { errors: { email: ' Fel format ', consent: '', name: 'x', topics: 3 } }),
      { kind: 'invalid', status: 400, errors: { email: 'Fel format', consent: '' } },
    ],
    ['422 without errors', () => json(422, { message: 'nope' }), { kind: 'failed', reason: 'http', status: 422 }],
    ['400 with errors not an object', () => json(400, { errors: 'email' }), { kind: 'failed', reason: 'http', status: 400 }],
    ['400 with HTML body', () => new Response('<h1>Bad</h1>', { status: 400 }), { kind: 'failed', reason: 'http', status: 400 }],
    ['400 with only unknown fields', () => json(400, { errors: { phone: 'x' } }), { kind: 'failed', reason: 'http', status: 400 }],
    ['429 with Retry-After seconds', () => json(429, {}, { 'Retry-After': '30' }), { kind: 'rate-limited', status: 429, retryAfter: 30 }],
    [
      '429 with Retry-After date',
      () => json(429, {}, { 'Retry-After': new Date(NOW + 120000).toUTCString() }),
      { kind: 'rate-limited', status: 429, retryAfter: 120 },
    ],
    ['429 without Retry-After', () => new Response(null, { status: 429 }), { kind: 'rate-limited', status: 429, retryAfter: undefined }],
    ['500', () => new Response('boom', { status: 500 }), { kind: 'failed', reason: 'http', status: 500 }],
    ['503', () => new Response(null, { status: 503 }), { kind: 'failed', reason: 'http', status: 503 }],
    ['404', () => new Response(null, { status: 404 }), { kind: 'failed', reason: 'http', status: 404 }],
    ['403', () => json(403, { errors: { email: 'x' } }), { kind: 'failed', reason: 'http', status: 403 }],
  ];
  for (const [name, response, expected] of cases) {
    it(name, async () => {
      expect(await mapResponse(response(), NOW)).to.deep.equal(expected);
    });
  }
});

describe('parseRetryAfter', () => {
  const cases: Array<[string | null, number | undefined]> = [
    [null, undefined],
    ['', undefined],
    ['30', 30],
    [' 120 ', 120],
    ['0', undefined],
    ['-5', undefined],
    ['abc', undefined],
    [new Date(NOW + 45000).toUTCString(), 45],
    [new Date(NOW + 1500).toUTCString(), 1],
    [new Date(NOW - 60000).toUTCString(), undefined],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} → ${expected}`, () => {
      expect(parseRetryAfter(value, NOW)).to.equal(expected);
    });
  }
});

describe('wait message (429)', () => {
  // The `wait` entry of SubscribeStrings (index 15).
  const [sv, en] = [strings.sv[15], strings.en[15]];
  const cases: Array<[number, string, string]> = [
    [1, '1 sekund', '1 second'],
    [30, '30 sekunder', '30 seconds'],
    [89, '89 sekunder', '89 seconds'],
    [90, '2 minuter', '2 minutes'],
    [60 * 60, '60 minuter', '60 minutes'],
  ];
  for (const [seconds, inSwedish, inEnglish] of cases) {
    it(`${seconds} s → "${inSwedish}" / "${inEnglish}"`, () => {
      expect(duration(seconds, 'sekund', 'minut', 'er')).to.equal(inSwedish);
      expect(sv(seconds)).to.equal(`För många anmälningar på kort tid. Vänta ${inSwedish} och försök igen.`);
      expect(en(seconds)).to.equal(`Too many sign-ups in a short time. Wait ${inEnglish} and try again.`);
    });
  }

  it('without Retry-After: a while', () => {
    expect(sv()).to.equal('För många anmälningar på kort tid. Vänta en stund och försök igen.');
    expect(en()).to.equal('Too many sign-ups in a short time. Wait a moment and try again.');
  });
});

describe('buildPayload', () => {
  it('has exactly the documented fields', () => {
    const payload = buildPayload(
      { email: '  anna@tierp.se ', topics: ['news', 'operations'], municipalities: ['alvkarleby', 'tierp'], consent: true },
      { lang: 'en', idempotencyKey: 'k-1', honeypot: '', elapsedMs: 4321.6 },
    );
    expect(payload).to.deep.equal({
      email: 'anna@tierp.se',
      topics: ['news', 'operations'],
      municipalities: ['alvkarleby', 'tierp'],
      consent: true,
      consentVersion: CONSENT_VERSION,
      lang: 'en',
      idempotencyKey: 'k-1',
      honeypot: '',
      elapsedMs: 4322,
    });
    expect(CONSENT_VERSION).to.equal('2024-01');
  });
});

describe('newIdempotencyKey', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a new UUID v4 each time', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).to.equal(50);
    for (const key of keys) expect(key).to.match(UUID);
  });

  it('is a UUID v4 without crypto.randomUUID (plain http pages)', () => {
    const stub = sinon.stub(crypto, 'randomUUID').value(undefined);
    try {
      const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
      expect(keys.size).to.equal(50);
      for (const key of keys) expect(key).to.match(UUID);
    } finally {
      stub.restore();
    }
  });
});
