/**
 * The subscription lifecycle, with double opt-in: a sign-up is stored as pending and its
 * confirmation email queued in the same transaction; only the button behind the emailed link
 * confirms. Subscribers are reached by link tokens, never by address.
 */
import { randomUUID } from 'node:crypto';
import type { Lang } from 'itc-status/core';
import type { Db, Queryable } from '../db/db.js';
import { enqueueMail, recentMailTimes } from '../db/queries/outbox.js';
import {
  confirmSubscriber,
  deleteConfirmTokens,
  deleteSubscriber,
  exportRows,
  findIdempotencyKey,
  findSubscriberForUpdate,
  insertPendingSubscriber,
  insertSubscriberTokens,
  renewPendingSubscriber,
  saveIdempotencyKey,
  subscriberByToken,
  unsubscribe,
  updateChoices,
  type IdempotentAnswer,
  type SubscriberRow,
} from '../db/queries/subscribers.js';
import { alreadySubscribedMail, confirmationMail } from '../mail/compose.js';
import { confirmUrl, manageUrl } from './links.js';
import { hashSecret, looksLikeSecret, newSecret } from './secrets.js';
import type { SignUp } from './sign-up.js';

const DAY = 86_400_000;
export const CONFIRM_LINK_DAYS = 7;
/** Kinds of outbox rows that the per-address limit counts. */
const SIGN_UP_MAIL = ['confirm', 'already-subscribed'];

export interface SubscriptionSettings {
  publicUrl: string;
  confirmationsPerAddress: number;
}

export type SignUpResult = { kind: 'accepted'; answer: IdempotentAnswer; queued: boolean } | { kind: 'rate-limited'; retryAfterSeconds: number };

const PENDING: IdempotentAnswer = { status: 202, body: JSON.stringify({ status: 'pending' }) };

function messageId(publicUrl: string, kind: string): string {
  return `<${kind}.${randomUUID()}@${new URL(publicUrl).hostname}>`;
}

/** New link tokens for a subscriber (a confirm link expires after 7 days, a manage link does not), stored as hashes. */
async function newTokens<P extends 'confirm' | 'manage'>(tx: Queryable, subscriberId: number, purposes: P[], now: Date): Promise<Record<P, string>> {
  const tokens = purposes.map((purpose) => ({ purpose, token: newSecret() }));
  await insertSubscriberTokens(
    tx,
    subscriberId,
    tokens.map(({ purpose, token }) => ({ purpose, hash: hashSecret(token), expires: purpose === 'confirm' ? new Date(now.getTime() + CONFIRM_LINK_DAYS * DAY) : null })),
    now,
  );
  return Object.fromEntries(tokens.map(({ purpose, token }) => [purpose, token])) as Record<P, string>;
}

/**
 * Takes a checked sign-up. New, pending and confirmed addresses get the same answer (202);
 * what differs is only the email: a confirmation, or "you already subscribe" with the manage link.
 */
