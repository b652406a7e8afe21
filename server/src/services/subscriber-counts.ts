/** How many subscribe to what — per municipality and topic, and in total — never who. */
import type { Db } from '../db/db.js';
import { subscriberCounts } from '../db/queries/notices.js';

export async function countSubscribers(db: Db) {
  const { confirmed, totals } = await subscriberCounts(db);
  const byMunicipality: Record<string, Record<string, number>> = {};
  for (const row of confirmed) (byMunicipality[row.municipality] ??= {})[row.topic] = row.n;
  return { ...totals, byMunicipality };
}
