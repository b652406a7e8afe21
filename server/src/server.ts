/**
 * startServer(config): the whole running service — database, mail transport, sender, sweeper and
 * the app listening — and a stop() that finishes requests in flight, lets the sender finish the
 * messages it holds, and closes the database. Used by `itc-status-server serve` and `npm start`.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, redactUrl, type AppDeps } from './app.js';
import type { Config } from './config.js';
import type { Db } from './db/db.js';
import { openDatabase } from './db/open.js';
import { Notifier } from './jobs/notifier.js';
import { Sender } from './jobs/sender.js';
import { startSweeper } from './jobs/sweeper.js';
import { devMailboxTransport, smtpTransport, type MailTransport } from './mail/transport.js';

export interface RunningServer {
  app: FastifyInstance;
  db: Db;
  /** The address it listens on, e.g. http://127.0.0.1:8000. */
  url: string;
  stop(): Promise<void>;
}

export function createTransport(config: Readonly<Config>, log: (line: string) => void): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : devMailboxTransport(join(config.dataDir, 'mail'), config.mailFrom, log);
}

/** Pino options: no addresses or link tokens in logs (request URLs are redacted, bodies never logged). */
export function loggerOptions(level: string) {
  return {
    level,
    serializers: {
      req: (request: { method: string; url: string }) => ({ method: request.method, url: redactUrl(request.url) }),
    },
  };
}

export async function startServer(config: Readonly<Config>, extra: Pick<AppDeps, 'demoDir' | 'widgetDir' | 'extraRoutes'> = {}): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let app: FastifyInstance | undefined;
  // The dev mailbox's one line per message is for the person at the terminal, whatever LOG_LEVEL says.
  const transport = createTransport(config, (line) => console.log(line));
  const sender = new Sender(db, transport, { onError: (text) => app?.log.warn(text), publicUrl: config.publicUrl });
  const notifier = new Notifier(
    db,
    { holdMs: config.notices.holdSeconds * 1000, reminderMs: config.notices.reminderHours * 3_600_000, host: new URL(config.publicUrl).hostname },
    () => sender.wake(),
    (text) => app?.log.warn(text),
  );
  try {
    app = await buildApp(config, { db, transport, sender, notifier, logger: loggerOptions(config.logLevel), ...extra });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close();
    await transport.close();
    await db.close();
    throw error;
  }
  await sender.start();
  notifier.start();
  // Another instance's publish: serve it here too, and let this notifier look after its hold.
  const unfollow = await app.statusCache.follow(() => notifier.published());
  const stopSweeper = startSweeper(db, (text) => app!.log.warn(text));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopping: Promise<void> | undefined;
  return {
    app,
    db,
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    stop: () =>
      (stopping ??= (async () => {
        stopSweeper();
        await unfollow();
        await app!.close(); // stops accepting, finishes requests in flight
        await notifier.stop();
        await sender.stop();
        await transport.close();
        await db.close();
      })()),
  };
}
