/**
 * Before "Publicera": how many subscribers the publish would reach ("Skickas till ungefär 412
 * prenumeranter i Tierp"). After it: how many notices were queued and sent for the version.
 */
import type { Db } from '../db/db.js';
import { notifiedVersion, operationsAudience, versionNoticeMail } from '../db/queries/notices.js';
import { changesBetween, municipalitiesOf } from '../notices/changes.js';
import { publishedDocument } from '../services/publish.js';

export interface NoticeEstimate {
  /** How many changes would each send a notice. */
  changes: number;
  /** Distinct confirmed subscribers of operational information those notices reach. */
  recipients: number;
  /** The municipalities concerned; empty when a change concerns them all. */
  municipalities: string[];
}

export async function estimateNotices(db: Db, currentBody: string | undefined, draftBody: string, now = Date.now()): Promise<NoticeEstimate | undefined> {
  const draft = publishedDocument(draftBody);
  if (!draft) return undefined;
  const changes = changesBetween(publishedDocument(currentBody), draft, now);
  if (changes.length === 0) return { changes: 0, recipients: 0, municipalities: [] };
  const lists = changes.map(municipalitiesOf);
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
