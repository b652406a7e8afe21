/** /dev/mail: the dev mailbox, only when mail goes there (no SMTP_URL). */
import type { FastifyInstance } from 'fastify';
import type { DevMailbox } from '../mail/dev-mailbox.js';
import { mailListPage, mailPage } from '../pages/dev-mail-pages.js';

export default async function devMailRoutes(app: FastifyInstance, options: { mailbox: DevMailbox }) {
  const { mailbox } = options;
  app.get('/dev/mail', async (_request, reply) => reply.header('content-type', 'text/html; charset=utf-8').send(mailListPage(await mailbox.list())));
  app.get<{ Params: { id: string } }>('/dev/mail/:id', async (request, reply) => {
    const message = await mailbox.get(request.params.id);
    if (!message) return reply.callNotFound();
    return reply.header('content-type', 'text/html; charset=utf-8').send(mailPage(message));
  });
}
