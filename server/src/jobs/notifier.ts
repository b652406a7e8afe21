/**
 * The notifier loop: makes the notices that are due (makeNotices) every few seconds and right
 * after a publish's hold has passed, then wakes the sender. Any number of instances may run it
 * against one database: an advisory lock and the notified-version pointer make each notice once.
 */
import type { Db } from '../db/db.js';
import { makeNotices, type NotifySettings } from '../notices/make-notices.js';

export class Notifier {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly settings: NotifySettings,
    private readonly onQueued: () => void,
    private readonly onError: (text: string) => void,
    private readonly intervalMs = 5000,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** A publish happened: look again when its hold has passed. */
  published(): void {
    this.schedule(this.settings.holdMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.round(), delayMs);
  }

  private async round(): Promise<void> {
    if (this.running) return this.schedule(100);
    this.running = makeNotices(this.db, this.settings)
      .then((queued) => (queued > 0 ? this.onQueued() : undefined))
      .catch((error) => this.onError(`notices: ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        this.schedule(this.intervalMs);
      });
    await this.running;
  }
}
