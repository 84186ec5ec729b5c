// The subscriptions table: one row per platform channel; the scheduler reads it, never an in-memory copy.
import type { Database } from 'better-sqlite3';

export type BriefPlatform = 'slack' | 'discord';

export interface Subscription {
  readonly platform: BriefPlatform;
  readonly channelId: string;
  /** Local time HH:MM in `timezone`. */
  readonly time: string;
  readonly timezone: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly status: 'active' | 'failing';
  readonly lastError: string | null;
}

export interface SubscriptionInput {
  readonly platform: BriefPlatform;
  readonly channelId: string;
  readonly time: string;
  readonly timezone: string;
  readonly createdBy: string;
}

export interface Subscriptions {
  get(platform: BriefPlatform, channelId: string): Subscription | undefined;
  /** Creates, or updates time/zone (and clears a failing status): what changed. */
  upsert(input: SubscriptionInput, now: Date): 'created' | 'updated' | 'unchanged';
  remove(platform: BriefPlatform, channelId: string): boolean;
  /** Active subscriptions, optionally of one platform, in a stable order. */
  listActive(platform?: BriefPlatform): Subscription[];
  markFailing(platform: BriefPlatform, channelId: string, error: string, now: Date): void;
}

interface Row {
  platform: BriefPlatform;
  channel_id: string;
  time: string;
  timezone: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  status: 'active' | 'failing';
  last_error: string | null;
}

const toSubscription = (r: Row): Subscription => ({
  platform: r.platform,
  channelId: r.channel_id,
  time: r.time,
  timezone: r.timezone,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  status: r.status,
  lastError: r.last_error,
});

export function createSubscriptions(db: Database): Subscriptions {
  const select = db.prepare<[string, string], Row>('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?');
  const insert = db.prepare(
    `INSERT INTO subscriptions (platform, channel_id, time, timezone, created_by, created_at, updated_at)
     VALUES (@platform, @channelId, @time, @timezone, @createdBy, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE subscriptions SET time = @time, timezone = @timezone, updated_at = @now, status = 'active',
       last_error = NULL WHERE platform = @platform AND channel_id = @channelId`,
  );
  const del = db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?');
  const active = db.prepare<[], Row>(
    "SELECT * FROM subscriptions WHERE status = 'active' ORDER BY platform, channel_id",
  );
  const failing = db.prepare(
    "UPDATE subscriptions SET status = 'failing', last_error = ?, updated_at = ? WHERE platform = ? AND channel_id = ?",
  );

  const upsert = db.transaction((input: SubscriptionInput, now: Date) => {
    const existing = select.get(input.platform, input.channelId);
    const values = { ...input, now: now.toISOString() };
    if (!existing) {
      insert.run(values);
      return 'created' as const;
    }
    if (existing.time === input.time && existing.timezone === input.timezone && existing.status === 'active') {
      return 'unchanged' as const;
    }
    update.run(values);
    return 'updated' as const;
  });

  return {
    get: (platform, channelId) => {
      const row = select.get(platform, channelId);
      return row ? toSubscription(row) : undefined;
    },
    upsert: (input, now) => upsert.immediate(input, now),
    remove: (platform, channelId) => del.run(platform, channelId).changes > 0,
    listActive: (platform) =>
      active
        .all()
        .map(toSubscription)
        .filter((s) => !platform || s.platform === platform),
    markFailing: (platform, channelId, error, now) =>
      void failing.run(error.slice(0, 500), now.toISOString(), platform, channelId),
  };
}
