// GET/PUT /status.json, versions and rollback, /calendar.ics, /healthz and /widgets/, over real
// HTTP on 127.0.0.1, on PGlite and on PostgreSQL.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createPublishToken } from '../dist/services/publish-tokens.js';
import { backends, startTestServer } from './helpers/server.mjs';
import { currentSample, sampleDocument } from './helpers/documents.mjs';

const json = { 'content-type': 'application/json' };

for (const backend of backends()) {
  describe(`status document (${backend})`, () => {
    test('publish, serve byte for byte with ETag/304/CORS, conflicts, versions and rollback', async (t) => {
      const server = await startTestServer(backend, {}, t);
      const token = await createPublishToken(server.db, 'ops');
      const auth = { authorization: `Bearer ${token}` };
      const url = server.url + '/status.json';

      // Before the first publish: 404, readable cross-origin (the banner shows its neutral notice).
      let response = await fetch(url);
      assert.equal(response.status, 404);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');

      // No token, a wrong token, a token-looking string: 401 and nothing changes.
      const body = currentSample();
      for (const headers of [{}, { authorization: 'Bearer itcp_' + 'x'.repeat(43) }, { authorization: 'Basic abc' }, { authorization: `Bearer ${token}x` }]) {
        response = await fetch(url, { method: 'PUT', headers: { ...json, ...headers }, body });
        assert.equal(response.status, 401);
      }
      assert.equal((await fetch(url)).status, 404);

      // Published: 200 with the ETag; served byte for byte.
      response = await fetch(url, { method: 'PUT', headers: { ...json, ...auth }, body });
      assert.equal(response.status, 200);
      const published = await response.json();
      assert.equal(published.version, 1);
      assert.match(published.etag, /^"[\w-]{20,}"$/);
      assert.equal(response.headers.get('etag'), published.etag);
      response = await fetch(url);
      assert.equal(response.status, 200);
      assert.equal(await response.text(), body);
      assert.equal(response.headers.get('etag'), published.etag);
      assert.equal(response.headers.get('cache-control'), 'no-cache');
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(response.headers.get('access-control-expose-headers'), /ETag/);
      assert.ok(Date.parse(response.headers.get('last-modified')) > Date.now() - 60_000);
      assert.match(response.headers.get('content-type'), /^application\/json/);

      // Revalidation: 304 with no body for the current ETag; 200 for another.
      response = await fetch(url, { headers: { 'if-none-match': published.etag } });
      assert.equal(response.status, 304);
      assert.equal(await response.text(), '');
      assert.equal((await fetch(url, { headers: { 'if-none-match': '"other"' } })).status, 200);

      // If-Match that is not the current ETag: 412 and nothing changes.
      const second = body.replace('Servicefönster', 'Servicefönster (ändrat)');
      response = await fetch(url, { method: 'PUT', headers: { ...json, ...auth, 'if-match': '"stale"' }, body: second });
      assert.equal(response.status, 412);
      assert.equal(await (await fetch(url)).text(), body);
      // The current one: published.
      response = await fetch(url, { method: 'PUT', headers: { ...json, ...auth, 'if-match': published.etag }, body: second });
      assert.equal(response.status, 200);
      assert.equal(await (await fetch(url)).text(), second);

      // Versions, newest first, each retrievable; publishing an older one again is the rollback.
      assert.equal((await fetch(server.url + '/api/versions')).status, 401);
      const versions = await (await fetch(server.url + '/api/versions', { headers: auth })).json();
      assert.deepEqual(versions.map((v) => [v.version, v.publishedBy]), [[2, 'ops'], [1, 'ops']]);
      assert.equal(versions[1].etag, published.etag);
      const first = await (await fetch(server.url + '/api/versions/1', { headers: auth })).text();
      assert.equal(first, body);
      assert.equal((await fetch(server.url + '/api/versions/99', { headers: auth })).status, 404);
      assert.equal((await fetch(server.url + '/api/versions/1')).status, 401);
      response = await fetch(url, { method: 'PUT', headers: { ...json, ...auth }, body: first });
      assert.equal(response.status, 200);
      assert.equal(await (await fetch(url)).text(), body);
      assert.equal((await (await fetch(server.url + '/api/versions', { headers: auth })).json()).length, 3);
    });

    test('refusals: 422 with Swedish (or English) findings, 400, 415, 413; nothing changes', async (t) => {
      const server = await startTestServer(backend, {}, t);
      const auth = { authorization: `Bearer ${await createPublishToken(server.db, 'ops')}` };
      const url = server.url + '/status.json';
      const put = (body, headers = json, query = '') => fetch(url + query, { method: 'PUT', headers: { ...headers, ...auth }, body });

      const good = currentSample();
      assert.equal((await put(good)).status, 200);

      const broken = { ...sampleDocument(), updated: 'igår kväll' };
      let response = await put(JSON.stringify(broken));
      assert.equal(response.status, 422);
      let { errors } = await response.json();
      assert.equal(errors.length, 1);
      assert.equal(errors[0].path, '$.updated');
      assert.match(errors[0].message, /”igår kväll” är ingen giltig tid/);
      response = await put(JSON.stringify(broken), json, '?lang=en');
      ({ errors } = await response.json());
      assert.match(errors[0].message, /“igår kväll” is not a valid time/);

      response = await put(JSON.stringify({ version: 2 }));
      assert.equal(response.status, 422);
      assert.match((await response.json()).errors[0].message, /version 2/);

      assert.equal((await put('{"version": 1,')).status, 400); // not JSON
      assert.equal((await put(good, { 'content-type': 'text/plain' })).status, 415);
      assert.equal((await put(good, { 'content-type': 'application/x-www-form-urlencoded' })).status, 415);
      const huge = JSON.stringify({ ...sampleDocument(), padding: 'x'.repeat(1024 * 1024) });
      assert.equal((await put(huge)).status, 413);

      // After every refusal the first document is still the one served, and only one version exists.
      assert.equal(await (await fetch(url)).text(), good);
      assert.equal((await (await fetch(server.url + '/api/versions', { headers: auth })).json()).length, 1);
    });

    test('warnings publish and are returned: a DST offset that does not match Swedish time', async (t) => {
      const server = await startTestServer(backend, {}, t);
      const auth = { authorization: `Bearer ${await createPublishToken(server.db, 'ops')}` };
      const doc = sampleDocument();
      // A Sunday in July at 10.00 written with winter time's +01:00.
      const year = new Date().getUTCFullYear() + 1;
      doc.maintenance[0].start = `${year}-07-05T10:00+01:00`;
      doc.maintenance[0].end = `${year}-07-05T20:00+02:00`;
      doc.maintenance[0].systems = [];
      const response = await fetch(server.url + '/status.json', { method: 'PUT', headers: { ...json, ...auth }, body: JSON.stringify(doc) });
      assert.equal(response.status, 200);
      const { warnings } = await response.json();
      const offset = warnings.find((w) => w.path === '$.maintenance[0].start');
      assert.ok(offset, JSON.stringify(warnings));
      assert.match(offset.message, /UTC-förskjutningen .* stämmer inte med Europe\/Stockholm/);
    });

    test('calendar feed: upcoming windows per municipality, text/calendar, ETag, 304', async (t) => {
      const server = await startTestServer(backend, {}, t);
      const auth = { authorization: `Bearer ${await createPublishToken(server.db, 'ops')}` };
      assert.equal((await fetch(server.url + '/calendar.ics')).status, 404);
      await fetch(server.url + '/status.json', { method: 'PUT', headers: { ...json, ...auth }, body: currentSample() });
      let response = await fetch(server.url + '/calendar.ics?municipality=tierp');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /^text\/calendar; charset=utf-8/);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      const tierp = await response.text();
      assert.equal(tierp.match(/BEGIN:VEVENT/g).length, 1);
      assert.match(tierp, /UID:2022-10-29-tierp@itc-status/);
      assert.match(tierp, /Personalsystemen kl\. 10–14/);
      const all = await (await fetch(server.url + '/calendar.ics')).text();
      assert.equal(all.match(/BEGIN:VEVENT/g).length, 2);
      const etag = response.headers.get('etag');
      assert.equal((await fetch(server.url + '/calendar.ics?municipality=tierp', { headers: { 'if-none-match': etag } })).status, 304);
      assert.equal((await fetch(server.url + '/calendar.ics?municipality=lund')).status, 400);
      assert.equal((await fetch(server.url + '/calendar.ics?x=1')).status, 400);
    });

    test('health, the built widget under /widgets/, security headers', async (t) => {
      const server = await startTestServer(backend, {}, t);
      const health = await fetch(server.url + '/healthz');
      assert.equal(health.status, 200);
      assert.equal((await health.json()).database, backend);
      let response = await fetch(server.url + '/widgets/itc-status.js');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /javascript/);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(response.headers.get('cache-control'), /max-age=300/);
      const script = await response.text();
      const part = /itc-subscribe\.[\w-]{8}\.js/.exec(script)?.[0];
      assert.ok(part, 'the bundle names its form part');
      response = await fetch(server.url + '/widgets/' + part);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('cache-control'), /immutable/);
      response = await fetch(server.url + '/widgets/itc-status.js.sri');
      assert.match(await response.text(), /^sha384-/);
      // Nothing else of dist/ is served there.
      assert.equal((await fetch(server.url + '/widgets/cli.js')).status, 404);
      assert.equal((await fetch(server.url + '/widgets/../package.json')).status, 404);
      await server.db.close(); // the database goes away: health says so
      assert.equal((await fetch(server.url + '/healthz')).status, 503);
    });
  });
}
