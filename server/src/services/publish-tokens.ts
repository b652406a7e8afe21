/** Publishing tokens: created for a name, listed, revoked, and checked on each publishing request. */
import type { Db } from '../db/db.js';
import { deletePublishToken, findPublishToken, insertPublishToken, listPublishTokens, touchPublishToken } from '../db/queries/tokens.js';
import { hashSecret, looksLikeSecret, newSecret, sameHash } from './secrets.js';

const PREFIX = 'itcp_';

export class TokenNameTaken extends Error {
  override name = 'TokenNameTaken';
}

/** Creates a token for `name` and returns it: the only time it exists outside a hash. */
export async function createPublishToken(db: Db, name: string, now = new Date()): Promise<string> {
  const token = newSecret(PREFIX);
  try {
    await insertPublishToken(db, name, hashSecret(token), now);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new TokenNameTaken(name);
    throw error;
  }
  return token;
}

export async function listTokens(db: Db) {
  return (await listPublishTokens(db)).map((row) => ({ name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at }));
}

export const revokePublishToken = (db: Db, name: string) => deletePublishToken(db, name);

/** The name of the token in an `Authorization: Bearer …` header, or undefined. */
export async function authenticateBearer(db: Db, header: string | undefined, now = new Date()): Promise<string | undefined> {
  const match = /^Bearer +(\S+)\s*$/i.exec(header ?? '');
  if (!match || !looksLikeSecret(match[1]!, PREFIX)) return undefined;
  const hash = hashSecret(match[1]!);
  const row = await findPublishToken(db, hash);
  if (!row || !sameHash(row.token_hash, hash)) return undefined;
  await touchPublishToken(db, row.name, now);
  return row.name;
}