export async function signUp(db: Db, signUp: SignUp, settings: SubscriptionSettings, now = new Date()): Promise<SignUpResult> {
  if (signUp.idempotencyKey) {
    const earlier = await findIdempotencyKey(db, signUp.idempotencyKey, new Date(now.getTime() - DAY));
    if (earlier) return { kind: 'accepted', answer: earlier, queued: false };
  }
  return db.transaction(async (tx) => {
    // A new address (the common case) is one insert; a known one is locked and looked at.
    let subscriber = await insertPendingSubscriber(tx, signUp, now);
    if (!subscriber) {
      subscriber = (await findSubscriberForUpdate(tx, signUp.email))!;
      const sent = await recentMailTimes(tx, subscriber.id, SIGN_UP_MAIL, new Date(now.getTime() - DAY));
      if (sent.length >= settings.confirmationsPerAddress) {
        const freeAt = sent[sent.length - settings.confirmationsPerAddress]!.getTime() + DAY;
        return { kind: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) } as const;
      }
      if (subscriber.state !== 'confirmed') await renewPendingSubscriber(tx, subscriber.id, signUp, now);
    }
    const s = subscriber;
    if (s.state === 'confirmed') {
      const { manage } = await newTokens(tx, s.id, ['manage'], now);
      const id = messageId(settings.publicUrl, 'already-subscribed');
      await enqueueMail(tx, {
        subscriberId: s.id,
        kind: 'already-subscribed',
        dedupeKey: id,
        message: alreadySubscribedMail({ to: s.email, lang: signUp.lang, manageUrl: manageUrl(settings.publicUrl, manage), messageId: id }),
        now,
      });
    } else {
      const { confirm, manage } = await newTokens(tx, s.id, ['confirm', 'manage'], now);
      const id = messageId(settings.publicUrl, 'confirm');
      await enqueueMail(tx, {
        subscriberId: s.id,
        kind: 'confirm',
        dedupeKey: id,
        message: confirmationMail({
          to: signUp.email,
          lang: signUp.lang,
          confirmUrl: confirmUrl(settings.publicUrl, confirm),
          manageUrl: manageUrl(settings.publicUrl, manage),
          messageId: id,
        }),
        now,
      });
    }
    if (signUp.idempotencyKey) await saveIdempotencyKey(tx, signUp.idempotencyKey, s.id, PENDING, now);
    return { kind: 'accepted', answer: PENDING, queued: true } as const;
  });
}

/** The subscriber a confirm or manage link opens, if the link is valid. */
export async function subscriberFromLink(db: Db, token: string, purpose: 'confirm' | 'manage', now = new Date()): Promise<SubscriberRow | undefined> {
  if (!looksLikeSecret(token)) return undefined;
  return subscriberByToken(db, hashSecret(token), purpose, now);
}

/**
 * Confirms the sign-up a confirm link belongs to: a new manage link and the subscriber's language,
 * or undefined when the link is not valid (expired, used, or never made).
 */
export async function confirm(db: Db, token: string, publicUrl: string, now = new Date()): Promise<{ manageUrl: string; lang: Lang } | undefined> {
  if (!looksLikeSecret(token)) return undefined;
  return db.transaction(async (tx) => {
    const subscriber = await subscriberByToken(tx, hashSecret(token), 'confirm', now);
    if (!subscriber) return undefined;
    await confirmSubscriber(tx, subscriber.id, now);
    await deleteConfirmTokens(tx, subscriber.id);
    const { manage } = await newTokens(tx, subscriber.id, ['manage'], now);
    return { manageUrl: manageUrl(publicUrl, manage), lang: subscriber.lang };
  });
}

export const changeChoices = (db: Db, subscriber: SubscriberRow, topics: string[], municipalities: string[]) =>
  updateChoices(db, subscriber.id, topics, municipalities);

export const endSubscription = (db: Db, subscriber: SubscriberRow, now = new Date()) => unsubscribe(db, subscriber.id, now);

/** Erases every trace of the address: subscription, consent, tokens, keys and mail rows. */
export const erase = (db: Db, subscriber: SubscriberRow) => deleteSubscriber(db, subscriber.id);

/** Everything stored about the address, as JSON for "Hämta mina uppgifter". Secrets are not included. */
export async function exportData(db: Db, subscriber: SubscriberRow) {
  const rows = await exportRows(db, subscriber.id);
  return {
    email: subscriber.email,
    state: subscriber.state,
    language: subscriber.lang,
    topics: subscriber.topics,
    municipalities: subscriber.municipalities,
    consent: { version: subscriber.consent_version, givenAt: subscriber.consented_at },
    signedUpAt: subscriber.created_at,
    confirmedAt: subscriber.confirmed_at,
    unsubscribedAt: subscriber.unsubscribed_at,
    links: rows.tokens.map((t) => ({ purpose: t.purpose, createdAt: t.created_at, expiresAt: t.expires_at })),
    mail: rows.mail.map((m) => ({ kind: m.kind, queuedAt: m.created_at, sentAt: m.sent_at, failedAt: m.failed_at })),
    signUpRequests: rows.idempotencyKeys.map((k) => ({ idempotencyKey: k.key, at: k.created_at })),
  };
}
