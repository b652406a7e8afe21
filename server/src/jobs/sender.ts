/**
 * The sender loop: claims due outbox rows (FOR UPDATE SKIP LOCKED, so any number of senders on one
 * database never take the same row), sends them, and marks them sent. A failure is retried with
 * exponential backoff (an SMTP outage of hours loses nothing); a permanent refusal (5xx) gives up
 * after the row's max_attempts. Rows leased by a sender that died are taken over once its heartbeat
 * is stale (or its lease has run out).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.js';
import { claimDueMail, heartbeat, markFailed, markRetry, markSent, recordHardBounce, releaseAllLeases, removeHeartbeat, type OutboxRow } from '../db/queries/outbox.js';
import type { MailMessage } from '../mail/message.js';
import type { MailTransport } from '../mail/transport.js';
import { renderNotices } from '../notices/render.js';

export interface SenderOptions {
  /** Rows claimed per round. */
  batchSize?: number;
  /** Seconds before a lease is taken for abandoned. */
  leaseSeconds?: number;
  /** Milliseconds between looks at the outbox when idle. */
  pollMs?: number;
  /** Delay after the first failed attempt, doubled after each further one (default 5 s). */
  retryBaseMs?: number;
  /** Called with a short text for each failure (never the address). */
  onError?: (text: string) => void;
  /** Origin of the links in notices (PUBLIC_URL). */
  publicUrl?: string;
}

/** A sender beats every 5 s; one silent for 20 s has stopped, and its leases are free. */
const HEARTBEAT_MS = 5_000;
const STALE_MS = 20_000;

/** Backoff after the n-th failed attempt: base, 2 × base, 4 × base … at most 10 minutes. */
export function retryDelayMs(attempts: number, baseMs = 5_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 600_000);
}

/** An SMTP 5xx reply: the server refuses this message for good. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function describe(error: unknown): string {
  const e = error as { responseCode?: number; code?: string; message?: string };
  // SMTP replies can quote the recipient: keep the code and the start of the reply only, with any address masked.
  const text = `${e.responseCode ?? e.code ?? 'error'} ${String(e.message ?? error).slice(0, 160)}`;
  return text.replace(/[^\s<>@]+@[^\s<>@]+/g, '…@…');
}

export class Sender {
  readonly id = 'sender-' + randomUUID();
  private timer?: NodeJS.Timeout;
  private beat?: NodeJS.Timeout;
  /** Rows the mail server has accepted, marked sent together within 20 ms (one statement, not one each). */
  private accepted: number[] = [];
  private markTimer?: NodeJS.Timeout;
  private marking: Promise<unknown> = Promise.resolve();
  private running?: Promise<void>;
  private stopped = true;
  private wakeRequested = false;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;

  constructor(
    private readonly db: Db,
    private readonly transport: MailTransport,
    private readonly options: SenderOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 50;
    this.leaseMs = (options.leaseSeconds ?? 120) * 1000;
    this.pollMs = options.pollMs ?? 1000;
  }

  async start(): Promise<void> {
    // The embedded database has one process: every lease in it is from a sender that stopped.
    if (this.db.kind === 'pglite') await releaseAllLeases(this.db);
    await this.heartbeat();
    this.beat = setInterval(() => void this.heartbeat(), HEARTBEAT_MS);
    this.stopped = false;
    this.wake();
  }

  /** Looks at the outbox now (called after mail was queued). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.stopped) return;
      if (this.wakeRequested) {
        this.wakeRequested = false;
        this.wake();
      } else {
        this.timer = setTimeout(() => this.wake(), this.pollMs);
      }
    });
  }

  /** Stops claiming; waits for the messages being sent. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.beat);
    await this.running;
    await removeHeartbeat(this.db, this.id).catch(() => {});
  }

  private markSentSoon(id: number): void {
    this.accepted.push(id);
    if (this.accepted.length >= 25) void this.flushSent();
    else this.markTimer ??= setTimeout(() => void this.flushSent(), 20);
  }

  private flushSent(): Promise<unknown> {
    clearTimeout(this.markTimer);
    this.markTimer = undefined;
    const ids = this.accepted.splice(0);
    if (ids.length > 0) {
      this.marking = this.marking
        .then(() => markSent(this.db, ids, new Date()))
        .catch((error) => this.options.onError?.(`outbox: ${describe(error)}`));
    }
    return this.marking;
  }

  private async heartbeat(): Promise<void> {
    const now = new Date();
    await heartbeat(this.db, this.id, now, new Date(now.getTime() - STALE_MS)).catch((error) => this.options.onError?.(`heartbeat: ${describe(error)}`));
  }

  /** Sends until no due row is left (or the sender is stopped). */
  private async drain(): Promise<void> {
    try {
      while (!this.stopped) {
        const now = new Date();
        const rows = await claimDueMail(this.db, this.id, now, new Date(now.getTime() - this.leaseMs), new Date(now.getTime() - STALE_MS), this.batchSize);
        if (rows.length === 0) return;
        const notices = await renderNotices(this.db, rows.filter((row) => row.notice_id !== null), this.options.publicUrl ?? 'http://localhost');
        // Each message is marked sent within 20 ms of the mail server taking it: a crash repeats at most those.
        await Promise.all(
          rows.map(async (row) => {
            const message = row.message ?? notices.get(row.id);
            if (!message) return markFailed(this.db, row.id, new Date(), 'not subscribed any more');
            if (await this.sendOne(row, message)) this.markSentSoon(row.id);
          }),
        );
        await this.flushSent();
      }
    } catch (error) {
      this.options.onError?.(`outbox: ${describe(error)}`);
    }
  }

  private async sendOne(row: OutboxRow, message: MailMessage): Promise<boolean> {
    try {
      await this.transport.send(message);
      return true;
    } catch (error) {
      const text = describe(error);
      this.options.onError?.(`mail ${row.id} (${row.kind}), attempt ${row.attempts}: ${text}`);
      if (isPermanent(error) && row.attempts >= row.max_attempts) {
        await markFailed(this.db, row.id, new Date(), text);
        if (row.subscriber_id !== null) await recordHardBounce(this.db, row.subscriber_id, new Date());
      } else await markRetry(this.db, row.id, new Date(Date.now() + retryDelayMs(row.attempts, this.options.retryBaseMs)), text);
      return false;
    }
  }
}
