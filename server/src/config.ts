/**
 * The server's configuration: command-line flags over environment variables over defaults, read
 * and checked once into one frozen object. This is the only module that reads `process.env`.
 */
import { isAbsolute, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database (PGlite) and of the dev mailbox. */
  dataDir: string;
  /** postgres://… → PostgreSQL; absent → PGlite in `dataDir`. */
  databaseUrl?: string;
  /** smtp://… or smtps://… → real SMTP; absent → the dev mailbox. */
  smtpUrl?: string;
  mailFrom: string;
  /** Origin used in every link of every email, without a trailing slash. */
  publicUrl: string;
  /** Fastify's `trustProxy`: which proxies' X-Forwarded-For is believed. */
  trustProxy: boolean | string;
  limits: {
    /** Confirmation emails per address per 24 hours. */
    confirmationsPerAddress: number;
    /** Sign-ups per client address per window. */
    signupsPerClient: number;
    signupWindowSeconds: number;
    /** A sign-up sent sooner than this after the form appeared is taken for a robot. */
    minElapsedMs: number;
  };
  notices: {
    /** Seconds a publish stands before its notices go out (a correction within it sends one notice). */
    holdSeconds: number;
    /** Hours before a service window starts that its reminder goes out. */
    reminderHours: number;
  };
  logLevel: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ConfigFlags {
  port?: string;
  host?: string;
  data?: string;
}

function integer(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(`${name} måste vara ett heltal ${min}–${max} / must be an integer ${min}–${max}: ${JSON.stringify(value)}`);
  }
  return Number(value);
}

function url(name: string, value: string, protocols: string[]): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} är ingen giltig URL / is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} måste börja med / must start with ${protocols.map((p) => p + '//').join(' | ')}`);
  }
  return value;
}

/** `TRUST_PROXY`: `true`, a number of hops, or addresses/CIDRs separated by commas. */
function trustProxy(value: string | undefined): boolean | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return value;
}

export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Readonly<Config> {
  const port = integer('--port / PORT', flags.port ?? env.PORT ?? '8000', 0, 65535);
  const dataDir = flags.data ?? env.DATA_DIR ?? './itc-data';
  const publicUrl = url('PUBLIC_URL', env.PUBLIC_URL || `http://localhost:${port}`, ['http:', 'https:']).replace(/\/+$/, '');
  return Object.freeze({
    port,
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
    databaseUrl: env.DATABASE_URL ? url('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']) : undefined,
    smtpUrl: env.SMTP_URL ? url('SMTP_URL', env.SMTP_URL, ['smtp:', 'smtps:']) : undefined,
    mailFrom: env.MAIL_FROM || 'IT-Centrum <noreply@itcentrum.se>',
    publicUrl,
    trustProxy: trustProxy(env.TRUST_PROXY),
    limits: Object.freeze({
      confirmationsPerAddress: integer('CONFIRMATIONS_PER_ADDRESS', env.CONFIRMATIONS_PER_ADDRESS ?? '3', 1, 1000),
      signupsPerClient: integer('SIGNUPS_PER_CLIENT', env.SIGNUPS_PER_CLIENT ?? '10', 1, 1_000_000),
      signupWindowSeconds: integer('SIGNUP_WINDOW_SECONDS', env.SIGNUP_WINDOW_SECONDS ?? '600', 1, 86_400),
      minElapsedMs: 1500,
    }),
    notices: Object.freeze({
      holdSeconds: integer('NOTIFY_HOLD_SECONDS', env.NOTIFY_HOLD_SECONDS ?? '60', 0, 86_400),
      reminderHours: integer('REMINDER_HOURS', env.REMINDER_HOURS ?? '24', 1, 24 * 14),
    }),
    logLevel: env.LOG_LEVEL || 'info',
  });
}
