import { expect } from '@open-wc/testing';
import { MAX_BACKOFF_MS, backoffDelay, parseRetryAfter } from '../../src/data/backoff.js';

describe('backoff', () => {
  it('doubles from the poll interval, with jitter between half and all of it, capped at 5 minutes', () => {
    const rows: [number, number, number, number][] = [
      // interval, failures, random, delay
      [60_000, 1, 1, 120_000],
      [60_000, 1, 0, 60_000],
      [60_000, 2, 1, 240_000],
      [60_000, 3, 1, 300_000],
      [60_000, 3, 0, 150_000],
      [60_000, 20, 0.5, 225_000],
      [15_000, 1, 1, 30_000],
      [15_000, 4, 1, 240_000],
      [15_000, 5, 1, 300_000],
      [600_000, 1, 1, 300_000],
    ];
    for (const [interval, failures, random, delay] of rows) {
      expect(backoffDelay(interval, failures, random), `${interval} ms, ${failures} failures, random ${random}`).to.equal(delay);
    }
    for (let i = 0; i < 200; i++) expect(backoffDelay(60_000, 1 + (i % 12))).to.be.within(60_000, MAX_BACKOFF_MS);
  });

  it('reads Retry-After as seconds or an HTTP date, at most one hour', () => {
    const now = Date.UTC(2026, 5, 1, 8, 0, 0);
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Mon, 01 Jun 2026 08:05:00 GMT', now)).to.equal(300_000);
    expect(parseRetryAfter('Mon, 01 Jun 2026 07:55:00 GMT', now), 'a date in the past').to.equal(0);
    expect(parseRetryAfter('86400', now), 'capped').to.equal(3_600_000);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('', now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
  });
});
