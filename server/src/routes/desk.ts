/**
 * The publisher's desk: /desk/ (the sign-in page, or the desk once signed in), asking for a
 * sign-in link, the link's page (GET shows a button, only the POST signs in), signing out, and the
 * desk's script. The desk's data comes from /desk/api/ (desk-api.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import type { Lang } from 'itc-status/core';
import { clearSessionCookie, fromOwnOrigin, sessionCookie, setSessionCookie } from '../desk/session-cookie.js';
import { endSession, publisherOfSession, requestSignInLink, SIGN_IN_PATH, signInLinkIsValid, signInWithLink } from '../desk/sign-in.js';
import { deskPage, DESK_PATH, DESK_REFERRER_POLICY, invalidSignInLinkPage, linkSentPage, refusedPage, signInLinkPage, signInPage, tooManyPage } from '../pages/desk-pages.js';
import { publisherAddress } from '../desk/publishers.js';
import deskApiRoutes from './desk-api.js';

/** Everything the desk's script and preview need, and nothing else. */
export const DESK_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' blob:; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Sign-in requests per client per 15 minutes (each address has its own limit of 5 links). */
const SIGN_INS_PER_CLIENT = 30;

type DeskRequest = FastifyRequest<{ Querystring: { lang?: string }; Params: { token?: string }; Body?: { email?: unknown } }>;

const langOf = (request: DeskRequest): Lang => (request.query.lang === 'en' ? 'en' : 'sv');
const send = (reply: FastifyReply, status: number, body: string) =>
  reply.code(status).header('content-type', 'text/html; charset=utf-8').header('referrer-policy', DESK_REFERRER_POLICY).send(body);
const backToDesk = (reply: FastifyReply, lang: Lang) => reply.code(303).header('location', lang === 'en' ? `${DESK_PATH}?lang=en` : DESK_PATH).send();

export default async function deskRoutes(app: FastifyInstance, options: { deskAppDir: string }) {
  const { publicUrl } = app.config;
  await app.register(formbody, { bodyLimit: 16 * 1024 });

  // The sign-in limit answers with a page; every other error goes on to the app's handler.
  app.setErrorHandler((error: Error & { statusCode?: number }, request: DeskRequest, reply) => {
    if (error.statusCode === 429) return send(reply, 429, tooManyPage(langOf(request)));
    throw error;
  });

  // Every POST here changes something: it must come from the desk's own pages.
  app.addHook('preHandler', async (request: DeskRequest, reply) => {
    if (request.method === 'POST' && !fromOwnOrigin(request, publicUrl)) {
      await send(reply, 403, refusedPage(langOf(request)));
      return reply;
    }
  });

  app.get(DESK_PATH, async (request: DeskRequest, reply) => {
    const lang = langOf(request);
    const publisher = await publisherOfSession(app.db, sessionCookie(request));
    if (!publisher) return send(reply, 200, signInPage(lang));
    return send(reply.header('content-security-policy', DESK_CSP), 200, deskPage(lang, publisher));
  });

  app.post(
    DESK_PATH + 'logga-in',
    { config: { rateLimit: { max: SIGN_INS_PER_CLIENT, timeWindow: 15 * 60_000, keyGenerator: (request) => request.ip } } },
    async (request: DeskRequest, reply) => {
      const lang = langOf(request);
      const typed = typeof request.body?.email === 'string' ? request.body.email.trim().slice(0, 320) : '';
      if (!publisherAddress(typed)) return send(reply, 400, signInPage(lang, typed, true));
      const result = await requestSignInLink(app.db, { email: typed, lang, publicUrl, host: new URL(publicUrl).hostname });
      if (result === 'sent') app.sender?.wake();
      return send(reply, 200, linkSentPage(lang, typed));
    },
  );

  app.get(SIGN_IN_PATH + ':token', async (request: DeskRequest, reply) => {
    const lang = langOf(request);
    const token = request.params.token!;
    if (!(await signInLinkIsValid(app.db, token))) return send(reply, 404, invalidSignInLinkPage(lang));
    return send(reply, 200, signInLinkPage(lang, SIGN_IN_PATH + token));
  });

  app.post(SIGN_IN_PATH + ':token', async (request: DeskRequest, reply) => {
    const lang = langOf(request);
    const session = await signInWithLink(app.db, request.params.token!);
    if (!session) return send(reply, 404, invalidSignInLinkPage(lang));
    reply.header('set-cookie', setSessionCookie(session, publicUrl));
    return backToDesk(reply, lang);
  });

  app.post(DESK_PATH + 'logga-ut', async (request: DeskRequest, reply) => {
    await endSession(app.db, sessionCookie(request));
    reply.header('set-cookie', clearSessionCookie(publicUrl));
    return backToDesk(reply, langOf(request));
  });

  await app.register(deskApiRoutes);
  await app.register(fastifyStatic, {
    root: options.deskAppDir,
    prefix: DESK_PATH + 'assets/',
    decorateReply: false,
    allowedPath: (path) => path === '/desk.js',
    setHeaders: (res) => res.header('cache-control', 'no-cache'),
  });
}
