/**
 * In the pasted bundle, the calendar file's generator is a part of its own (few staff press "Lägg
 * till i kalender", every page loads the bundle): loaded beside the bundle, like the form's part,
 * the first time a file is asked for. Stands in for src/components/status-banner/calendar-file.ts.
 */
import calendar from 'itc-status:calendar-part';
import type { ICalendarOptions } from '../core/ics.js';
import type { MaintenanceWindow } from '../core/types.js';
import { loadPart } from './load-part.js';

/** Where the part puts the generator (src/bundle/calendar-part.ts). */
const ICS = Symbol.for('itc-status.ics');

type Generator = (windows: MaintenanceWindow[], options: ICalendarOptions) => string;

let loading: Promise<void> | undefined;

export async function calendarText(windows: MaintenanceWindow[], options: ICalendarOptions): Promise<string> {
  // A failed load is tried again at the next press.
  await (loading ??= loadPart(calendar).catch((reason) => {
    loading = undefined;
    throw reason;
  }));
  return ((globalThis as Record<symbol, unknown>)[ICS] as Generator)(windows, options);
}
