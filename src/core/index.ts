/** The pure core: reading, selecting and formatting status documents. No DOM; runs in Node too. */
export * from './types.js';
export * from './time.js';
export * from './urls.js';
export * from './municipalities.js';
export * from './parse.js';
export * from './select.js';
export * from './format.js';
export * from './findings.js';
export { lintStatusDocument, STALE_DISRUPTION_DAYS, type LintOptions } from './lint.js';
export { toICalendar, type ICalendarOptions } from './ics.js';
export { checkStatusDocument, checkStatusText, type CheckOptions, type CheckResult } from './check.js';
