/**
 * The calendar part of the pasted bundle (dist/itc-calendar.<hash>.js): the core's .ics generator,
 * handed to the bundle under a symbol, which no element id or name on the page can clobber.
 * Loaded by src/bundle/calendar-on-demand.ts.
 */
import { toICalendar } from '../core/ics.js';

(globalThis as Record<symbol, unknown>)[Symbol.for('itc-status.ics')] = toICalendar;
