import { launchChromium } from './chromium.mjs';
import { startServer } from '../test/node/support/server.mjs';
import { intranetRoute, openPage, serveStatus, intranetPath, settle, waitForRequests } from './bench/harness.mjs';
import { observers } from './bench/instrument.mjs';
import { currentSample } from './bench/documents.mjs';
const server = await startServer({ routes: { '/bench/intranet': intranetRoute } });
const browser = await launchChromium();
for (let i = 0; i < 3; i++) {
const status = serveStatus(server, JSON.stringify(currentSample()), { latency: 0 });
const { page, cdp, close } = await openPage(browser, { before: [observers()] });
await page.goto(server.origin + '/scripts/bench/pages/blank.html');
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
await page.goto(server.origin + intranetPath({ src: status.path }));
await waitForRequests(status, 1);
await settle(page, 500);
const { profile } = await cdp.send('Profiler.stop');
const b = await page.evaluate(() => __bench);
console.log(JSON.stringify(b.loafs.map(f => ({ d: f.duration, s: f.scripts.map(s => [s.invoker, s.duration, s.sourceURL.slice(-20)]) }))));
// self time per function
const dt = {}; const byId = new Map(profile.nodes.map(n => [n.id, n]));
profile.samples.forEach((id, k) => { const n = byId.get(id); const key = n.callFrame.functionName + ' ' + n.callFrame.url.slice(-25) + ':' + n.callFrame.lineNumber + ':' + n.callFrame.columnNumber; dt[key] = (dt[key] ?? 0) + (profile.timeDeltas[k+1] ?? 0); });
console.log(Object.entries(dt).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${(v/1000).toFixed(1)}ms ${k}`).join('\n'));
await close();
}
await browser.close(); await server.close();
