// Versioned schema migrations for both engines, applied in order at start inside one engine transaction (SQLite:
// IMMEDIATE; PostgreSQL: an advisory lock), so two processes starting together cannot both apply one. Each migration
// is written once; the few column types the engines spell differently come from SCHEMA_TYPES. Never edit a released
// migration: add the next version.
import type { EngineKind, SqlEngine } from './sql-engine.ts';

export interface SchemaTypes {
  /** An integer primary key the database numbers itself. */
  readonly autoId: string;
}

const SCHEMA_TYPES: Record<EngineKind, SchemaTypes> = {
  sqlite: { autoId: 'INTEGER PRIMARY KEY' },
  postgres: { autoId: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' },
};

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (types: SchemaTypes) => string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions, brief log, article first seen',
    sql: (t) => `
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
        id          ${t.autoId},
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
  {
    version: 2,
    name: 'feeds and the items seen in them',
    sql: () => `
      CREATE TABLE feeds (
        url             TEXT PRIMARY KEY,
        origin          TEXT NOT NULL CHECK (origin IN ('env', 'channel')),
        platform        TEXT CHECK (platform IN ('slack', 'discord')),
        channel_id      TEXT,
        added_by        TEXT,
        added_at        TEXT NOT NULL,
        etag            TEXT,
        last_modified   TEXT,
        first_polled_at TEXT,
        failures        INTEGER NOT NULL DEFAULT 0,
        next_poll_at    TEXT,
        last_error      TEXT
      );
      CREATE TABLE feed_items (
        feed_url    TEXT NOT NULL,
        item_id     TEXT NOT NULL,
        seen_at     TEXT NOT NULL,
        outcome     TEXT NOT NULL CHECK (outcome IN ('recorded', 'added', 'too-old', 'in-pack', 'refused')),
        article_id  TEXT,
        detail      TEXT,
        PRIMARY KEY (feed_url, item_id)
      );
    `,
  },
  {
    version: 3,
    name: 'story-update subscriptions and the story changes seen',
    sql: () => `
      CREATE TABLE update_subscriptions (
        platform    TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        channel_id  TEXT NOT NULL,
        created_by  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        PRIMARY KEY (platform, channel_id)
      );
      CREATE TABLE story_changes (
        change_key  TEXT PRIMARY KEY,
        batch       TEXT NOT NULL,
        seen_at     TEXT NOT NULL
      );
      CREATE INDEX story_changes_batch ON story_changes (batch, seen_at);
    `,
  },
  {
    version: 4,
    name: 'Slack installations (OAuth, many workspaces); the workspace of each subscription',
    sql: () => `
      CREATE TABLE slack_installations (
        install_key   TEXT PRIMARY KEY,
        team_id       TEXT,
        enterprise_id TEXT,
        sealed        TEXT NOT NULL,
        installed_at  TEXT NOT NULL
      );
      ALTER TABLE subscriptions ADD COLUMN team_id TEXT;
    `,
  },
  {
    version: 5,
    name: 'feed poll claims (one replica polls a feed at a time); the poll that owns an item being taken',
    sql: () => `
      CREATE TABLE feed_claims (
        feed_url    TEXT PRIMARY KEY,
        token       TEXT NOT NULL,
        claimed_at  TEXT NOT NULL,
        released_at TEXT
      );
      ALTER TABLE feed_items ADD COLUMN taken_by TEXT;
    `,
  },
  {
    version: 6,
    name: 'editor review audit log; channel posts with their kind, message ids, answer and the facts they showed',
    sql: (t) => `
      CREATE TABLE review_audit (
        id          ${t.autoId},
        decision_id TEXT NOT NULL UNIQUE,
        fact_id     TEXT NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('confirm', 'hide', 'correct')),
        editor      TEXT NOT NULL,
        platform    TEXT NOT NULL CHECK (platform IN ('slack', 'discord', 'terminal')),
        channel_id  TEXT,
        before_text TEXT NOT NULL,
        after_text  TEXT,
        decided_at  TEXT NOT NULL
      );
      CREATE INDEX review_audit_fact ON review_audit (fact_id);
      CREATE TABLE channel_posts (
        platform    TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        channel_id  TEXT NOT NULL,
        post_key    TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('brief', 'update', 'notice', 'correction')),
        message_ids TEXT NOT NULL,
        answer      TEXT NOT NULL,
        posted_at   TEXT NOT NULL,
        PRIMARY KEY (platform, channel_id, post_key)
      );
      CREATE TABLE channel_post_facts (
        platform   TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        post_key   TEXT NOT NULL,
        fact_id    TEXT NOT NULL,
        PRIMARY KEY (platform, channel_id, post_key, fact_id)
      );
      CREATE INDEX channel_post_facts_fact ON channel_post_facts (fact_id);
    `,
  },
  {
    version: 7,
    name: 'ready probe: one row /readyz rewrites to prove the database takes writes',
    sql: () => `
      CREATE TABLE ready_probe (
        id        INTEGER PRIMARY KEY,
        probed_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 8,
    name: 'feed items: why (off-topic, crashed, retrying, gave up), tries and the next try; feeds that take every item',
    sql: () => `
      ALTER TABLE feed_items ADD COLUMN reason TEXT;
      ALTER TABLE feed_items ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE feed_items ADD COLUMN retry_at TEXT;
      ALTER TABLE feeds ADD COLUMN all_items INTEGER NOT NULL DEFAULT 0;
    `,
  },
];

export type MigrateResult = { ok: true; applied: number[] } | { ok: false; message: string };

export async function migrate(engine: SqlEngine, now: () => Date): Promise<MigrateResult> {
  const types = SCHEMA_TYPES[engine.kind];
  return engine.transaction(async (tx): Promise<MigrateResult> => {
    // Inside the lock: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a concurrent one.
    await tx.exec(`CREATE TABLE IF NOT EXISTS migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const rows = await tx.all<{ version: number }>('SELECT version FROM migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    const newest = Math.max(0, ...done);
    const known = MIGRATIONS.at(-1)?.version ?? 0;
    if (newest > known) {
      return { ok: false, message: `was written by a newer summit (schema v${newest}; this one knows v${known})` };
    }
    const applied: number[] = [];
    for (const m of MIGRATIONS.filter((m) => !done.has(m.version))) {
      await tx.exec(m.sql(types));
      await tx.run('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        now().toISOString(),
      ]);
      applied.push(m.version);
    }
    return { ok: true, applied };
  });
}
