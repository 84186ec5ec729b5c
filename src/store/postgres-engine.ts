// The PostgreSQL engine, for several replicas on one database (DATABASE_URL=postgres://…): a pg connection pool.
// pg rather than postgres.js: the store's statements are written once with `?` placeholders and run on both engines,
// which pg's plain `query(text, values)` takes after a mechanical `?` -> `$n` rewrite, while postgres.js is built
// around tagged templates (its unsafe() escape hatch would be the only way in); pg is also the driver most tooling,
// pooling guides and hosted-Postgres docs assume, with a pool whose errors are events we can report on /readyz.
import pg from 'pg';
import type { OpenEngineResult } from './sqlite-engine.ts';
import type { SqlEngine, SqlExecutor } from './sql-engine.ts';

/** Key of the advisory lock every `transaction` takes: one writer of schema-level changes at a time. */
const ADVISORY_LOCK_KEY = 0x53554d4d; // "SUMM"
/** A replica gives up on an unreachable database after this, instead of hanging its start. */
const CONNECT_TIMEOUT_MS = 10_000;

/** `?` -> `$1`, `$2`, …: the store's SQL has no other `?` (no string literals containing one). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
};

/** The URL with any password masked: what logs and error messages may show. */
export function safeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

// SQLSTATE classes that mean the database itself is unreachable or going away, not that a statement was wrong.
// https://www.postgresql.org/docs/15/errcodes-appendix.html
const isConnectionError = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return typeof code !== 'string' || /^(08|53|57)/.test(code) || code.startsWith('E');
};

const errorCode = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'no error code';
};

function executor(client: pg.Pool | pg.PoolClient, onOutcome: (error?: unknown) => void): SqlExecutor {
  const query = async (sql: string, params: readonly unknown[]) => {
    try {
      const result = await client.query(numbered(sql), params as unknown[]);
      onOutcome();
      return result;
    } catch (error) {
      onOutcome(error);
      throw error;
    }
  };
  return {
    all: async <Row>(sql: string, params: readonly unknown[] = []) => (await query(sql, params)).rows as Row[],
    run: async (sql, params = []) => (await query(sql, params)).rowCount ?? 0,
    // No parameters: pg sends it as a simple query, which may hold several statements.
    exec: async (sql) => void (await client.query(sql)),
  };
}

export async function openPostgresEngine(url: string): Promise<OpenEngineResult> {
  const location = safeDatabaseUrl(url);
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, max: 10 });
  // What /readyz shows: the error's code only (ECONNREFUSED, 57P01…); its message may name hosts and socket paths.
  let unreachable: string | undefined;
  const onOutcome = (error?: unknown) => {
    if (!error) unreachable = undefined;
    else if (isConnectionError(error)) unreachable = errorCode(error);
  };
  // An idle pooled connection that breaks (server restart) is reported here instead of crashing the process.
  pool.on('error', (error) => (unreachable = errorCode(error)));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const code = (error as { code?: string }).code ?? 'error';
    return {
      ok: false,
      problem: `DATABASE_URL ${location} could not be opened (${code}: ${(error as Error).message})`,
      unreachable: isConnectionError(error),
    };
  }
  const direct = executor(pool, onOutcome);
  return {
    ok: true,
    engine: {
      kind: 'postgres',
      location,
      ...direct,
      async transaction(work) {
        const client = await pool.connect();
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
          const result = await work(executor(client, onOutcome));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch((e: unknown) => (broken = e as Error));
          throw error;
        } finally {
          client.release(broken);
        }
      },
      notReadyReason: () => (unreachable ? `database unreachable (${unreachable})` : undefined),
      async probeWritable(now) {
        try {
          await direct.run(
            'INSERT INTO ready_probe (id, probed_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at',
            [now.toISOString()],
          );
          return undefined;
        } catch (error) {
          const code = errorCode(error);
          return isConnectionError(error) ? `database unreachable (${code})` : `database not writable (${code})`;
        }
      },
      close: () => pool.end(),
    } satisfies SqlEngine,
  };
}
