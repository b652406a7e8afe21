/**
 * Before "Publicera": how many subscribers the publish would reach ("Skickas till ungefär 412
 * prenumeranter i Tierp"). After it: how many notices were queued and sent for the version.
 */
import { parseStatusText, type StatusDocument } from 'itc-status/core';
import type { Db } from '../db/db.js';
import { notifiedVersion, operationsAudience, versionNoticeMail } from '../db/queries/notices.js';
import { changesBetween } from '../notices/changes.js';

const documentOf = (body: string | undefined): StatusDocument | undefined => {
  const result = body === undefined ? undefined : parseStatusText(body);
  return result?.ok ? result.document : undefined;
};

export interface NoticeEstimate {
  /** How many changes would each send a notice. */
  changes: number;
  /** Distinct confirmed subscribers of operational information those notices reach. */
  recipients: number;
  /** The municipalities concerned; empty when a change concerns them all. */
  municipalities: string[];
}

export async function estimateNotices(db: Db, currentBody: string | undefined, draftBody: string, now = Date.now()): Promise<NoticeEstimate | undefined> {
  const draft = documentOf(draftBody);
  if (!draft) return undefined;
  const changes = changesBetween(documentOf(currentBody), draft, now);
  if (changes.length === 0) return { changes: 0, recipients: 0, municipalities: [] };
  const lists = changes.map((change) => ('disruption' in change ? change.disruption.municipalities : change.window.municipalities));
  const municipalities = lists.some((list) => list.length === 0) ? [] : [...new Set(lists.flat())];
  return { changes: changes.length, recipients: await operationsAudience(db, municipalities), municipalities };
}

export interface Delivery {
  /** False while the version waits out the hold before its notices are made. */
  made: boolean;
  notices: number;
  queued: number;
  sent: number;
}

/** The notices made for a published version, and their mail. */
export async function deliveryOf(db: Db, version: number): Promise<Delivery> {
  const mail = await versionNoticeMail(db, version);
  return { made: ((await notifiedVersion(db)) ?? 0) >= version, ...mail };
}
