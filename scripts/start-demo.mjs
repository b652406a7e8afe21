#!/usr/bin/env node
// `npm start`: the status host on its embedded defaults (PGlite in ./itc-data, mail into the dev
// mailbox at /dev/mail) with the demo pages. On first start it publishes the seed page's sample,
// its dates moved to today, as a publisher would; later starts serve what was published last.
// The demo publisher (DEMO_PUBLISHER) may sign in to the desk at /desk/: its link arrives in /dev/mail.
// Settings as for `itc-status-server serve` (PORT, DATA_DIR, SMTP_URL, …).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from 'itc-status-server/dist/config.js';
import { startServer } from 'itc-status-server/dist/server.js';
import { publish } from 'itc-status-server/dist/services/publish.js';
import { addPublisher } from 'itc-status-server/dist/desk/publishers.js';
import { shiftSample } from '../demo/server/status-endpoint.mjs';

const root = new URL('../', import.meta.url);
const sample = JSON.parse(readFileSync(new URL('demo/data/sample-status.json', root), 'utf8'));

/** The demo's other scenarios (windows only, nothing, unreachable) for the scenario switcher. */
async function demoScenarios(app) {
  app.get('/demo/api/status.json', async (request, reply) => {
    const scenario = String(request.query.scenario ?? 'disruption');
    reply.header('cache-control', 'no-cache');
    if (scenario === 'unreachable') return reply.code(503).type('text/plain').send('Service Unavailable');
    return reply.type('application/json').send(JSON.stringify(shiftSample(sample, Date.now(), scenario), null, 2));
  });
  app.get('/', async (_request, reply) => reply.redirect('/demo/'));
}

const config = loadConfig();
const server = await startServer(config, {
  demoDir: fileURLToPath(new URL('demo/', root)),
  widgetDir: fileURLToPath(new URL('dist/', root)),
  extraRoutes: demoScenarios,
});
if (!server.app.statusCache.get()) {
  const result = await publish(server.db, { body: JSON.stringify(shiftSample(sample), null, 2) + '\n', publishedBy: 'demo', lang: 'sv' });
  if (result.kind !== 'published') throw new Error(`The demo sample was refused: ${JSON.stringify(result)}`);
  await server.app.statusCache.refresh();
  console.log('Publicerade demodokumentet (version 1) / Published the demo document (version 1)');
}
/** Who may sign in to the desk on a demo machine. */
const DEMO_PUBLISHER = 'publicist@itcentrum.se';
await addPublisher(server.db, DEMO_PUBLISHER);
const mail = config.smtpUrl ? 'SMTP' : `${server.url}/dev/mail`;
console.log(`\nDemo: ${server.url}/demo/   Status: ${server.url}/status.json   E-post / mail: ${mail}`);
// The address itself is in the README, not in the output: no address is ever logged.
console.log(`Publicera / Publish: ${server.url}/desk/ (demopublicisten i README / the demo publisher in the README)\n`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.stop().then(() => process.exit(0)));
}
