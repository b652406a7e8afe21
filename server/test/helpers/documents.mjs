// Status documents for the server tests: the seed page's sample (demo/data/sample-status.json)
// moved so that its disruption is current and its windows are ahead of `now`.
import { readFileSync } from 'node:fs';
import { shiftSample } from '../../../demo/server/status-endpoint.mjs';

const SAMPLE = JSON.parse(readFileSync(new URL('../../../demo/data/sample-status.json', import.meta.url), 'utf8'));

/** The sample as a publisher would send it today: JSON text with a trailing newline. */
export function currentSample(now = Date.now()) {
  return JSON.stringify(shiftSample(SAMPLE, now), null, 2) + '\n';
}

export const sampleDocument = (now = Date.now()) => JSON.parse(currentSample(now));
