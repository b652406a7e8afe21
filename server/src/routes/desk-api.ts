/**
 * The desk's data, for a signed-in publisher (session cookie; every POST also from the desk's own
 * origin, checked in desk.ts's hook — this plugin is registered inside it):
 *
 * - GET  /desk/api/state                the published document, its version and who published it
 * - POST /desk/api/publish              { document, basedOn } → published | 412 with who published what since
 * - POST /desk/api/estimate             { document } → how many subscribers a publish would reach
 * - GET  /desk/api/versions             every version with who and when
 * - GET  /desk/api/versions/:n          one version's document, and what changed from the one before
 * - GET  /desk/api/versions/:n/delivery the notices made for it: queued and sent
 * - GET  /desk/api/subscribers          counts per municipality and topic — never addresses
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from 'itc-status/core';
import { latestVersion, listVersions, versionBefore, versionByEtag, versionByNumber } from '../db/queries/versions.js';
import { deliveryOf, estimateNotices } from '../desk/notice-estimate.js';
import { sessionCookie } from '../desk/session-cookie.js';
import { publisherOfSession } from '../desk/sign-in.js';
import { summarizeChange } from '../desk/version-summary.js';
import { publish, publishedDocument, versionListing, versionNumber } from '../services/publish.js';
import { countSubscribers } from '../services/subscriber-counts.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in publisher's address, on /desk/api/. */
    deskPublisher?: string;
  }
}

type ApiRequest = FastifyRequest<{ Querystring: { lang?: string }; Params: { version?: string } }>;

const langOf = (request: FastifyRequest<{ Querystring: { lang?: string } }>): Lang => (request.query.lang === 'en' ? 'en' : 'sv');

/** What changed from the body `before` (none: the first publish) to the body `after`, in words. */
function changesIn(before: string | undefined, after: string, lang: Lang): string[] {
  const document = publishedDocument(after);
  return document ? summarizeChange(publishedDocument(before), document, lang) : [];
}

const documentBody = { type: 'string', minLength: 2, maxLength: 1024 * 1024 } as const;

export default async function deskApiRoutes(app: FastifyInstance) {
  app.decorateRequest('deskPublisher', undefined);
  app.addHook('preHandler', async (request: ApiRequest, reply: FastifyReply) => {
    const publisher = await publisherOfSession(app.db, sessionCookie(request));
    if (!publisher) {
      await reply.code(401).send({ error: 'Not signed in (or the session has ended).' });
      return reply;
    }
    request.deskPublisher = publisher;
    reply.header('cache-control', 'no-store');
  });

  app.get('/desk/api/state', async (request: ApiRequest) => {
    const current = await latestVersion(app.db);
    return {
      publisher: request.deskPublisher,
      holdSeconds: app.config.notices.holdSeconds,
      current: current ? { ...versionListing(current), body: current.body } : null,
    };
  });

  app.post<{ Body: { document: string; basedOn: string | null }; Querystring: { lang?: string } }>(
    '/desk/api/publish',
    {
      schema: {
        body: {
          type: 'object',
          required: ['document', 'basedOn'],
          additionalProperties: false,
          properties: { document: documentBody, basedOn: { type: ['string', 'null'], maxLength: 200 } },
        },
      },
    },
    async (request, reply) => {
      const { document, basedOn } = request.body;
      const result = await publish(app.db, {
        body: document,
        ...(basedOn === null ? { ifNoneMatch: '*' as const } : { ifMatch: basedOn }),
        publishedBy: request.deskPublisher!,
        lang: langOf(request),
      });
      if (result.kind === 'not-json' || result.kind === 'invalid') return reply.code(422).send({ errors: result.errors });
      if (result.kind === 'precondition-failed') {
        // Nothing is overwritten: the desk shows who published what, and reapplies the draft on top.
        const current = (await latestVersion(app.db))!;
        const before = basedOn === null ? undefined : await versionByEtag(app.db, basedOn);
        return reply.code(412).send({ current: { ...versionListing(current), body: current.body }, changes: changesIn(before?.body, current.body, langOf(request)) });
      }
      await app.statusCache.refresh();
      app.notifier?.published();
      // The publisher's address is shown in the desk's history, never written to the log.
      request.log.info({ version: result.version, publisher: 'desk' }, 'status document published');
      return { version: result.version, etag: result.etag, warnings: result.warnings };
    },
  );

  app.post<{ Body: { document: string } }>(
    '/desk/api/estimate',
    { schema: { body: { type: 'object', required: ['document'], additionalProperties: false, properties: { document: documentBody } } } },
    async (request, reply) => {
      const current = await latestVersion(app.db);
      const estimate = await estimateNotices(app.db, current?.body, request.body.document);
      if (!estimate) return reply.code(422).send({ error: 'The draft is not a usable status document.' });
      return estimate;
    },
  );

  app.get('/desk/api/versions', async () => (await listVersions(app.db, 200)).map(versionListing));

  app.get('/desk/api/versions/:version', async (request: ApiRequest, reply) => {
    const number = versionNumber(request.params.version);
    const row = number === undefined ? undefined : await versionByNumber(app.db, number);
    if (!row) return reply.code(404).send({ error: 'No such version.' });
    const previous = await versionBefore(app.db, row.version);
    return { ...versionListing(row), body: row.body, changes: changesIn(previous?.body, row.body, langOf(request)) };
  });

  app.get('/desk/api/versions/:version/delivery', async (request: ApiRequest, reply) => {
    const number = versionNumber(request.params.version);
    if (number === undefined) return reply.code(404).send({ error: 'No such version.' });
    return deliveryOf(app.db, number);
  });

  app.get('/desk/api/subscribers', async () => {
    const { confirmed, pending, byMunicipality } = await countSubscribers(app.db);
    return { confirmed, pending, byMunicipality };
  });
}
