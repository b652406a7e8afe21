/**
 * The status document: GET /status.json for every banner (ETag, 304, CORS), PUT /status.json for
 * publishers (validated, conditional with If-Match), and GET /calendar.ics for staff's calendars.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseStatusText, resolveMunicipalities, toICalendar, type Lang } from 'itc-status/core';
import { etagOf, publish } from '../services/publish.js';

const MIB = 1024 * 1024;

/** Whether If-None-Match names the current ETag (weak comparison, as RFC 9110 asks for GET). */
function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function readHeaders(reply: FastifyReply, etag: string, lastModified: Date, type: string) {
  reply.headers({
    'content-type': type,
    etag,
    'last-modified': lastModified.toUTCString(),
    'cache-control': 'no-cache',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag, Retry-After',
  });
}

export default async function statusRoutes(app: FastifyInstance) {
  // The document is stored byte for byte as published: take the body as text, not as parsed JSON.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MIB }, (_request, body, done) => done(null, body));

  app.get('/status.json', async (request, reply) => {
    const current = app.statusCache.get();
    if (!current) {
      reply.header('access-control-allow-origin', '*').header('cache-control', 'no-cache');
      return reply.code(404).send({ error: 'Nothing has been published yet.' });
    }
    readHeaders(reply, current.etag, current.publishedAt, 'application/json; charset=utf-8');
    if (notModified(request.headers['if-none-match'], current.etag)) return reply.code(304).send();
    return reply.send(current.body);
  });

  app.put<{ Querystring: { lang?: string }; Body: string }>(
    '/status.json',
    { preHandler: app.requirePublisher, schema: { querystring: { type: 'object', properties: { lang: { enum: ['sv', 'en'] } } } } },
    async (request, reply) => {
      const lang: Lang = request.query.lang === 'en' ? 'en' : 'sv';
      const ifMatch = request.headers['if-match'];
      const result = await publish(app.db, { body: request.body, ifMatch, publishedBy: request.publisher!, lang });
      if (result.kind === 'not-json') return reply.code(400).send({ errors: result.errors });
      if (result.kind === 'invalid') return reply.code(422).send({ errors: result.errors });
      if (result.kind === 'precondition-failed') {
        return reply.code(412).send({ error: 'The document has changed since the version named in If-Match.', current: result.current ?? null });
      }
      await app.statusCache.refresh();
      app.notifier?.published();
      request.log.info({ version: result.version, publisher: request.publisher }, 'status document published');
      return reply.header('etag', result.etag).send({ version: result.version, etag: result.etag, warnings: result.warnings });
    },
  );

  app.get<{ Querystring: { municipality?: string; lang?: string } }>(
    '/calendar.ics',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { municipality: { type: 'string', maxLength: 200 }, lang: { enum: ['sv', 'en'] } },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const current = app.statusCache.get();
      if (!current) return reply.code(404).header('access-control-allow-origin', '*').send({ error: 'Nothing has been published yet.' });
      const parsed = parseStatusText(current.body);
      if (!parsed.ok) return reply.code(500).send({ error: 'The published document cannot be read.' });
      const document = parsed.document;
      let windows = document.maintenance;
      if (request.query.municipality) {
        const { ids, unknown } = resolveMunicipalities(document, request.query.municipality);
        if (unknown.length > 0) return reply.code(400).send({ error: `Unknown municipality: ${unknown.join(', ')}.` });
        windows = windows.filter((w) => w.municipalities.some((id) => ids.includes(id)));
      }
      const now = Date.now();
      windows = windows.filter((w) => w.end > now);
      const lang: Lang = request.query.lang === 'en' ? 'en' : 'sv';
      // DTSTAMP is the publish time, so the feed's bytes (and ETag) change only when the document does.
      const text = toICalendar(windows, { now: current.publishedAt.getTime(), municipalities: document.municipalities, lang, timeZone: document.timeZone });
      const etag = etagOf(text);
      readHeaders(reply, etag, current.publishedAt, 'text/calendar; charset=utf-8');
      if (notModified(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.send(text);
    },
  );
}
