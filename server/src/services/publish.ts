/**
 * Publishing the status document: the same checks as `itc-status validate`, a conditional write
 * (If-Match) that never overwrites another publisher's version unknowingly, and every version kept.
 */
import { createHash } from 'node:crypto';
import { checkStatusText, describeFinding, parseStatusText, type Lang, type StatusDocument } from 'itc-status/core';
import type { Db } from '../db/db.js';
import { announcePublish, insertVersion, latestVersion, lockPublishing, type VersionRow } from '../db/queries/versions.js';

export interface PublishedDocument {
  version: number;
  /** The document as published, byte for byte. */
  body: string;
  /** A strong ETag, quoted. */
  etag: string;
  publishedAt: Date;
  publishedBy: string;
}

export interface FindingText {
  path: string;
  message: string;
}

export type PublishResult =
  | { kind: 'published'; version: number; etag: string; warnings: FindingText[] }
  | { kind: 'invalid'; errors: FindingText[] }
  | { kind: 'not-json'; errors: FindingText[] }
  | { kind: 'precondition-failed'; current?: string };

/** The document a published body holds; undefined when there is no body or it cannot be read. */
export function publishedDocument(body: string | undefined): StatusDocument | undefined {
  const result = body === undefined ? undefined : parseStatusText(body);
  return result?.ok ? result.document : undefined;
}

/** A version as /api/versions and the desk's history list it: which, its ETag, when and by whom. */
export const versionListing = (row: Omit<VersionRow, 'body'>) => ({
  version: row.version,
  etag: row.etag,
  publishedAt: row.published_at.toISOString(),
  publishedBy: row.published_by,
});

/** A version number from a URL segment, or undefined when it is none. */
export const versionNumber = (text: string | undefined) => (/^\d{1,15}$/.test(text ?? '') ? Number(text) : undefined);

/** A strong ETag for a body: a hash of its bytes. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 27)}"`;
}

export async function currentDocument(db: Db): Promise<PublishedDocument | undefined> {
  const row = await latestVersion(db);
  return row && { version: row.version, body: row.body, etag: row.etag, publishedAt: row.published_at, publishedBy: row.published_by };
}

/** Whether an If-Match header value names `etag` (`*` matches any existing document). */
function matches(ifMatch: string, etag: string | undefined): boolean {
  if (ifMatch.trim() === '*') return etag !== undefined;
  return ifMatch.split(',').some((tag) => tag.trim() === etag);
}

export async function publish(
  db: Db,
  request: {
    body: string;
    /** Publish only over this version (an ETag list, or `*` for any). */
    ifMatch?: string;
    /** `*`: publish only when nothing has been published yet. */
    ifNoneMatch?: '*';
    publishedBy: string;
    lang: Lang;
    now?: Date;
  },
): Promise<PublishResult> {
  const now = request.now ?? new Date();
  const check = checkStatusText(request.body, { now: now.getTime() });
  const text = (finding: (typeof check.findings)[number]) => ({ path: finding.path, message: describeFinding(finding, request.lang) });
  if (!check.usable) {
    const errors = check.findings.filter((f) => f.level === 'error');
    return { kind: errors[0]?.code === 'not-json' ? 'not-json' : 'invalid', errors: errors.map(text) };
  }
  return db.transaction(async (tx) => {
    await lockPublishing(tx);
    const current = await latestVersion(tx);
    if ((request.ifMatch !== undefined && !matches(request.ifMatch, current?.etag)) || (request.ifNoneMatch === '*' && current)) {
      return { kind: 'precondition-failed', current: current?.etag } as const;
    }
    const etag = etagOf(request.body);
    const version = await insertVersion(tx, request.body, etag, now, request.publishedBy);
    await announcePublish(tx, version);
    return { kind: 'published', version, etag, warnings: check.findings.map(text) } as const;
  });
}
