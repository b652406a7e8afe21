/** The list of people who may sign in to the desk, kept with `itc-status-server publisher add|list|remove`. */
import type { Db } from '../db/db.js';
import { deletePublisher, insertPublisher, listPublishers } from '../db/queries/publishers.js';
import { isEmailAddress } from '../services/sign-up.js';

/** An address as the list keeps it: trimmed, lower case; undefined when it is no address. */
export function publisherAddress(text: string): string | undefined {
  const address = text.trim().toLowerCase();
  return isEmailAddress(address) ? address : undefined;
}

/** Adds an address; false when it was listed already. */
export const addPublisher = (db: Db, address: string, now = new Date()) => insertPublisher(db, address, now);

export const removePublisher = (db: Db, address: string) => deletePublisher(db, address);

export async function publishers(db: Db) {
  return (await listPublishers(db)).map((row) => ({ email: row.email, addedAt: row.added_at }));
}
