/**
 * buildApp(config, deps): the status host as a Fastify instance, every route registered, never
 * listening (main.ts listens; tests use inject or listen on 127.0.0.1 themselves).
 */
import Fastify, { LogController, type FastifyInstance, type FastifyPluginAsync, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import type { Db } from './db/db.js';
import type { Notifier } from './jobs/notifier.js';
import type { Sender } from './jobs/sender.js';
import type { MailTransport } from './mail/transport.js';
import { messagePage } from './pages/subscription-pages.js';
import { pageStrings } from './pages/strings.js';
import deskRoutes from './routes/desk.js';
import devMailRoutes from './routes/dev-mail.js';
import healthRoutes from './routes/health.js';
import pageRoutes from './routes/pages.js';
import staticRoutes from './routes/static-files.js';
import statusRoutes from './routes/status.js';
import subscribeRoutes from './routes/subscribe.js';
import versionRoutes from './routes/versions.js';
import noticeRoutes from './routes/notices.js';
import { authenticateBearer } from './services/publish-tokens.js';
import { StatusCache } from './services/status-cache.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Readonly<Config>;
    db: Db;
    statusCache: StatusCache;
    sender?: Sender;
    notifier?: Notifier;
    /** preHandler: 401 unless the request carries a valid publishing token. */
    requirePublisher: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
  interface FastifyRequest {
    /** The publishing token's name, once requirePublisher let the request through. */
    publisher?: string;
  }
}

export interface AppDeps {
  db: Db;
  transport: MailTransport;
  sender?: Sender;
  notifier?: Notifier;
  /** Folder of the built widget (dist/ of the itc-status package). */
  widgetDir?: string;
  /** Serve the demo pages from this folder under /demo/ (npm start). */
  demoDir?: string;
  /** More routes, registered last (npm start's demo scenarios). */
  extraRoutes?: FastifyPluginAsync;
  logger?: FastifyServerOptions['logger'];
}

/** The widget's dist/ folder, found through the package's own export. */
export const defaultWidgetDir = () => fileURLToPath(new URL('.', import.meta.resolve('itc-status/itc-status.js')));
const ASSETS_DIR = fileURLToPath(new URL('../public/', import.meta.url));
/** The desk's built script (rollup.config.mjs of this package). */
const DESK_APP_DIR = fileURLToPath(new URL('./desk-app/', import.meta.url));

/** Link tokens are capabilities: they never reach a log. */
export const redactUrl = (url: string) => url.replace(/(\/(?:prenumeration\/[a-z]+|desk\/logga-in)\/)[^/?#]+/g, '$1…');

/** The policy of every page the server renders: its own style sheet and forms, nothing else. */
const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export async function buildApp(config: Readonly<Config>, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Unknown fields are refused, not stripped; types are not coerced.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    // One line per request would cost more than serving /status.json itself; errors are logged.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.decorate('config', config);
  app.decorate('db', deps.db);
  app.decorate('statusCache', new StatusCache(deps.db));
  app.decorate('sender', deps.sender);
  app.decorate('notifier', deps.notifier);
  app.decorateRequest('publisher', undefined);
  app.decorate('requirePublisher', async (request: FastifyRequest, reply: FastifyReply) => {
    const name = await authenticateBearer(deps.db, request.headers.authorization);
    if (!name) {
      await reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'A valid publishing token is required (Authorization: Bearer …).' });
      return reply;
    }
    request.publisher = name;
  });
  await app.statusCache.refresh();

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      // A page with a policy of its own (the desk) keeps it; every other page allows no script.
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', PAGE_CSP);
      if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', 'no-referrer');
      reply.header('cache-control', 'no-store');
    }
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: { message: error.message, stack: error.stack } }, 'request failed');
    return reply.code(status).send({ error: status >= 500 ? 'Internal server error.' : error.message });
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.headers.accept?.includes('text/html')) {
      const t = pageStrings('sv');
      return reply.code(404).header('content-type', 'text/html; charset=utf-8').send(messagePage('sv', t.notFoundTitle, ''));
    }
    return reply.code(404).send({ error: 'Not found.' });
  });

  await app.register(rateLimit, { global: false });
  await app.register(healthRoutes);
  await app.register(statusRoutes);
  await app.register(versionRoutes);
  await app.register(noticeRoutes);
  await app.register(subscribeRoutes);
  await app.register(pageRoutes);
  await app.register(deskRoutes, { deskAppDir: DESK_APP_DIR });
  await app.register(staticRoutes, { widgetDir: deps.widgetDir ?? defaultWidgetDir(), assetsDir: ASSETS_DIR, demoDir: deps.demoDir });
  if (deps.transport.devMailbox) await app.register(devMailRoutes, { mailbox: deps.transport.devMailbox });
  if (deps.extraRoutes) await app.register(deps.extraRoutes);
  return app;
}
