// A real SMTP peer on 127.0.0.1 (smtp-server) that parses what arrives (mailparser). It can refuse
// mail for a while, temporarily (4xx) or permanently (5xx), to test retries.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/**
 * `parse: false` only counts what arrives (for load runs, where parsing would slow the measuring
 * process); `delayMs` answers each message that much later, like a slow mail server.
 */
export async function startSmtpSink({ parse = true, delayMs = 0 } = {}) {
  const messages = [];
  const waiters = new Set();
  let refusal; // { code, message } while refusing
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 500,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', async () => {
        if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs)); // a slow mail server
        if (refusal) {
          const error = new Error(refusal.message);
          error.responseCode = refusal.code;
          return callback(error);
        }
        const raw = Buffer.concat(chunks);
        const parsed = parse ? await simpleParser(raw) : undefined;
        messages.push({ raw: raw.toString('utf8'), parsed, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
        for (const waiter of waiters) waiter();
        callback();
      });
    },
  });
  // A client that dies mid-transaction (a server killed with SIGKILL) resets its connection: expected here.
  server.on('error', () => {});
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    port,
    messages,
    /** Messages whose envelope recipient is `address`. */
    to: (address) => messages.filter((m) => m.envelopeTo.includes(address)),
    /** Resolves once `count` messages in all have arrived (rejects after `timeoutMs`). */
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(messages);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} messages, got ${messages.length} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    refuse(code, message = code >= 500 ? 'Mailbox unavailable' : 'Try again later') {
      refusal = { code, message };
    },
    accept() {
      refusal = undefined;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The links of a parsed message's text part. */
export const linksOf = (message) => message.parsed.text.match(/https?:\/\/\S+/g) ?? [];
