#!/usr/bin/env node
// `npm run bench:server`: what the status host sustains on this machine, with the commands.
// - GET /status.json, 200 and 304, requests/s and p99 (autocannon), beside nginx serving the same
//   file with the same headers on the same machine: the ratio is the figure (goal: 304s ≥ 50 %).
// - POST /api/subscribe with unique addresses, sign-ups/s and p99, on PGlite and on PostgreSQL,
//   with the confirmations going to an SMTP sink (goal on PGlite: ≥ 300/s, p99 < 100 ms).
// - The server's memory (RSS now and peak).
// Everything listens on 127.0.0.1; each load run is bounded in time. Needs `npm run build` first
// (the npm script does it) and Debian's nginx and postgresql.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { MAIN, runCli, startServeProcess } from '../test/helpers/process.mjs';
import { freePort } from '../test/helpers/net.mjs';
import { startPostgresCluster } from '../test/helpers/postgres-cluster.mjs';
import { startSmtpSink } from '../test/helpers/smtp-sink.mjs';
import { currentSample, sampleDocument } from '../test/helpers/documents.mjs';
import { openDatabase } from '../dist/db/open.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);

function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ duration: DURATION, connections: CONNECTIONS, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const figure = (result) => ({
  rps: Math.round(result.requests.average),
  p99: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
});

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rssMiB: Math.round(kb('VmRSS') / 1024), peakMiB: Math.round(kb('VmHWM') / 1024) };
}

async function startNginx(body, etag) {
  const dir = mkdtempSync(join(tmpdir(), 'itc-nginx-'));
  chmodSync(dir, 0o755); // nginx's workers (not root) read it
  writeFileSync(join(dir, 'status.json'), body);
  const port = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  types { application/json json; }
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    location = /status.json {
      add_header Cache-Control no-cache;
      add_header Access-Control-Allow-Origin *;
      add_header Access-Control-Expose-Headers "ETag, Retry-After";
    }
  }
}
`,
  );
  const child = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/status.json`;
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return { url, etag: response.headers.get('etag'), stop: () => (child.kill('SIGTERM'), rmSync(dir, { recursive: true, force: true })) };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error('nginx did not start');
}

/** Starts the CLI on a fresh data folder (and database), publishes the sample; returns the server and its token. */
async function startHost(env, dir = mkdtempSync(join(tmpdir(), 'itc-bench-'))) {
  const token = runCli(['token', 'create', '--name', 'bench', '--data', dir], env).stdout.trim().split('\n').at(-1);
  const server = await startServeProcess(['--data', dir], { LOG_LEVEL: 'warn', SIGNUPS_PER_CLIENT: '1000000', ...env });
  const body = currentSample();
  const response = await fetch(server.url + '/status.json', { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
  if (!response.ok) throw new Error(`publish failed: ${response.status}`);
  return { ...server, body, etag: (await response.json()).etag, stop: async () => (server.child.kill('SIGTERM'), await server.exited, rmSync(dir, { recursive: true, force: true })) };
}

async function statusRuns(url, etag) {
  return {
    ok: figure(await load({ url })),
    notModified: figure(await load({ url, headers: { 'if-none-match': etag } })),
  };
}

let signUpCount = 0;
async function signUpRun(url) {
  const run = ++signUpCount;
  let n = 0;
  return figure(
    await load({
      url: url + '/api/subscribe',
      connections: 10,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest(request) {
            n++;
            request.body = JSON.stringify({
              email: `bench${run}-${n}@tierp.se`,
              topics: ['operations'],
              municipalities: ['tierp'],
              consent: true,
              consentVersion: '2024-01',
              lang: 'sv',
              honeypot: '',
              elapsedMs: 5000,
            });
            return request;
          },
        },
      ],
    }),
  );
}

const lines = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

say(`# Status host benchmark (${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, Node ${process.versions.node})`);
say(`autocannon ${DURATION} s per run, ${CONNECTIONS} connections for GET, 10 for sign-ups; server: node ${MAIN.replace(process.cwd() + '/', '')} serve`);
const smtp = await startSmtpSink({ parse: false }); // counting, not reading: the bench process also drives the load

// 1. GET /status.json beside nginx.
const host = await startHost({ SMTP_URL: smtp.url });
const hostRuns = await statusRuns(host.url + '/status.json', host.etag);
let nginxRuns;
if (NGINX) {
  const nginx = await startNginx(host.body);
  nginxRuns = await statusRuns(nginx.url, nginx.etag);
  nginx.stop();
} else {
  say('nginx is not installed (apt-get install -y nginx-light): no comparison');
}
say('');
say('| GET /status.json | itc-status-server req/s | p99 ms | nginx (1 worker) req/s | p99 ms | ratio |');
say('|---|---|---|---|---|---|');
for (const [label, key] of [['200', 'ok'], ['304 (If-None-Match)', 'notModified']]) {
  const a = hostRuns[key];
  const b = nginxRuns?.[key];
  say(`| ${label} | ${a.rps} | ${a.p99} | ${b?.rps ?? '–'} | ${b?.p99 ?? '–'} | ${b ? Math.round((100 * a.rps) / b.rps) + ' %' : '–'} |`);
}

