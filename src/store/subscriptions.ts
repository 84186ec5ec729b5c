// The subscriptions table: one row per platform channel; the scheduler reads it, never an in-memory copy.
import type { SqlExecutor } from './sql-engine.ts';

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
  /** Slack: the subscribing workspace (OAuth mode), whose token posts here; null otherwise. */
  readonly teamId: string | null;
}

export interface SubscriptionInput {
  readonly platform: BriefPlatform;
  readonly channelId: string;
  readonly time: string;
  readonly timezone: string;
  readonly createdBy: string;
  /** Slack: the subscribing workspace, whose bot token posts there (OAuth mode). */
  readonly teamId?: string;
}

export interface Subscriptions {
  get(platform: BriefPlatform, channelId: string): Promise<Subscription | undefined>;
  /** Creates, or updates time/zone (and clears a failing status): what changed. */
  upsert(input: SubscriptionInput, now: Date): Promise<'created' | 'updated' | 'unchanged'>;
  remove(platform: BriefPlatform, channelId: string): Promise<boolean>;
  /** Active subscriptions, optionally of one platform, in a stable order. */
  listActive(platform?: BriefPlatform): Promise<Subscription[]>;
  markFailing(platform: BriefPlatform, channelId: string, error: string, now: Date): Promise<void>;
  /**
   * Turns failing subscriptions whose error starts with one of `codes` active again; how many. updated_at is kept,
   * so a brief missed meanwhile still counts as missed (catch-up), not as before the subscription.
   */
  reactivate(codes: readonly string[]): Promise<number>;
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
  team_id: string | null;
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
  teamId: r.team_id ?? null,
});

// Ordered here, not in SQL: the two engines collate text differently (PostgreSQL by the database's locale).
const byPlatformAndChannel = (a: Subscription, b: Subscription) =>
  a.platform === b.platform ? compare(a.channelId, b.channelId) : compare(a.platform, b.platform);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const SLOT = 'platform = ? AND channel_id = ?';

export function createSubscriptions(db: SqlExecutor): Subscriptions {
  return {
    async get(platform, channelId) {
      const [row] = await db.all<Row>(`SELECT * FROM subscriptions WHERE ${SLOT}`, [platform, channelId]);
      return row ? toSubscription(row) : undefined;
    },
    // Two statements that are each atomic, so two replicas subscribing one channel at once cannot both create it.
    async upsert(input, now) {
      const at = now.toISOString();
      const { platform, channelId, time, timezone, createdBy } = input;
      const teamId = input.teamId ?? null;
      const created = await db.run(
        `INSERT INTO subscriptions (platform, channel_id, time, timezone, created_by, created_at, updated_at, team_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, channel_id) DO NOTHING`,
        [platform, channelId, time, timezone, createdBy, at, at, teamId],
      );
      // A channel resubscribed from a workspace that (re)installed keeps posting with that workspace's token.
      if (created === 0 && teamId) {
        await db.run(`UPDATE subscriptions SET team_id = ? WHERE ${SLOT}`, [teamId, platform, channelId]);
      }
      if (created === 1) return 'created';
      const updated = await db.run(
        `UPDATE subscriptions SET time = ?, timezone = ?, updated_at = ?, status = 'active', last_error = NULL
         WHERE ${SLOT} AND NOT (time = ? AND timezone = ? AND status = 'active')`,
        [time, timezone, at, platform, channelId, time, timezone],
      );
      return updated === 1 ? 'updated' : 'unchanged';
    },
    remove: async (platform, channelId) =>
      (await db.run(`DELETE FROM subscriptions WHERE ${SLOT}`, [platform, channelId])) > 0,
    async listActive(platform) {
      const rows = platform
        ? await db.all<Row>("SELECT * FROM subscriptions WHERE status = 'active' AND platform = ?", [platform])
        : await db.all<Row>("SELECT * FROM subscriptions WHERE status = 'active'");
      return rows.map(toSubscription).sort(byPlatformAndChannel);
    },
    async reactivate(codes) {
      let count = 0;
      for (const code of codes) {
        count += await db.run(
          `UPDATE subscriptions SET status = 'active', last_error = NULL WHERE status = 'failing' AND last_error LIKE ?`,
          [`${code}:%`],
        );
      }
      return count;
    },
    markFailing: async (platform, channelId, error, now) =>
      void (await db.run(`UPDATE subscriptions SET status = 'failing', last_error = ?, updated_at = ? WHERE ${SLOT}`, [
        error.slice(0, 500),
        now.toISOString(),
        platform,
        channelId,
      ])),
  };
}
