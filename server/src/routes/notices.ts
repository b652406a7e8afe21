/** For publishers (Bearer): POST /api/news queues news; GET /api/subscribers/counts says how many hear what — never who. */
import type { FastifyInstance } from 'fastify';
import { outboxCounts } from '../db/queries/outbox.js';
import { queueNews, readNews } from '../services/news.js';
import { countSubscribers } from '../services/subscriber-counts.js';

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
    const counts = await countSubscribers(app.db);
    return { ...counts, mail: await outboxCounts(app.db) };
  });
}
