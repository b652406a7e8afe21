import { toICalendar, type ICalendarOptions } from '../../core/ics.js';
import type { MaintenanceWindow } from '../../core/types.js';

/**
 * The calendar file (.ics) of windows: the core's generator (the same as `itc-status ics`). In the
 * pasted bundle this module is replaced by src/bundle/calendar-on-demand.ts, which loads the
 * generator as a part of its own the first time a file is asked for (scripts/rollup-parts.mjs).
 */
export const calendarText = async (windows: MaintenanceWindow[], options: ICalendarOptions): Promise<string> => toICalendar(windows, options);
