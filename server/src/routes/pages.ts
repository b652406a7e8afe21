/**
 * The subscriber's pages, reached by the link tokens in emails. GET only shows (Microsoft 365's
 * link scanners open every link); the buttons POST, and only a POST changes anything.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import formbody from '@fastify/formbody';
import type { Lang } from 'itc-status/core';
import { confirmedPage, confirmPage, invalidLinkPage, managePage, messagePage, unsubscribePage } from '../pages/subscription-pages.js';
import { pageStrings } from '../pages/strings.js';
import { CONFIRM_PATH, MANAGE_PATH, UNSUBSCRIBE_PATH } from '../services/links.js';
import { MUNICIPALITIES, TOPICS } from '../services/sign-up.js';
import { changeChoices, confirm, endSubscription, erase, exportData, subscriberFromLink } from '../services/subscriptions.js';

type TokenRequest = FastifyRequest<{ Params: { token: string }; Querystring: { lang?: string }; Body?: Record<string, string | string[]> }>;

/** ?lang= wins; then the subscriber's language; Swedish by default. */
const langOf = (request: TokenRequest, stored?: string): Lang =>
  request.query.lang === 'en' || request.query.lang === 'sv' ? request.query.lang : stored === 'en' ? 'en' : 'sv';

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function send(reply: FastifyReply, status: number, body: string) {
  return reply.code(status).header('content-type', 'text/html; charset=utf-8').send(body);
}

export default async function pageRoutes(app: FastifyInstance) {
  /**
   * The subscriber a link opens, with the page's language; when the link is not valid (expired,
   * used, unknown) it answers the "no longer valid" page itself and gives undefined.
   */
  async function openLink(request: TokenRequest, reply: FastifyReply, purpose: 'confirm' | 'manage') {
    const subscriber = await subscriberFromLink(app.db, request.params.token, purpose);
    const lang = langOf(request, subscriber?.lang);
    if (subscriber) return { subscriber, lang };
    await send(reply, 404, invalidLinkPage(lang));
    return undefined;
  }

  await app.register(formbody, { bodyLimit: 16 * 1024 });
  // One-click unsubscribes (RFC 8058) may arrive as multipart/form-data: the action is in the URL.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, _body, done) => done(null, {}));

  app.get(CONFIRM_PATH + ':token', async (request: TokenRequest, reply) => {
    const opened = await openLink(request, reply, 'confirm');
    if (!opened) return reply;
    const { lang } = opened;
    return send(reply, 200, confirmPage(lang, request.params.token));
  });

  app.post(CONFIRM_PATH + ':token', async (request: TokenRequest, reply) => {
    const confirmed = await confirm(app.db, request.params.token, app.config.publicUrl);
    if (!confirmed) return send(reply, 404, invalidLinkPage(langOf(request)));
    // The manage link is relative on the page: the page may be reached other than through PUBLIC_URL.
    return send(reply, 200, confirmedPage(langOf(request, confirmed.lang), confirmed.manageUrl.slice(app.config.publicUrl.length)));
  });

  // RFC 8058: the List-Unsubscribe URL. GET shows one button; a POST (the mail client's one-click,
  // whatever its body) unsubscribes at once and answers without a page to follow.
  app.get(UNSUBSCRIBE_PATH + ':token', async (request: TokenRequest, reply) => {
    const opened = await openLink(request, reply, 'manage');
    if (!opened) return reply;
    const { lang } = opened;
    return send(reply, 200, unsubscribePage(lang, request.params.token));
  });

  app.post(UNSUBSCRIBE_PATH + ':token', async (request: TokenRequest, reply) => {
    const opened = await openLink(request, reply, 'manage');
    if (!opened) return reply;
    const { subscriber, lang } = opened;
    await endSubscription(app.db, subscriber);
    const t = pageStrings(lang);
    return send(reply, 200, messagePage(lang, t.unsubscribeHeading, t.unsubscribed));
  });

  app.get(MANAGE_PATH + ':token', async (request: TokenRequest, reply) => {
    const opened = await openLink(request, reply, 'manage');
    if (!opened) return reply;
    const { subscriber, lang } = opened;
    return send(reply, 200, managePage(lang, request.params.token, subscriber));
  });

  app.post(MANAGE_PATH + ':token', async (request: TokenRequest, reply) => {
    const opened = await openLink(request, reply, 'manage');
    if (!opened) return reply;
    const { subscriber, lang } = opened;
    const t = pageStrings(lang);
    const body = request.body ?? {};
    const action = typeof body.action === 'string' ? body.action : '';
    switch (action) {
      case 'save': {
        const topics = TOPICS.filter((x) => asList(body.topics).includes(x));
        const municipalities = MUNICIPALITIES.filter((x) => asList(body.municipalities).includes(x));
        if (topics.length === 0 || municipalities.length === 0) return send(reply, 422, managePage(lang, request.params.token, subscriber, t.chooseBoth));
        await changeChoices(app.db, subscriber, topics, municipalities);
        return send(reply, 200, managePage(lang, request.params.token, { ...subscriber, topics, municipalities }, t.saved));
      }
      case 'unsubscribe':
        await endSubscription(app.db, subscriber);
        return send(reply, 200, managePage(lang, request.params.token, { ...subscriber, state: 'unsubscribed' }, t.unsubscribed));
      case 'export':
        return reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('content-disposition', 'attachment; filename="mina-uppgifter-itcentrum.json"')
          .send(JSON.stringify(await exportData(app.db, subscriber), null, 2));
      case 'erase':
        await erase(app.db, subscriber);
        return send(reply, 200, messagePage(lang, t.erasedTitle, t.erasedText));
      default:
        return send(reply, 400, managePage(lang, request.params.token, subscriber));
    }
  });
}
