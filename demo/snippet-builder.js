// The snippet builder: an editor picks what to show, sees it live and copies the exact code to
// paste into a CMS. Plain JavaScript so that the demo runs without a build step.

/** `"`, `&`, `<` and `>` as HTML entities, for attribute values in the snippet. */
const escapeAttribute = (value) =>
  value.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);

/** An absolute URL for `value` (the snippet is pasted on another site), or the text as typed. */
function absolute(value, base) {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/**
 * The element the options describe: its tag and its attributes, in the order they are written.
 * Attributes at their default are left out.
 * @param {{ show: string, municipalities: string[], lang: string, src: string, action: string }} o
 */
export function elementFor(o) {
  const subscribe = o.show === 'subscribe';
  const attributes = [subscribe ? ['action', o.action] : ['src', o.src]];
  if (o.municipalities.length) attributes.push(['municipality', o.municipalities.join(', ')]);
  if (!subscribe && o.show !== 'all') attributes.push(['show', o.show]);
  if (o.lang === 'en') attributes.push(['lang', 'en']);
  return { tag: subscribe ? 'itc-subscribe' : 'itc-status-banner', attributes };
}

/**
 * The snippet: the script tag (with `integrity` and `crossorigin` when the hash is known) and the
 * element. Before a banner the script is not deferred: the element is then defined when the parser
 * reaches it, and on a revisit it shows the stored status in the first paint, so nothing below it
 * moves. The form has its fallback content meanwhile: its script is deferred.
 * @param {{ show: string, municipalities: string[], lang: string, src: string, action: string, script: string, integrity?: string }} o
 */
export function buildSnippet(o) {
  const { tag, attributes } = elementFor(o);
  const check = o.integrity ? ` integrity="${escapeAttribute(o.integrity)}" crossorigin="anonymous"` : '';
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const defer = tag == 'itc-subscribe' ? ' defer' : '';
  return `<script src="${escapeAttribute(o.script)}"${check}${defer}></script>\n<${tag}${attrs}></${tag}>`;
}

/** `sha384-…` of the script at `url`, or undefined when it cannot be fetched from here. */
export async function integrityOf(url) {
  try {
    const response = await fetch(url, { mode: 'cors', cache: 'no-store' });
    if (!response.ok) return undefined;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
    return 'sha384-' + btoa(String.fromCharCode(...digest));
  } catch {
    return undefined;
  }
}

const TEXTS = {
  copied: 'Koden är kopierad.',
  failed: 'Kunde inte kopiera automatiskt. Koden är markerad – kopiera den med Ctrl+C (⌘+C på Mac).',
  withIntegrity: 'Med integritetskontroll för skriptet som finns på adressen nu.',
  withoutIntegrity: 'Utan integritetskontroll: skriptet kunde inte hämtas härifrån.',
};

/**
 * Wires the builder in `root` (the markup of demo/snippet.html): every change updates the
 * snippet and the preview; "Kopiera koden" copies and says so in a live region.
 * Resolves once the first snippet (with its integrity, if known) is shown.
 */
export async function mountSnippetBuilder(root) {
  const form = root.querySelector('form');
  const code = root.querySelector('.snippet');
  const preview = root.querySelector('.preview');
  const status = root.querySelector('.copy-status');
  const note = root.querySelector('.integrity-note');
  const base = document.baseURI;
  let integrity = { url: '', value: /** @type {string | undefined} */ (undefined) };
  let previewKey = '';

  const options = () => {
    const data = new FormData(form);
    return {
      show: String(data.get('show')),
      municipalities: data.getAll('municipality').map(String),
      lang: String(data.get('lang')),
      src: absolute(String(data.get('src')).trim(), base),
      action: absolute(String(data.get('action')).trim(), base),
      script: absolute(String(data.get('script')).trim(), base),
    };
  };

  async function update() {
    const o = options();
    if (integrity.url !== o.script) {
      integrity = { url: o.script, value: undefined };
      const value = await integrityOf(o.script);
      if (integrity.url !== o.script) return; // a newer script URL was typed meanwhile
      integrity.value = value;
    }
    const subscribe = o.show === 'subscribe';
    root.querySelector('[data-for="status"]').hidden = subscribe;
    root.querySelector('[data-for="subscribe"]').hidden = !subscribe;
    code.textContent = buildSnippet({ ...o, integrity: integrity.value });
    note.textContent = integrity.value ? TEXTS.withIntegrity : TEXTS.withoutIntegrity;
    // The preview is the real element, built with setAttribute (never from markup).
    const { tag, attributes } = elementFor(o);
    const key = JSON.stringify([tag, attributes]);
    if (key !== previewKey) {
      previewKey = key;
      const element = document.createElement(tag);
      for (const [name, value] of attributes) element.setAttribute(name, value);
      preview.replaceChildren(element);
    }
    status.textContent = '';
  }

  /** Says `text` in the live region; emptied first so that the same words are read again. */
  function announce(text) {
    status.textContent = '';
    setTimeout(() => (status.textContent = text), 50);
  }

  root.querySelector('.copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      announce(TEXTS.copied);
    } catch {
      // Leave the code selected so that the keyboard shortcut copies it.
      getSelection().selectAllChildren(code);
      announce(TEXTS.failed);
    }
  });
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  await update();
}
