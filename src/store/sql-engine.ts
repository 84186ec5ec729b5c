// The one interface the store's tables are written against, with SQLite (better-sqlite3) and PostgreSQL (pg) behind
// it. Statements use `?` placeholders and the SQL both engines speak (ON CONFLICT, no RETURNING-dependent logic, no
// engine-specific ordering); what differs (schema types, locking) is asked of the engine, never branched on in a table.

export type EngineKind = 'sqlite' | 'postgres';

export interface SqlExecutor {
  /** The rows a statement returns. */
  all<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a statement; resolves to how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlEngine extends SqlExecutor {
  readonly kind: EngineKind;
  /** Where the data lives, safe to log: the file path, or the URL without its password. */
  readonly location: string;
  /**
   * Runs `work` in a transaction that excludes every other process's `transaction` on the same database (SQLite:
   * BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock), committed when `work` resolves.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Why the database cannot take writes right now, from what is known without a round trip; undefined if fine. */
  notReadyReason(): string | undefined;
  /**
   * A real write (the ready_probe row) and, where the engine can tell, room to grow: why the database cannot take
   * writes, or undefined. A success clears what notReadyReason remembered of failed writes. Never names a path.
   */
  probeWritable(now: Date): Promise<string | undefined>;
  close(): Promise<void>;
}
