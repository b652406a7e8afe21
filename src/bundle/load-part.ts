/**
 * Loads a part of the pasted bundle (a file beside dist/itc-status.js) the way the bundle itself
 * was loaded: from the same directory, with its nonce and crossorigin mode, and, when the bundle
 * came with an `integrity` attribute, with the part's own hash, which the build wrote into the
 * bundle. So a page's Subresource Integrity check of the bundle covers its parts too, and a
 * strict Content-Security-Policy that admits the bundle admits its parts.
 */

/** A part as the build describes it: its file name and SRI hash (`sha384-…`). */
export interface Part {
  file: string;
  integrity: string;
}

/** The part of the Trusted Types API used here (not in TypeScript's DOM types). */
interface TrustedTypesWindow {
  trustedTypes: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string } };
}

// Read while the bundle runs: afterwards it is another script or null. Through Document's own
// getter: `<img name="currentScript">` in the page would hide `document.currentScript`.
const bundle = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')!.get!.call(document) as HTMLScriptElement | null;

/**
 * The part's URL as a Trusted Types script URL. A page that enforces Trusted Types must allow the
 * policy "itc-status" (`trusted-types lit-html itc-status`); the policy vouches for this one URL only.
 */
function scriptUrl(url: string): string {
  try {
    return (self as unknown as TrustedTypesWindow).trustedTypes.createPolicy('itc-status', { createScriptURL: (u) => (u == url ? u : '') }).createScriptURL(url);
  } catch {
    // No Trusted Types, or the page does not allow the policy: a plain URL (refused if they are enforced).
    return url;
  }
}

/** Runs the part's file; resolves once it ran, rejects with the reason when it cannot. */
export function loadPart({ file, integrity }: Part): Promise<void> {
  return new Promise((resolve, reject) => {
    // A module script or inlined code has no currentScript: no folder to load the part from.
    if (!bundle?.src) throw 'its folder is unknown: load itc-status.js with a classic <script src> (not type="module")';
    const url = new URL(file, bundle.src).href;
    const script = document.createElement('script');
    script.onload = () => resolve();
    script.onerror = () => reject(`${url} could not be loaded (missing, refused by the page's CSP, or not matching the integrity hash)`);
    script.nonce = bundle.nonce!;
    if (bundle.crossOrigin != null) script.crossOrigin = bundle.crossOrigin;
    if (bundle.integrity) script.integrity = integrity;
    try {
      script.src = scriptUrl(url);
    } catch {
      throw `Trusted Types refused ${url}: add "itc-status" to the page's trusted-types directive`;
    }
    document.head.append(script);
  });
}
