#!/usr/bin/env node
/**
 * The `itc-status-server` command: serve | token create/list/revoke | publisher add/list/remove | --help.
 * Exit codes: 0 done, 1 failed (database, port), 2 wrong invocation.
 */
import { parseArgs } from 'node:util';
import { HELP } from './cli/help.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DatabaseOpenError, type Db } from './db/db.js';
import { openDatabase } from './db/open.js';
import { addPublisher, publisherAddress, publishers, removePublisher } from './desk/publishers.js';
import { createPublishToken, listTokens, revokePublishToken, TokenNameTaken } from './services/publish-tokens.js';
import { startServer } from './server.js';

class UsageError extends Error {}

/** Runs `work` on the configured database (created and migrated on a fresh folder), then closes it. */
async function withDatabase<T>(config: Readonly<Config>, work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

async function tokenCommand(config: Readonly<Config>, action: string | undefined, rest: string[], name: string | undefined): Promise<number> {
  if (action === 'create' && (!name || !/^[\w.@-]{1,64}$/.test(name))) {
    throw new UsageError('token create behöver --name NAMN (1–64 tecken: bokstäver, siffror, . _ - @) / needs --name NAME');
  }
  if (action === 'revoke' && !rest[0]) throw new UsageError('token revoke behöver ett namn / needs a name');
  if (action !== 'create' && action !== 'list' && action !== 'revoke') throw new UsageError('token create | list | revoke');
  return withDatabase(config, async (db) => {
    if (action === 'create') {
      const token = await createPublishToken(db, name!);
      console.log(`Publiceringsnyckel för "${name}" (visas bara nu) / Publishing token for "${name}" (shown only now):`);
      console.log(token);
    } else if (action === 'list') {
      const tokens = await listTokens(db);
      if (tokens.length === 0) console.log('Inga nycklar / No tokens');
      for (const t of tokens) console.log(`${t.name}\t${t.createdAt.toISOString()}\t${t.lastUsedAt?.toISOString() ?? '-'}`);
    } else {
      if (!(await revokePublishToken(db, rest[0]!))) {
        console.error(`Ingen nyckel heter "${rest[0]}" / No token is named "${rest[0]}"`);
        return 1;
      }
      console.log(`Spärrad / Revoked: ${rest[0]}`);
    }
    return 0;
  });
}

/** The desk's publishers: `publisher add ADDRESS`, `publisher list`, `publisher remove ADDRESS`. */
async function publisherCommand(config: Readonly<Config>, action: string | undefined, rest: string[]): Promise<number> {
  if (action !== 'add' && action !== 'list' && action !== 'remove') throw new UsageError('publisher add ADRESS | list | remove ADRESS');
  const address = action === 'list' ? undefined : publisherAddress(rest[0] ?? '');
  if (action !== 'list' && !address) throw new UsageError(`publisher ${action} behöver en e-postadress / needs an email address`);
  return withDatabase(config, async (db) => {
    if (action === 'add') {
      const added = await addPublisher(db, address!);
      console.log(added ? `Tillagd / Added: ${address}` : `Finns redan / Already listed: ${address}`);
    } else if (action === 'list') {
      const list = await publishers(db);
      if (list.length === 0) console.log('Inga publicister / No publishers');
      for (const p of list) console.log(`${p.email}\t${p.addedAt.toISOString()}`);
    } else {
      if (!(await removePublisher(db, address!))) {
        console.error(`Finns inte i listan / Not listed: ${address}`);
        return 1;
      }
      console.log(`Borttagen / Removed: ${address} (inloggningar avslutade / signed out)`);
    }
    return 0;
  });
}

async function serve(config: Readonly<Config>): Promise<void> {
  const server = await startServer(config);
  server.app.log.info(`itc-status-server: ${server.url} (${server.db.kind === 'pglite' ? `PGlite i ${config.dataDir}` : 'PostgreSQL'}; e-post: ${config.smtpUrl ? 'SMTP' : `dev-brevlådan ${server.url}/dev/mail`})`);
  const shutdown = (signal: string) => {
    server.app.log.info(`${signal}: stänger / closing`);
    server.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [command = 'serve', ...rest] = positionals;
  const config = loadConfig({ port: values.port, host: values.host, data: values.data });
  if (command === 'serve' && rest.length === 0) {
    await serve(config);
    return -1; // keeps running
  }
  if (command === 'token') return tokenCommand(config, rest[0], rest.slice(1), values.name);
  if (command === 'publisher') return publisherCommand(config, rest[0], rest.slice(1));
  throw new UsageError(`Okänt kommando / Unknown command: ${positionals.join(' ')}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n\nitc-status-server --help`);
      process.exitCode = 2;
    } else if (error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = 2;
    } else if (error instanceof DatabaseOpenError || error instanceof TokenNameTaken) {
      console.error(error instanceof TokenNameTaken ? `Namnet finns redan / The name is taken: ${error.message}` : error.message);
      process.exitCode = 1;
    } else if ((error as { code?: string }).code === 'EADDRINUSE') {
      console.error(`Porten används redan / The port is in use: ${(error as Error).message}`);
      process.exitCode = 1;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
