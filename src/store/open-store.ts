// Opens (creating when missing) the SQLite file behind subscriptions, the brief log and first-seen times. A file that
// is not a database, is corrupt or is read-only is refused with one clear message, and is never written to.
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBriefLog, type BriefLog } from './brief-log.ts';
import { createFirstSeen, type FirstSeen } from './first-seen.ts';
import { migrate } from './migrations.ts';
import { createSubscriptions, type Subscriptions } from './subscriptions.ts';

export interface Store {
  readonly path: string;
  readonly db: Database.Database;
  readonly subscriptions: Subscriptions;
  readonly briefLog: BriefLog;
  readonly firstSeen: FirstSeen;
  close(): void;
}

export type OpenStoreResult = { ok: true; store: Store; migrated: number[] } | { ok: false; problem: string };

/** How long a writer waits for another process's lock before SQLITE_BUSY — https://sqlite.org/c3ref/busy_timeout.html */
const BUSY_TIMEOUT_MS = 5000;
// https://sqlite.org/fileformat.html#the_database_header
const SQLITE_HEADER = 'SQLite format 3\u0000';

export function openStore(file: string, options: { now?: () => Date } = {}): OpenStoreResult {
  const now = options.now ?? (() => new Date());
  const full = path.resolve(file);
  const refuse = (why: string): OpenStoreResult => ({
    ok: false,
    problem: `DATABASE_PATH ${full} ${why}. The file was not changed.`,
  });
  const checked = checkFile(full);
  if (checked) return refuse(checked);
  let db: Database.Database | undefined;
  try {
    db = new Database(full, { timeout: BUSY_TIMEOUT_MS });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const integrity = db.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') {
      db.close();
      return refuse(
        `is damaged (quick_check: ${String(integrity).replace(/\s+/g, ' ').slice(0, 200)}); restore it from a backup`,
      );
    }
    // Checked before anything writes (switching to WAL rewrites the header). WAL: readers never block the writer, and a second bot process can share the file — https://sqlite.org/wal.html
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const migrated = migrate(db, now);
    if (!migrated.ok) {
      db.close();
      return refuse(migrated.message);
    }
    const open = db;
    return {
      ok: true,
      migrated: migrated.applied,
      store: {
        path: full,
        db: open,
        subscriptions: createSubscriptions(open),
        briefLog: createBriefLog(open),
        firstSeen: createFirstSeen(open),
        close: () => open.close(),
      },
    };
  } catch (error) {
    db?.close();
    return refuse(describeSqliteError(error));
  }
}

/** Problems found before SQLite touches the file, so a wrong path can never be "repaired" into an empty database. */
function checkFile(full: string): string | undefined {
  try {
    mkdirSync(path.dirname(full), { recursive: true });
  } catch (error) {
    return `cannot be created: the folder ${path.dirname(full)} cannot be made (${(error as Error).message})`;
  }
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return undefined; // Missing: SQLite creates it.
  }
  if (!stat.isFile()) return 'is not a file';
  // Honour read-only permission bits even for root, who could otherwise write anyway.
  if ((stat.mode & 0o222) === 0) return 'is read-only; make it writable (chmod u+w) or point DATABASE_PATH elsewhere';
  if (stat.size === 0) return undefined;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number | undefined;
  try {
    fd = openSync(full, 'r');
    readSync(fd, header, 0, header.length, 0);
  } catch (error) {
    return `cannot be read (${(error as Error).message})`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) return 'is not a SQLite database (corrupt, or the wrong file)';
  return undefined;
}

function describeSqliteError(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message;
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    return `cannot be opened for writing (${code}: ${message})`;
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return `is corrupt (${code}: ${message}); restore it from a backup`;
  }
  return `could not be opened (${code || 'error'}: ${message})`;
}
