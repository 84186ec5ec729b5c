// Versioned schema migrations, applied in order at start inside one IMMEDIATE transaction, so two processes
// starting together on the same file cannot both apply one. Never edit a released migration: add the next version.
import type { Database } from 'better-sqlite3';

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions, brief log, article first seen',
    sql: `
      CREATE TABLE subscriptions (
        platform    TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        channel_id  TEXT NOT NULL,
        time        TEXT NOT NULL,
        timezone    TEXT NOT NULL,
        created_by  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'failing')),
        last_error  TEXT,
        PRIMARY KEY (platform, channel_id)
      );
      CREATE TABLE brief_log (
        id          INTEGER PRIMARY KEY,
        platform    TEXT NOT NULL,
        channel_id  TEXT NOT NULL,
        local_date  TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN ('claimed', 'posted', 'skipped', 'failed')),
        claim_token TEXT,
        claimed_at  TEXT,
        message_id  TEXT,
        posted_at   TEXT,
        delayed     INTEGER NOT NULL DEFAULT 0,
        attempts    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT,
        UNIQUE (platform, channel_id, local_date)
      );
      CREATE INDEX brief_log_state ON brief_log (state);
      CREATE TABLE article_first_seen (
        article_id    TEXT PRIMARY KEY,
        first_seen_at TEXT NOT NULL
      );
    `,
  },
];

export type MigrateResult = { ok: true; applied: number[] } | { ok: false; message: string };

export function migrate(db: Database, now: () => Date): MigrateResult {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const run = db.transaction((): MigrateResult => {
    const done = new Set(
      (db.prepare('SELECT version FROM migrations').all() as { version: number }[]).map((r) => r.version),
    );
    const newest = Math.max(0, ...done);
    const known = MIGRATIONS.at(-1)?.version ?? 0;
    if (newest > known) {
      return { ok: false, message: `was written by a newer summit (schema v${newest}; this one knows v${known})` };
    }
    const applied: number[] = [];
    const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of MIGRATIONS.filter((m) => !done.has(m.version))) {
      db.exec(m.sql);
      record.run(m.version, m.name, now().toISOString());
      applied.push(m.version);
    }
    return { ok: true, applied };
  });
  return run.immediate();
}
