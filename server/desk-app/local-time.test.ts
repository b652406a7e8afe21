import { expect } from '@open-wc/testing';
import { localNow, normalizeDate, normalizeTime, splitLocal } from './local-time.js';

describe('normalizeTime: what publishers type as a time of day', () => {
  const cases: [string, string | undefined][] = [
    ['10', '10:00'],
    ['9', '09:00'],
    ['1000', '10:00'],
    ['10.00', '10:00'],
    ['10:00', '10:00'],
    [' 8:05 ', '08:05'],
    ['23:59', '23:59'],
    ['24:00', undefined],
    ['10:60', undefined],
    ['10:5', undefined],
    ['kl 10', undefined],
    ['', undefined],
  ];
  for (const [typed, expected] of cases) it(`"${typed}" → ${expected}`, () => expect(normalizeTime(typed)).to.equal(expected));
});

describe('normalizeDate', () => {
  const cases: [string, string | undefined][] = [
    ['2027-03-28', '2027-03-28'],
    ['2027-3-8', '2027-03-08'],
    ['2028-02-29', '2028-02-29'],
    ['2027-02-29', undefined],
    ['2027-13-01', undefined],
    ['28/3 2027', undefined],
    ['', undefined],
  ];
  for (const [typed, expected] of cases) it(`"${typed}" → ${expected}`, () => expect(normalizeDate(typed)).to.equal(expected));
});

describe('localNow: Stockholm wall-clock time, whatever the viewer’s zone', () => {
  const cases: [string, { date: string; time: string }][] = [
    ['2027-03-28T00:59:00Z', { date: '2027-03-28', time: '01:59' }], // CET, just before the clocks go forward
    ['2027-03-28T01:00:00Z', { date: '2027-03-28', time: '03:00' }], // CEST from 01:00 UTC
    ['2027-10-31T00:30:00Z', { date: '2027-10-31', time: '02:30' }], // the first 02:30
    ['2027-10-31T01:30:00Z', { date: '2027-10-31', time: '02:30' }], // the second
    ['2026-12-06T23:30:00Z', { date: '2026-12-07', time: '00:30' }], // already tomorrow in Stockholm
  ];
  for (const [instant, expected] of cases) it(instant, () => expect(localNow('Europe/Stockholm', Date.parse(instant))).to.deep.equal(expected));
});

describe('splitLocal', () => {
  it('takes the date and time of a local time', () => expect(splitLocal('2027-03-28T10:00')).to.deep.equal({ date: '2027-03-28', time: '10:00' }));
  it('is empty for nothing', () => expect(splitLocal(null)).to.deep.equal({ date: '', time: '' }));
});
