/**
 * The published document as served: kept in memory so that GET /status.json (the request every
 * banner makes every minute) never waits for the database. Refreshed after each publish here.
 */
import type { Db } from '../db/db.js';
import { currentDocument, type PublishedDocument } from './publish.js';

export class StatusCache {
  private current?: PublishedDocument;

  constructor(private readonly db: Db) {}

  get(): PublishedDocument | undefined {
    return this.current;
  }

  /** Reads the newest version from the database. */
  async refresh(): Promise<PublishedDocument | undefined> {
    this.current = await currentDocument(this.db);
    return this.current;
  }
}
