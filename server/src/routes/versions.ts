/** GET /api/versions and /api/versions/N: every publish, for publishers (Bearer). */
import type { FastifyInstance } from 'fastify';
import { listVersions, versionByNumber } from '../db/queries/versions.js';

export default async function versionRoutes(app: FastifyInstance) {
  app.addHook('preHandler', app.requirePublisher);

  app.get<{ Querystring: { limit?: number } }>(
    '/api/versions',
    { schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 1000 } }, additionalProperties: false } } },
    async (request) =>
      (await listVersions(app.db, request.query.limit ?? 100)).map((row) => ({
        version: row.version,
        etag: row.etag,
        publishedAt: row.published_at.toISOString(),
        publishedBy: row.published_by,
      })),
  );

  app.get<{ Params: { version: string } }>('/api/versions/:version', async (request, reply) => {
    const version = /^\d{1,15}$/.test(request.params.version) ? Number(request.params.version) : undefined;
    const row = version === undefined ? undefined : await versionByNumber(app.db, version);
    if (!row) return reply.code(404).send({ error: 'No such version.' });
    return reply.header('content-type', 'application/json; charset=utf-8').header('etag', row.etag).send(row.body);
  });
}
