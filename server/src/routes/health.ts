/** GET /healthz: 200 when the database answers, 503 when it does not. */
import type { FastifyInstance } from 'fastify';

export default async function healthRoutes(app: FastifyInstance) {
  app.get('/healthz', async (_request, reply) => {
    try {
      await app.db.query('select 1');
      return { status: 'ok', database: app.db.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
