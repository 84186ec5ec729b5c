// The SQLite engine: one better-sqlite3 connection to the file at DATABASE_PATH. A file that is not a database, is
// corrupt or is read-only is refused with one clear message and never written to. better-sqlite3 is synchronous, so
// the only thing to guard is a transaction spanning awaits: while one is open on a file, this process's other
// statements on that file (on any connection) wait for it, instead of landing inside it or blocking the thread on
// SQLite's busy timeout for a lock only this same thread could release.
import { accessSync, closeSync, constants, mkdirSync, openSync, readSync, statfsSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SqlEngine, SqlExecutor } from './sql-engine.ts';

/** How long a writer waits for another process's lock before SQLITE_BUSY — https://sqlite.org/c3ref/busy_timeout.html */
export const BUSY_TIMEOUT_MS = 5000;
// https://sqlite.org/fileformat.html#the_database_header
const SQLITE_HEADER = 'SQLite format 3\u0000';
/** Below this much room (free disk, or pages SQLite may still add) a probe calls the database full before writes fail. */
const MIN_ROOM_BYTES = 1024 * 1024;
// Failed writes that say the database cannot take writes at all (not that one statement was wrong); remembered for
// /readyz until a probe succeeds. https://sqlite.org/rescode.html
const isUnwritable = (code: string) => /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN)/.test(code);

export type OpenEngineResult =
  | { ok: true; engine: SqlEngine }
  /** `unreachable`: the server did not answer (an outage to wait out), rather than refusing us (a mistake to fix). */
  | { ok: false; problem: string; unreachable?: boolean };

export function openSqliteEngine(file: string): OpenEngineResult {
  const full = path.resolve(file);
  const refuse = (why: string): OpenEngineResult => ({
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
      const detail = String(integrity).replace(/\s+/g, ' ').slice(0, 200);
      return refuse(`is damaged (quick_check: ${detail}); restore it from a backup`);
    }
    // Checked before anything writes (switching to WAL rewrites the header). WAL: readers never block the writer, and a second bot process can share the file — https://sqlite.org/wal.html
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    return { ok: true, engine: sqliteEngine(db, full) };
  } catch (error) {
    db?.close();
    return refuse(describeSqliteError(error));
  }
}

/** Per file: resolves when this process's open transaction on it (if any) has finished. */
const idleByFile = new Map<string, Promise<void>>();

function sqliteEngine(db: Database.Database, full: string): SqlEngine {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  let unwritable: string | undefined;
  const noting = <T>(write: () => T): T => {
    try {
      return write();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && isUnwritable(code)) unwritable = code;
      throw error;
    }
  };
  const direct: SqlExecutor = {
    all: async <Row>(sql: string, params: readonly unknown[] = []) => prepare(sql).all(...params) as Row[],
    run: async (sql, params = []) => noting(() => prepare(sql).run(...params).changes),
    exec: async (sql) => noting(() => void db.exec(sql)),
  };
  const afterTransaction =
    <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await (idleByFile.get(full) ?? Promise.resolve());
      return f(...args);
    };
  return {
    kind: 'sqlite',
    location: full,
    all: afterTransaction(direct.all) as SqlExecutor['all'],
    run: afterTransaction(direct.run),
    exec: afterTransaction(direct.exec),
    async transaction(work) {
      const previous = idleByFile.get(full) ?? Promise.resolve();
      let release = () => {};
      const idle = new Promise<void>((resolve) => (release = resolve));
      idleByFile.set(full, idle);
      await previous;
      try {
        // IMMEDIATE: take the write lock before reading, so read-then-write cannot interleave with another process.
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          noting(() => db.exec('COMMIT'));
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      } finally {
        if (idleByFile.get(full) === idle) idleByFile.delete(full);
        release();
      }
    },
    // Reasons name SQLite's result code, never the path: /readyz may be reachable by more people than the logs.
    notReadyReason() {
      try {
        accessSync(full, constants.W_OK);
      } catch {
        return 'database file not writable (permissions)';
      }
      if (db.readonly) return 'database opened read-only';
      return unwritable ? `database not writable (${unwritable})` : undefined;
    },
    async probeWritable(now) {
      await (idleByFile.get(full) ?? Promise.resolve());
      try {
        noting(() =>
          prepare(
            'INSERT INTO ready_probe (id, probed_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at',
          ).run(now.toISOString()),
        );
      } catch (error) {
        return `database not writable (${(error as { code?: string }).code ?? 'error'})`;
      }
      const room = roomToGrow(db, path.dirname(full));
      if (room < MIN_ROOM_BYTES) return 'database not writable (SQLITE_FULL: no room to grow)';
      unwritable = undefined;
      return db.readonly ? 'database opened read-only' : undefined;
    },
    close: async () => {
      await idleByFile.get(full);
      if (db.open) db.close();
    },
  };
}

/**
 * Bytes the database can still grow by: the free disk space (statfs) or the pages SQLite may add (max_page_count,
 * plus free pages inside the file), whichever is less. An in-place write succeeds on a full disk; this does not.
 */
function roomToGrow(db: Database.Database, folder: string): number {
  const pragma = (name: string) => Number(db.pragma(name, { simple: true }));
  const pageSize = pragma('page_size');
  const pages = (pragma('max_page_count') - pragma('page_count') + pragma('freelist_count')) * pageSize;
  const disk = statfsSync(folder);
  return Math.min(pages, disk.bavail * disk.bsize);
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
