// Opens the database behind subscriptions, the brief log and first-seen times, and migrates it: PostgreSQL when the
// location is a postgres:// URL (DATABASE_URL, for several replicas), otherwise the SQLite file at that path (the
// default, nothing to install). Every table is written once against SqlEngine, so both engines behave the same.
import { createAuditLog, type AuditLog } from './audit-log.ts';
import { createBriefLog, type BriefLog } from './brief-log.ts';
import { createFirstSeen, type FirstSeen } from './first-seen.ts';
import { migrate } from './migrations.ts';
import type { EngineKind, SqlEngine } from './sql-engine.ts';
import { createPostRecords, type PostRecords } from './post-records.ts';
import { openSqliteEngine, type OpenEngineResult } from './sqlite-engine.ts';
import { createSubscriptions, type Subscriptions } from './subscriptions.ts';

export interface Store {
  readonly engine: EngineKind;
  /** The file path, or the URL without its password. */
  readonly location: string;
  /** The engine itself, for other stores sharing the database (e.g. Slack installations). */
  readonly sql: SqlEngine;
  readonly subscriptions: Subscriptions;
  readonly briefLog: BriefLog;
  readonly firstSeen: FirstSeen;
  /** What each channel post showed (for corrections) and the editors' review decisions. */
  readonly posts: PostRecords;
  readonly audit: AuditLog;
  /** Why the database cannot take writes, as far as is known without a round trip (for /readyz). */
  notReadyReason(): string | undefined;
  close(): Promise<void>;
}

export type OpenStoreResult =
  | { ok: true; store: Store; migrated: number[] }
  /** `unreachable`: a database server that did not answer (worth waiting for), not a refusal. */
  | { ok: false; problem: string; unreachable?: boolean };

export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

export async function openStore(location: string, options: { now?: () => Date } = {}): Promise<OpenStoreResult> {
  const now = options.now ?? (() => new Date());
  const opened: OpenEngineResult = isPostgresUrl(location)
    ? // The PostgreSQL driver loads only for a PostgreSQL URL: a SQLite bot or CLI never imports it.
      await import('./postgres-engine.ts').then(({ openPostgresEngine }) => openPostgresEngine(location))
    : openSqliteEngine(location);
  if (!opened.ok) return opened;
  const { engine } = opened;
  const [label, what] = engine.kind === 'postgres' ? ['DATABASE_URL', 'database'] : ['DATABASE_PATH', 'file'];
  try {
    const migrated = await migrate(engine, now);
    if (!migrated.ok) {
      await engine.close();
      return { ok: false, problem: `${label} ${engine.location} ${migrated.message}. The ${what} was not changed.` };
    }
    return { ok: true, migrated: migrated.applied, store: storeOn(engine) };
  } catch (error) {
    await engine.close().catch(() => undefined);
    const code = (error as { code?: string }).code ?? 'error';
    return {
      ok: false,
      problem: `${label} ${engine.location} could not be migrated (${code}: ${(error as Error).message})`,
    };
  }
}

function storeOn(engine: SqlEngine): Store {
  return {
    engine: engine.kind,
    location: engine.location,
    sql: engine,
    subscriptions: createSubscriptions(engine),
    briefLog: createBriefLog(engine),
    firstSeen: createFirstSeen(engine),
    posts: createPostRecords(engine),
    audit: createAuditLog(engine),
    notReadyReason: () => engine.notReadyReason(),
    close: () => engine.close(),
  };
}
