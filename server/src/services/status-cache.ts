/**
 * The published document as served: kept in memory so that GET /status.json (the request every
 * banner makes every minute) never waits for the database. Refreshed after each publish here, and,
 * with several instances on one PostgreSQL, when another instance announces one (LISTEN/NOTIFY).
 */
import type { Db } from '../db/db.js';
import { PUBLISHED_CHANNEL } from '../db/queries/versions.js';
import { currentDocument, type PublishedDocument } from './publish.js';

export class StatusCache {
  private current?: PublishedDocument;

  constructor(private readonly db: Db) {}

  get(): PublishedDocument | undefined {
    return this.current;
  }

  /** Follows the other instances' publishes; `onChange` runs after each refresh they cause. Resolves to a stop function. */
  follow(onChange: () => void): Promise<() => Promise<void>> {
    return this.db.listen(PUBLISHED_CHANNEL, (payload) => {
      if (Number(payload) > (this.current?.version ?? 0)) void this.refresh().then(onChange, () => {});
    });
  }

  /** Reads the newest version from the database. */
  async refresh(): Promise<PublishedDocument | undefined> {
    this.current = await currentDocument(this.db);
    return this.current;
  }
}
