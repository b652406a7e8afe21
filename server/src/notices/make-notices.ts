/**
 * One round of the notifier: when the newest published version has stood for the hold, the changes
 * since the last notified version become notices, fanned out to their recipients, and the pointer
 * moves — all in one transaction, so a crash loses nothing and repeats nothing. A correction within
 * the hold therefore sends one notice, and a change undone within it sends none. Then reminders:
 * once per window, a set time before it starts, for windows announced before that time.
 */
import type { StatusDocument } from 'itc-status/core';
import type { Db, Queryable } from '../db/db.js';
import { announcedBefore, fanOut, insertNotice, lockNotifying, notifiedVersion, setNotifiedVersion } from '../db/queries/notices.js';
import { latestVersion, versionByNumber } from '../db/queries/versions.js';
import { publishedDocument } from '../services/publish.js';
import { changesBetween, municipalitiesOf, type Change } from './changes.js';
import type { NoticePayload } from './notice.js';

export interface NotifySettings {
  /** How long a version must stand before its changes are sent (NOTIFY_HOLD_SECONDS). */
  holdMs: number;
  /** How long before a window starts its reminder goes out. */
  reminderMs: number;
  /** Host name in Message-IDs (PUBLIC_URL's). */
  host: string;
}

function context(document: StatusDocument, version: number): Pick<NoticePayload, 'version' | 'timeZone' | 'municipalityNames'> {
  return { version, timeZone: document.timeZone, municipalityNames: Object.fromEntries(document.municipalities.map((m) => [m.id, m.name])) };
}

function noticeOf(change: Change, document: StatusDocument, version: number) {
  const base = context(document, version);
  if ('disruption' in change) {
    const payload: NoticePayload = { ...base, kind: change.kind, disruption: change.disruption, update: 'update' in change ? change.update : undefined };
    return { itemId: change.disruption.id, municipalities: municipalitiesOf(change), payload };
  }
  return { itemId: change.window.id, municipalities: municipalitiesOf(change), payload: { ...base, kind: change.kind, window: change.window } as NoticePayload };
}

async function queue(tx: Queryable, settings: NotifySettings, notice: { kind: string; dedupeKey: string; municipalities: string[]; payload: NoticePayload }, now: Date) {
  const id = await insertNotice(tx, { ...notice, topic: 'operations', now });
  return id === undefined ? 0 : fanOut(tx, id, 'operations', notice.municipalities, settings.host, now);
}

/** Makes the notices that are due; returns how many outbox rows were queued. */
export async function makeNotices(db: Db, settings: NotifySettings, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    await lockNotifying(tx);
    const latest = await latestVersion(tx);
    if (!latest) return 0;
    const latestDocument = publishedDocument(latest.body);
    let queued = 0;
    let notified = (await notifiedVersion(tx)) ?? 0;
    if (latest.version > notified && latest.published_at.getTime() <= now.getTime() - settings.holdMs && latestDocument) {
      const before = notified > 0 ? await versionByNumber(tx, notified) : undefined;
      for (const change of changesBetween(before && publishedDocument(before.body), latestDocument, now.getTime())) {
        const { itemId, municipalities, payload } = noticeOf(change, latestDocument, latest.version);
        queued += await queue(tx, settings, { kind: change.kind, dedupeKey: `v${latest.version}:${change.kind}:${itemId}`, municipalities, payload }, now);
      }
      await setNotifiedVersion(tx, latest.version);
      notified = latest.version;
    }
    // Reminders come from what staff were last told, not from a version still in its hold.
    const told = latest.version > notified ? await versionByNumber(tx, notified) : latest;
    const document = told && publishedDocument(told.body);
    for (const window of document?.maintenance ?? []) {
      const remindAt = window.start - settings.reminderMs;
      if (now.getTime() < remindAt || now.getTime() >= window.start) continue;
      if (!(await announcedBefore(tx, window.id, new Date(remindAt)))) continue;
      const payload: NoticePayload = { ...context(document!, told!.version), kind: 'window-reminder', window };
      queued += await queue(tx, settings, { kind: 'window-reminder', dedupeKey: `reminder:${window.id}:${window.start}`, municipalities: window.municipalities, payload }, now);
    }
    return queued;
  });
}
