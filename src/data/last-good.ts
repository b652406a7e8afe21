/**
 * The last good status document per `src` is kept in localStorage (see status-store.ts) so that a
 * page load can show it at once and revalidate in the background.
 *
 * Key: `itc-status:v1:<absolute src URL>`; value: `{"text": <the response body>, "at": <ms>}`.
 * The text is parsed again on reading, through the same parser as a response. Storage that throws
 * (disabled, full, privacy mode) simply keeps nothing: the page then works from memory. The same
 * name is used for the cross-tab Web Lock and BroadcastChannel.
 */
export const STORAGE_PREFIX = 'itc-status:v1:';
