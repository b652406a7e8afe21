/** POST /api/subscribe: the sign-up endpoint of docs/subscribe-api.md, with CORS for forms on any intranet. */
import type { FastifyInstance } from 'fastify';
import { readSignUp } from '../services/sign-up.js';
import { signUp } from '../services/subscriptions.js';

export default async function subscribeRoutes(app: FastifyInstance) {
  const { limits, publicUrl } = app.config;
  // JSON only (415 for anything else): with CORS, this keeps plain cross-site HTML forms out.
  app.removeContentTypeParser('text/plain');

  // On every answer, 429 and errors included, so the form can read them cross-origin.
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', 'Retry-After');
  });

  app.options('/api/subscribe', async (_request, reply) =>
    reply
      .code(204)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'Content-Type')
      .header('access-control-max-age', '600')
      .send(),
  );

  app.post(
    '/api/subscribe',
    {
      bodyLimit: 16 * 1024,
      config: {
        rateLimit: { max: limits.signupsPerClient, timeWindow: limits.signupWindowSeconds * 1000, keyGenerator: (request) => request.ip },
      },
    },
    async (request, reply) => {
      const reading = readSignUp(request.body, limits.minElapsedMs);
      if (reading.kind === 'malformed') return reply.code(400).send({ error: reading.message });
      if (reading.kind === 'fields') return reply.code(422).send({ errors: reading.errors });
      if (reading.signUp.robot) return reply.code(202).send({ status: 'pending' });
      const result = await signUp(app.db, reading.signUp, { publicUrl, confirmationsPerAddress: limits.confirmationsPerAddress });
      if (result.kind === 'rate-limited') {
        return reply.code(429).header('retry-after', String(result.retryAfterSeconds)).send({ error: 'Too many sign-ups for this address.' });
      }
      if (result.queued) app.sender?.wake();
      return reply.code(result.answer.status).header('content-type', 'application/json; charset=utf-8').send(result.answer.body);
    },
  );
}
