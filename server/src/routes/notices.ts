/** For publishers (Bearer): POST /api/news queues news; GET /api/subscribers/counts says how many hear what — never who. */
import type { FastifyInstance } from 'fastify';
import { subscriberCounts } from '../db/queries/notices.js';
import { outboxCounts } from '../db/queries/outbox.js';
import { queueNews, readNews } from '../services/news.js';

export default async function noticeRoutes(app: FastifyInstance) {
  app.addHook('preHandler', app.requirePublisher);

  app.post('/api/news', async (request, reply) => {
    const news = readNews(request.body);
    if (news.kind === 'invalid') return reply.code(422).send({ errors: news.errors });
    const queued = await queueNews(app.db, news, new URL(app.config.publicUrl).hostname);
    app.sender?.wake();
    return reply.code(202).send({ queued });
  });

  app.get('/api/subscribers/counts', async () => {
    const { confirmed, totals } = await subscriberCounts(app.db);
    const byMunicipality: Record<string, Record<string, number>> = {};
    for (const row of confirmed) (byMunicipality[row.municipality] ??= {})[row.topic] = row.n;
    return { confirmed: totals.confirmed, byMunicipality, pending: totals.pending, unsubscribed: totals.unsubscribed, undeliverable: totals.undeliverable, mail: await outboxCounts(app.db) };
  });
}
