/** Written by the build of the pasted bundle (scripts/rollup-parts.mjs): the form's part. */
declare module 'itc-status:subscribe-part' {
  const part: import('./load-part.js').Part;
  export default part;
}

/** Written by the build of the pasted bundle (scripts/rollup-parts.mjs): the calendar file's generator. */
declare module 'itc-status:calendar-part' {
  const part: import('./load-part.js').Part;
  export default part;
}
