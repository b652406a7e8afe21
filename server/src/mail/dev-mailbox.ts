/**
 * The dev mailbox: without SMTP_URL every message is saved in `<data>/mail/` (the raw .eml and a
 * .json with what the /dev/mail page shows), so a newcomer can sign up and confirm without a mail
 * server. The folder holds addresses: it stays in the data folder, out of git.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailMessage } from './message.js';

export interface SavedMail {
  id: string;
  savedAt: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

export class DevMailbox {
  constructor(readonly dir: string) {}

  async save(message: MailMessage, raw: Buffer): Promise<SavedMail> {
    await mkdir(this.dir, { recursive: true });
    const savedAt = new Date().toISOString();
    // Sortable and unique: time, then a random tail.
    const id = savedAt.replace(/[-:.TZ]/g, '') + '-' + Math.random().toString(36).slice(2, 8);
    const saved: SavedMail = { id, savedAt, to: message.to, subject: message.subject, text: message.text, html: message.html, messageId: message.messageId };
    await writeFile(join(this.dir, id + '.eml'), raw);
    await writeFile(join(this.dir, id + '.json'), JSON.stringify(saved));
    return saved;
  }

  /** Newest first. */
  async list(): Promise<SavedMail[]> {
    let files: string[];
    try {
      files = (await readdir(this.dir)).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    files.sort().reverse();
    return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(this.dir, f), 'utf8')) as SavedMail));
  }

  async get(id: string): Promise<SavedMail | undefined> {
    if (!/^[\w-]+$/.test(id)) return undefined;
    try {
      return JSON.parse(await readFile(join(this.dir, id + '.json'), 'utf8')) as SavedMail;
    } catch {
      return undefined;
    }
  }
}