// 2. Sign-ups on PGlite (same server), then on PostgreSQL.
const signUps = { pglite: await signUpRun(host.url) };
const memoryPglite = memory(host.child.pid);
await host.stop();
let memoryPostgres;
const cluster = await startPostgresCluster().catch((error) => (say(`PostgreSQL: ${error.message}`), undefined));
if (cluster) {
  const pgHost = await startHost({ SMTP_URL: smtp.url, DATABASE_URL: cluster.url });
  signUps.postgres = await signUpRun(pgHost.url);
  memoryPostgres = memory(pgHost.child.pid);
  await pgHost.stop();
  cluster.stop();
}
say('');
say('| POST /api/subscribe (unique addresses) | sign-ups/s | p99 ms | non-2xx | errors |');
say('|---|---|---|---|---|');
for (const [name, f] of Object.entries(signUps)) say(`| ${name === 'pglite' ? 'PGlite' : 'PostgreSQL'} | ${f.rps} | ${f.p99} | ${f.non2xx} | ${f.errors} |`);
say('');
say(`Memory of the server process: PGlite RSS ${memoryPglite.rssMiB} MiB (peak ${memoryPglite.peakMiB} MiB)` + (memoryPostgres ? `; PostgreSQL RSS ${memoryPostgres.rssMiB} MiB (peak ${memoryPostgres.peakMiB} MiB)` : ''));
say(`Confirmation emails accepted by the SMTP sink during the runs: ${smtp.messages.length}`);

// 3. Fan-out: 10,000 confirmed subscribers, one disruption for all municipalities.
const FAN_OUT = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
async function fanOutRun(label, instances, databaseUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'itc-fanout-'));
  const sink = await startSmtpSink({ parse: false });
  const env = { SMTP_URL: sink.url, NOTIFY_HOLD_SECONDS: '0', LOG_LEVEL: 'warn', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const db = await openDatabase({ dataDir: dir, databaseUrl });
  await db.query(
    `insert into subscribers (email, state, lang, topics, municipalities, consent_version, consented_at, created_at, confirmed_at)
     select 'fan' || n || '@tierp.se', 'confirmed', case when n % 5 = 0 then 'en' else 'sv' end, array['operations'],
            array[(array['heby','alvkarleby','knivsta','tierp','osthammar'])[1 + n % 5]], '2024-01', now(), now(), now()
     from generate_series(1, $1::int) as n`,
    [FAN_OUT],
  );
  await db.close();
  const token = runCli(['token', 'create', '--name', 'bench', '--data', dir], env).stdout.trim().split('\n').at(-1);
  const servers = [];
  for (let i = 0; i < instances; i++) servers.push(await startServeProcess(['--data', dir], env));
  const doc = sampleDocument();
  doc.maintenance = [];
  const started = Date.now();
  const response = await fetch(servers[0].url + '/status.json', { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(doc) });
  if (!response.ok) throw new Error(`publish failed: ${response.status}`);
  let peak = 0;
  while (sink.messages.length < FAN_OUT && Date.now() - started < 120_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    peak = Math.max(peak, ...servers.map((s) => memory(s.child.pid).rssMiB));
  }
  const seconds = (Date.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const unique = new Set(sink.messages.map((m) => m.envelopeTo[0])).size;
  const row = `| ${label} | ${instances} | ${sink.messages.length} | ${unique} | ${seconds.toFixed(1)} | ${Math.round(sink.messages.length / seconds)} | ${peak} |`;
  for (const server of servers) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await sink.close();
  rmSync(dir, { recursive: true, force: true });
  return row;
}
const fanOutRows = [await fanOutRun('PGlite', 1)];
const fanOutCluster = await startPostgresCluster().catch(() => undefined);
if (fanOutCluster) {
  const fresh = async (name) => {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: fanOutCluster.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    return fanOutCluster.url.replace(/\/postgres$/, '/' + name);
  };
  fanOutRows.push(await fanOutRun('PostgreSQL', 1, await fresh('fan_one')));
  fanOutRows.push(await fanOutRun('PostgreSQL', 2, await fresh('fan_two')));
  fanOutCluster.stop();
}
say('');
say(`| Fan-out: one disruption, ${FAN_OUT.toLocaleString('en')} confirmed subscribers | instances | messages accepted | distinct recipients | seconds (publish → last accepted) | messages/s | peak RSS MiB (per instance) |`);
say('|---|---|---|---|---|---|---|');
for (const row of fanOutRows) say(row);
await smtp.close();
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, lines.join('\n') + '\n');
process.exit(0);
