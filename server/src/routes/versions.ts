/** GET /api/versions and /api/versions/N: every publish, for publishers (Bearer). */
import type { FastifyInstance } from 'fastify';
import { listVersions, versionByNumber } from '../db/queries/versions.js';
import { versionListing, versionNumber } from '../services/publish.js';

export default async function versionRoutes(app: FastifyInstance) {
  app.addHook('preHandler', app.requirePublisher);

  app.get<{ Querystring: { limit?: number } }>(
    '/api/versions',
    { schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 1000 } }, additionalProperties: false } } },
    async (request) =>
      (await listVersions(app.db, request.query.limit ?? 100)).map(versionListing),
  );

  app.get<{ Params: { version: string } }>('/api/versions/:version', async (request, reply) => {
    const version = versionNumber(request.params.version);
    const row = version === undefined ? undefined : await versionByNumber(app.db, version);
    if (!row) return reply.code(404).send({ error: 'No such version.' });
    return reply.header('content-type', 'application/json; charset=utf-8').header('etag', row.etag).send(row.body);
  });
}
