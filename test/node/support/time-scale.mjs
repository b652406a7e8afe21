// Runs a page's timers faster: every setTimeout/setInterval delay is divided by `factor`, so a
// 15 s poll interval takes 150 ms and the 30 s request timeout 300 ms at factor 100. The elements
// schedule polls, back-off and request timeouts with these timers (not with AbortSignal.timeout),
// so a harness can observe real polling against a real server in seconds. Clock time (Date.now)
// is left alone. Installed with page.evaluateOnNewDocument(scaleTimers, factor).
export function scaleTimers(factor) {
  const { setTimeout: timeout, setInterval: interval } = window;
  window.setTimeout = function (handler, ms = 0, ...args) {
    return timeout.call(window, handler, Math.max(0, Number(ms) || 0) / factor, ...args);
  };
  window.setInterval = function (handler, ms = 0, ...args) {
    return interval.call(window, handler, Math.max(0, Number(ms) || 0) / factor, ...args);
  };
}
