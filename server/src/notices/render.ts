/**
 * Notices are queued as one bare outbox row per recipient (a fan-out is one statement); the email
 * is written when it is sent, in the subscriber's language, with a fresh manage link whose hash is
 * stored like every other link. A subscriber who unsubscribed meanwhile gets nothing.
 */
import type { Db } from '../db/db.js';
import { noticesById } from '../db/queries/notices.js';
import type { OutboxRow } from '../db/queries/outbox.js';
import { insertSubscriberTokens } from '../db/queries/subscribers.js';
import type { MailMessage } from '../mail/message.js';
import { noticeMail } from '../mail/notice-mail.js';
import { manageUrl, unsubscribeUrl } from '../services/links.js';
import { hashSecret, newSecret } from '../services/secrets.js';

interface Recipient {
  id: number;
  email: string;
  lang: 'sv' | 'en';
  municipalities: string[];
  state: string;
  undeliverable_at: Date | null;
}

/** The message of each notice row, by row id; null where the subscriber is no longer to be mailed. */
export async function renderNotices(db: Db, rows: OutboxRow[], publicUrl: string, now = new Date()): Promise<Map<number, MailMessage | null>> {
  const out = new Map<number, MailMessage | null>();
  if (rows.length === 0) return out;
  const notices = new Map((await noticesById(db, [...new Set(rows.map((r) => r.notice_id!))])).map((n) => [n.id, n.payload]));
  const recipients = new Map(
    (
      await db.query<Recipient>('select id, email, lang, municipalities, state, undeliverable_at from subscribers where id = any($1)', [
        rows.map((r) => r.subscriber_id),
      ])
    ).map((r) => [r.id, r]),
  );
  for (const row of rows) {
    const recipient = recipients.get(row.subscriber_id!);
    const payload = notices.get(row.notice_id!);
    if (!recipient || !payload || recipient.state !== 'confirmed' || recipient.undeliverable_at) {
      out.set(row.id, null);
      continue;
    }
    const token = newSecret();
    await insertSubscriberTokens(db, recipient.id, [{ hash: hashSecret(token), purpose: 'manage', expires: null }], now);
    const links = { manageUrl: manageUrl(publicUrl, token), unsubscribeUrl: unsubscribeUrl(publicUrl, token) };
    out.set(row.id, noticeMail(payload, recipient, links, row.message_id, now.getTime()));
  }
  return out;
}
