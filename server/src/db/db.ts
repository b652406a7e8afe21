/**
 * The database seen by the rest of the server: parameterised queries and transactions, the same
 * for the embedded PGlite and for PostgreSQL. Nothing above this folder knows which one it is.
 */

/** Something that runs one parameterised statement: the database itself or an open transaction. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** `pglite` (embedded, in the data folder) or `postgres` (DATABASE_URL). */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Calls `onNotify` whenever another connection sends NOTIFY on `channel` (PostgreSQL: several
   * instances on one database hear each other's publishes). Resolves to a function that stops it.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Thrown when the database cannot be opened; `message` is meant for the person at the terminal. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}
