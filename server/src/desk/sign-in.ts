/**
 * Signing in to the desk without passwords: a listed address is sent a one-time link (valid 15
 * minutes, used once, by a POST — link scanners only GET); using it starts a session of 12 hours
 * kept in a cookie. Links and sessions are stored as hashes; an unlisted address is told the
 * same words and sent nothing.
 */
import type { Lang } from 'itc-status/core';
import type { Db } from '../db/db.js';
import { enqueueMail } from '../db/queries/outbox.js';
import { deleteSession, insertLink, insertSession, linkIsValid, linksSince, publisherByEmail, sessionPublisher, useLink } from '../db/queries/publishers.js';
import { signInMail } from '../mail/sign-in-mail.js';
import { hashSecret, looksLikeSecret, newSecret } from '../services/secrets.js';
import { publisherAddress } from './publishers.js';

const MINUTE = 60_000;
export const LINK_MINUTES = 15;
export const SESSION_HOURS = 12;
/** Links one address may be sent per LINK_MINUTES. */
export const LINKS_PER_ADDRESS = 5;

export const SIGN_IN_PATH = '/desk/logga-in/';
const LINK_PREFIX = 'itcl_';
const SESSION_PREFIX = 'itcs_';

/**
 * Asks for a sign-in link. Queues the email only for a listed address under its limit; the caller
 * answers the same in every case, so the page never tells who is listed.
 */
export async function requestSignInLink(db: Db, input: { email: string; lang: Lang; publicUrl: string; host: string; now?: Date }): Promise<'sent' | 'not-sent'> {
  const now = input.now ?? new Date();
  const address = publisherAddress(input.email);
  if (!address) return 'not-sent';
  return db.transaction(async (tx) => {
    const publisher = await publisherByEmail(tx, address);
    if (!publisher) return 'not-sent';
    if ((await linksSince(tx, publisher.id, new Date(now.getTime() - LINK_MINUTES * MINUTE))) >= LINKS_PER_ADDRESS) return 'not-sent';
    const token = newSecret(LINK_PREFIX);
    const hash = hashSecret(token);
    await insertLink(tx, hash, publisher.id, now, new Date(now.getTime() + LINK_MINUTES * MINUTE));
    const message = signInMail({
      to: publisher.email,
      lang: input.lang,
      // The link's page speaks the language the link was asked for in.
      url: input.publicUrl + SIGN_IN_PATH + token + (input.lang === 'en' ? '?lang=en' : ''),
      messageId: `<sign-in-${hash.slice(0, 24)}@${input.host}>`,
    });
    await enqueueMail(tx, { subscriberId: null, kind: 'sign-in', dedupeKey: `sign-in:${hash}`, message, now });
    return 'sent';
  });
}

/** Whether a link from an email is still usable (the GET page shows its button only then). */
export const signInLinkIsValid = (db: Db, token: string, now = new Date()) => looksLikeSecret(token, LINK_PREFIX) && linkIsValid(db, hashSecret(token), now);

/** Uses a link and starts a session: the session's cookie value, or undefined when the link is not valid. */
export async function signInWithLink(db: Db, token: string, now = new Date()): Promise<string | undefined> {
  if (!looksLikeSecret(token, LINK_PREFIX)) return undefined;
  return db.transaction(async (tx) => {
    const publisherId = await useLink(tx, hashSecret(token), now);
    if (publisherId === undefined) return undefined;
    const session = newSecret(SESSION_PREFIX);
    await insertSession(tx, hashSecret(session), publisherId, now, new Date(now.getTime() + SESSION_HOURS * 60 * MINUTE));
    return session;
  });
}

/** The publisher's address for a session cookie's value, while the session lasts. */
export async function publisherOfSession(db: Db, session: string | undefined, now = new Date()): Promise<string | undefined> {
  if (!session || !looksLikeSecret(session, SESSION_PREFIX)) return undefined;
  return (await sessionPublisher(db, hashSecret(session), now))?.email;
}

export async function endSession(db: Db, session: string | undefined): Promise<void> {
  if (session && looksLikeSecret(session, SESSION_PREFIX)) await deleteSession(db, hashSecret(session));
}
