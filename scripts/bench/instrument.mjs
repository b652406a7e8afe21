// Scripts the benchmark installs in a page before any of the page's own scripts run
// (page.evaluateOnNewDocument). Each returns a self-contained function body as text.

/**
 * Performance observers registered before the page loads: layout shifts, long tasks and long
 * animation frames, plus the moment each status response body resolved (Response#text/json).
 * Everything lands in `window.__bench`.
 */
export const observers = () => `(() => {
  const bench = (window.__bench = { shifts: [], longtasks: [], loafs: [], bodies: [] });
  const watch = (type, list, map) => {
    try {
      new PerformanceObserver((entries) => { for (const e of entries.getEntries()) list.push(map(e)); })
        .observe({ type, buffered: true });
    } catch {}
  };
  watch('layout-shift', bench.shifts, (e) => ({
    value: e.value, startTime: e.startTime, hadRecentInput: e.hadRecentInput,
    sources: (e.sources || []).map((s) => (s.node && (s.node.nodeName + (s.node.id ? '#' + s.node.id : '') + (s.node.className && typeof s.node.className === 'string' ? '.' + s.node.className.split(' ')[0] : ''))) || '?'),
  }));
  watch('longtask', bench.longtasks, (e) => ({ startTime: e.startTime, duration: e.duration }));
  watch('long-animation-frame', bench.loafs, (e) => ({
    startTime: e.startTime, duration: e.duration, blockingDuration: e.blockingDuration,
    scripts: (e.scripts || []).map((s) => ({ sourceURL: s.sourceURL, invoker: s.invoker, duration: s.duration })),
  }));
  for (const name of ['text', 'json']) {
    const original = Response.prototype[name];
    Response.prototype[name] = function () {
      const url = this.url;
      return original.call(this).then((body) => {
        if (url.includes('/bench/status')) {
          const entry = { url, at: performance.now() };
          bench.bodies.push(entry);
          if (bench.onBody) bench.onBody(entry);
        }
        return body;
      });
    };
  }
})();`;

/**
 * Counts calls into the ICU-backed APIs (Intl constructors, toLocale*String, localeCompare), with
 * the first caller's stack, so the benchmark can show which of them the default path uses.
 */
export const intlCounter = () => `(() => {
  const calls = (window.__intl = {});
  const note = (name) => {
    const entry = (calls[name] ??= { count: 0, stack: new Error().stack.split('\\n').slice(2, 5).join(' | ') });
    entry.count++;
  };
  for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Collator', 'ListFormat', 'Segmenter', 'DisplayNames']) {
    const target = Intl[name];
    if (!target) continue;
    Intl[name] = new Proxy(target, {
      construct(t, args, newTarget) { note('Intl.' + name); return Reflect.construct(t, args, newTarget === Intl[name] ? t : newTarget); },
      apply(t, self, args) { note('Intl.' + name); return Reflect.apply(t, self, args); },
    });
  }
  const wrap = (proto, method, label) => {
    const original = proto[method];
    proto[method] = function (...args) { note(label); return original.apply(this, args); };
  };
  wrap(Date.prototype, 'toLocaleString', 'Date#toLocaleString');
  wrap(Date.prototype, 'toLocaleDateString', 'Date#toLocaleDateString');
  wrap(Date.prototype, 'toLocaleTimeString', 'Date#toLocaleTimeString');
  wrap(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
  wrap(String.prototype, 'localeCompare', 'String#localeCompare');
})();`;

/**
 * Makes the page's clock run \`factor\` times faster from the real instant \`epoch\` (shared by
 * every page of a run, so tabs agree on the time): Date and Date.now, and the delays of timers of
 * one second or more. Polling over ten intervals then takes seconds, not minutes; short timers,
 * animation frames and network timeouts run as usual.
 */
export const timeWarp = (factor, epoch) => `(() => {
  const F = ${Number(factor)}, E = ${Number(epoch)};
  const RealDate = Date, realNow = RealDate.now.bind(RealDate);
  const now = () => Math.round(E + (realNow() - E) * F);
  class WarpDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
    static now() { return now(); }
  }
  globalThis.Date = WarpDate;
  const scale = (delay) => (Number(delay) >= 1000 ? Number(delay) / F : delay);
  const st = globalThis.setTimeout, si = globalThis.setInterval;
  globalThis.setTimeout = function (fn, delay, ...rest) { return st.call(this, fn, scale(delay), ...rest); };
  globalThis.setInterval = function (fn, delay, ...rest) { return si.call(this, fn, scale(delay), ...rest); };
})();`;

/** CLS as Chrome reports it: the largest session window of shifts (gap < 1 s, window < 5 s). */
export function largestSessionWindow(shifts) {
  let largest = 0;
  let current = 0;
  let first = 0;
  let last = 0;
  for (const s of shifts.filter((e) => !e.hadRecentInput)) {
    if (current > 0 && s.startTime - last < 1000 && s.startTime - first < 5000) {
      current += s.value;
    } else {
      current = s.value;
      first = s.startTime;
    }
    last = s.startTime;
    largest = Math.max(largest, current);
  }
  return largest;
}

/**
 * Data to pixels: from the moment the first status response body resolves to the DOM change that
 * shows `text` in the banner (main-thread work), to the first animation frame in which the banner
 * shows it with no update pending (Lit's `updateComplete` has settled; the frame also waits for the
 * display's next refresh), and to the next task after that frame was painted. `frames` = 1 means
 * the banner was in the very next frame. Result in `window.__bench.paint`.
 */
export const paintProbe = (text) => `(() => {
  const TEXT = ${JSON.stringify(text)};
  const shows = (el) => el && el.shadowRoot && el.shadowRoot.textContent.includes(TEXT) && !el.isUpdatePending;
  window.__bench.onBody = (body) => {
    window.__bench.onBody = undefined;
    const el = document.querySelector('itc-status-banner');
    let tDom;
    // Main-thread work: the first DOM change after which the banner shows the text.
    const observer = new MutationObserver(() => {
      if (tDom === undefined && shows(el)) { tDom = performance.now(); observer.disconnect(); }
    });
    if (el && el.shadowRoot) observer.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
    let frames = 0;
    const frame = () => {
      frames++;
      if (!shows(el)) return void requestAnimationFrame(frame);
      const tFrame = performance.now();
      // A message posted in a frame callback is handled after that frame's paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        observer.disconnect();
        window.__bench.paint = { t0: body.at, tDom: tDom ?? tFrame, tFrame, tPainted: performance.now(), frames };
      };
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  };
})();`;
