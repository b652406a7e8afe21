/**
 * Feeds the preview's `<itc-status-banner>` the draft through a `blob:` URL (the desk's policy
 * allows `connect-src blob:`), so nothing unpublished leaves the browser. A new URL only when the
 * text changes; the old one is released a little later (the banner may still be reading it), and
 * so is what the banner kept of it in localStorage.
 */
const STORED_PREFIX = 'itc-status:v1:';
const RELEASE_AFTER_MS = 10_000;

export class PreviewSource {
  #text?: string;
  #url?: string;

  show(banner: Element | null, text: string): void {
    if (!banner || (text === this.#text && banner.getAttribute('src') === this.#url)) return;
    const previous = this.#url;
    this.#text = text;
    this.#url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    banner.setAttribute('src', this.#url);
    if (previous) setTimeout(() => this.forget(previous), RELEASE_AFTER_MS);
  }

  release(): void {
    if (this.#url) this.forget(this.#url);
    this.#url = this.#text = undefined;
  }

  private forget(url: string): void {
    URL.revokeObjectURL(url);
    try {
      localStorage.removeItem(STORED_PREFIX + url);
    } catch {
      // Storage that throws kept nothing.
    }
  }
}
