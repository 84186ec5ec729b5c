// Story-update subscriptions and the story changes seen so far (by key, grouped in batches: one batch per poll that
// changed the story). Delivery of a batch to a channel goes through the brief log's exactly-once slots, keyed
// "update:<batch>". Portable SQL on SqlEngine, like every table; migration 3.
import type { SqlEngine } from './sql-engine.ts';
import type { BriefPlatform } from './subscriptions.ts';

export interface UpdateSubscription {
  readonly platform: BriefPlatform;
  readonly channelId: string;
  readonly createdBy: string;
  readonly createdAt: string;
}

export interface ChangeBatch {
  readonly batch: string;
  readonly seenAt: string;
  readonly keys: readonly string[];
}

/** The batch of the changes known when a store first saw the story: recorded, never posted. */
export const BASELINE_BATCH = 'baseline';

export interface UpdateStore {
  subscribe(
    input: { platform: BriefPlatform; channelId: string; createdBy: string },
    now: Date,
  ): Promise<'created' | 'exists'>;
  unsubscribe(platform: BriefPlatform, channelId: string): Promise<boolean>;
  get(platform: BriefPlatform, channelId: string): Promise<UpdateSubscription | undefined>;
  list(): Promise<UpdateSubscription[]>;
  knownKeys(): Promise<Set<string>>;
  /** Records keys not seen before under `batch`; returns how many were new. */
  recordBatch(batch: string, keys: readonly string[], now: Date): Promise<number>;
  /** Batches (not the baseline) first seen at or after `since`, oldest first. */
  batchesSince(since: Date): Promise<ChangeBatch[]>;
}

interface SubRow {
  platform: BriefPlatform;
  channel_id: string;
  created_by: string;
  created_at: string;
}

const toSubscription = (r: SubRow): UpdateSubscription => ({
  platform: r.platform,
  channelId: r.channel_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export function createUpdateStore(sql: SqlEngine): UpdateStore {
  return {
    async subscribe(input, now) {
      const changed = await sql.run(
        `INSERT INTO update_subscriptions (platform, channel_id, created_by, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, channel_id) DO NOTHING`,
        [input.platform, input.channelId, input.createdBy, now.toISOString()],
      );
      return changed > 0 ? 'created' : 'exists';
    },
    unsubscribe: async (platform, channelId) =>
      (await sql.run('DELETE FROM update_subscriptions WHERE platform = ? AND channel_id = ?', [platform, channelId])) >
      0,
    get: async (platform, channelId) =>
      (
        await sql.all<SubRow>('SELECT * FROM update_subscriptions WHERE platform = ? AND channel_id = ?', [
          platform,
          channelId,
        ])
      ).map(toSubscription)[0],
    list: async () =>
      (await sql.all<SubRow>('SELECT * FROM update_subscriptions ORDER BY platform, channel_id')).map(toSubscription),
    knownKeys: async () =>
      new Set((await sql.all<{ change_key: string }>('SELECT change_key FROM story_changes')).map((r) => r.change_key)),
    recordBatch: (batch, keys, now) =>
      sql.transaction(async (tx) => {
        let added = 0;
        for (const key of keys) {
          added += await tx.run(
            'INSERT INTO story_changes (change_key, batch, seen_at) VALUES (?, ?, ?) ON CONFLICT (change_key) DO NOTHING',
            [key, batch, now.toISOString()],
          );
        }
        return added;
      }),
    async batchesSince(since) {
      const rows = await sql.all<{ change_key: string; batch: string; seen_at: string }>(
        'SELECT change_key, batch, seen_at FROM story_changes WHERE batch <> ? AND seen_at >= ? ORDER BY seen_at, change_key',
        [BASELINE_BATCH, since.toISOString()],
      );
      const batches = new Map<string, { batch: string; seenAt: string; keys: string[] }>();
      for (const r of rows) {
        const entry = batches.get(r.batch) ?? { batch: r.batch, seenAt: r.seen_at, keys: [] };
        entry.keys.push(r.change_key);
        batches.set(r.batch, entry);
      }
      return [...batches.values()];
    },
  };
}
