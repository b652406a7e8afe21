/** The pure core: reading, selecting and formatting status documents. No DOM; runs in Node too. */
export * from './types.js';
export * from './time.js';
