/**
 * Where mail goes: real SMTP (SMTP_URL, pooled connections) or, without it, the dev mailbox in the
 * data folder. The sender job is the only user; everything else queues mail in the outbox.
 */
import nodemailer from 'nodemailer';
import type { MailMessage } from './message.js';
import { DevMailbox } from './dev-mailbox.js';

export interface MailTransport {
  /** Sends one message; rejects with an error whose `responseCode` is the SMTP reply code, if any. */
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
  /** The dev mailbox, when mail goes there instead of to SMTP. */
  readonly devMailbox?: DevMailbox;
}

function envelope(from: string, message: MailMessage) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
    headers: message.headers,
    attachments: message.attachments,
  };
}

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 5,
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  } as never);
  return {
    async send(message) {
      await transporter.sendMail(envelope(from, message));
    },
    async close() {
      transporter.close();
    },
  };
}

export function devMailboxTransport(dir: string, from: string, onMessage?: (line: string) => void): MailTransport {
  const mailbox = new DevMailbox(dir);
  const render = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    devMailbox: mailbox,
    async send(message) {
      const info = await render.sendMail(envelope(from, message));
      const saved = await mailbox.save(message, info.message as Buffer);
      onMessage?.(`Dev-post ${saved.id}: «${message.subject}» → ${firstLink(message.text) ?? '(ingen länk)'}`);
    },
    async close() {},
  };
}

/** The first http(s) link of a text. */
export function firstLink(text: string): string | undefined {
  return /https?:\/\/\S+/.exec(text)?.[0];
}
