// The feeds table and the items seen in each feed: what `summit poll` and the poller read and write. Written against
// the SqlExecutor interface (portable SQL, `?` placeholders) so SQLite and PostgreSQL behave the same; nothing else
// in the store depends on it. Tables: migration 2 in migrations.ts.
import { createFeedClaims, type FeedClaims } from './feed-claims.ts';
import type { BriefPlatform } from './subscriptions.ts';
import type { SqlEngine } from './sql-engine.ts';

export interface Feed {
  readonly url: string;
  /** 'env': listed in FEED_URLS; 'channel': added with `/summit feeds add`. */
  readonly origin: 'env' | 'channel';
  readonly platform: BriefPlatform | null;
  readonly channelId: string | null;
  readonly addedBy: string | null;
  readonly addedAt: string;
  /** Validators from the last 200, sent back verbatim as If-None-Match / If-Modified-Since. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Null until a poll has recorded the feed's items (the first poll adds none). */
  readonly firstPolledAt: string | null;
  /** Consecutive failed polls; 0 when the last poll worked. */
  readonly failures: number;
  /** While failing: not polled before this time (backoff). */
  readonly nextPollAt: string | null;
  readonly lastError: string | null;
  /** `/summit feeds add <url> all`: every item is added, not only those about the story (migration 8). */
  readonly allItems: boolean;
}

export type ItemOutcome = 'recorded' | 'added' | 'too-old' | 'in-pack' | 'refused';

export interface FeedItemRecord {
  readonly itemId: string;
  readonly outcome: ItemOutcome;
  readonly articleId?: string;
  readonly detail?: string;
  /** Why an item was not added, when the outcome alone does not say (migration 8). */
  readonly reason?: ItemReason;
  /** A transient failure: the item is tried again from this time (ISO). */
  readonly retryAt?: string;
}

/** 'retrying': a transient failure, tried again later; 'gave-up': still failing after the last try. */
export type ItemReason = 'off-topic' | 'crashed' | 'retrying' | 'gave-up';

/** The feed's rows, and who polls it and takes its items now (feed-claims.ts). */
export interface FeedStore extends FeedClaims {
  /** FEED_URLS: rows for env feeds not yet known (a channel's feed of the same URL stays the channel's). */
  ensureEnvFeeds(urls: readonly string[], now: Date): Promise<void>;
  addChannelFeed(
    input: { url: string; platform: BriefPlatform; channelId: string; addedBy: string },
    now: Date,
  ): Promise<'added' | 'exists'>;
  /** Removes a feed a channel added (env feeds are removed from FEED_URLS); its items go with it. */
  removeChannelFeed(url: string): Promise<'removed' | 'env' | 'missing'>;
  get(url: string): Promise<Feed | undefined>;
  list(): Promise<Feed[]>;
  recordFetched(
    url: string,
    validators: { etag: string | null; lastModified: string | null },
    now: Date,
  ): Promise<void>;
  /** Counts one more failure and sets the backoff; `first` is true when the feed was working until now. */
  recordFailure(url: string, error: string, nextPollAt: Date): Promise<{ failures: number; first: boolean }>;
  /** Items settled by a poll (an item a poll is still taking, or was taking when it died, is not yet known). */
  knownItemIds(url: string): Promise<Set<string>>;
  recordItems(url: string, items: readonly FeedItemRecord[], now: Date): Promise<void>;
  /** Items whose retry time has come (an item this poll may take again with claimRetry). */
  dueRetries(url: string, now: Date): Promise<Set<string>>;
  /** True when this poll now owns an item waiting for its retry (its time has come, and no other poll took it). */
  claimRetry(url: string, itemId: string, token: string, now: Date): Promise<boolean>;
  /** Tries so far of an item (0 for a new one). */
  itemAttempts(url: string, itemId: string): Promise<number>;
  /** Records an item's outcome with its reason and next try (if any), counts the try, and lets go of it. */
  settleItem(url: string, record: FeedItemRecord, token: string): Promise<void>;
  /** Sets whether a feed takes every item (`all`) or only those about the story. */
  setAllItems(url: string, allItems: boolean): Promise<void>;
}

interface Row {
  url: string;
  origin: 'env' | 'channel';
  platform: BriefPlatform | null;
  channel_id: string | null;
  added_by: string | null;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  first_polled_at: string | null;
  failures: number | string;
  next_poll_at: string | null;
  last_error: string | null;
  all_items?: number | string | null;
}

const toFeed = (r: Row): Feed => ({
  url: r.url,
  origin: r.origin,
  platform: r.platform,
  channelId: r.channel_id,
  addedBy: r.added_by,
  addedAt: r.added_at,
  etag: r.etag,
  lastModified: r.last_modified,
  firstPolledAt: r.first_polled_at,
  failures: Number(r.failures),
  nextPollAt: r.next_poll_at,
  lastError: r.last_error,
  allItems: Number(r.all_items ?? 0) === 1,
});

export function createFeedStore(sql: SqlEngine): FeedStore {
  const get = async (url: string) => (await sql.all<Row>('SELECT * FROM feeds WHERE url = ?', [url])).map(toFeed)[0];
  return {
    ...createFeedClaims(sql),
    async ensureEnvFeeds(urls, now) {
      for (const url of urls) {
        await sql.run("INSERT INTO feeds (url, origin, added_at) VALUES (?, 'env', ?) ON CONFLICT (url) DO NOTHING", [
          url,
          now.toISOString(),
        ]);
      }
    },
    async addChannelFeed(input, now) {
      const changed = await sql.run(
        `INSERT INTO feeds (url, origin, platform, channel_id, added_by, added_at) VALUES (?, 'channel', ?, ?, ?, ?)
         ON CONFLICT (url) DO NOTHING`,
        [input.url, input.platform, input.channelId, input.addedBy, now.toISOString()],
      );
      return changed > 0 ? 'added' : 'exists';
    },
    async removeChannelFeed(url) {
      const feed = await get(url);
      if (!feed) return 'missing';
      if (feed.origin === 'env') return 'env';
      await sql.run('DELETE FROM feed_items WHERE feed_url = ?', [url]);
      await sql.run('DELETE FROM feed_claims WHERE feed_url = ?', [url]);
      await sql.run('DELETE FROM feeds WHERE url = ?', [url]);
      return 'removed';
    },
    get,
    list: async () => (await sql.all<Row>('SELECT * FROM feeds ORDER BY added_at, url')).map(toFeed),
    async recordFetched(url, validators, now) {
      await sql.run(
        `UPDATE feeds SET etag = ?, last_modified = ?, first_polled_at = COALESCE(first_polled_at, ?), failures = 0,
           next_poll_at = NULL, last_error = NULL WHERE url = ?`,
        [validators.etag, validators.lastModified, now.toISOString(), url],
      );
    },
    async recordFailure(url, error, nextPollAt) {
      await sql.run('UPDATE feeds SET failures = failures + 1, next_poll_at = ?, last_error = ? WHERE url = ?', [
        nextPollAt.toISOString(),
        error.slice(0, 500),
        url,
      ]);
      const failures = (await get(url))?.failures ?? 0;
      return { failures, first: failures === 1 };
    },
    async knownItemIds(url) {
      // An item waiting for a retry is known too: dueRetries names those whose time has come.
      const rows = await sql.all<{ item_id: string }>(
        'SELECT item_id FROM feed_items WHERE feed_url = ? AND taken_by IS NULL',
        [url],
      );
      return new Set(rows.map((r) => r.item_id));
    },
    async recordItems(url, items, now) {
      // One transaction: a first poll records every item of the feed at once.
      await sql.transaction(async (tx) => {
        for (const item of items) {
          await tx.run(
            `INSERT INTO feed_items (feed_url, item_id, seen_at, outcome, article_id, detail) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (feed_url, item_id) DO NOTHING`,
            [
              url,
              item.itemId,
              now.toISOString(),
              item.outcome,
              item.articleId ?? null,
              item.detail?.slice(0, 500) ?? null,
            ],
          );
        }
      });
    },
    async dueRetries(url, now) {
      const rows = await sql.all<{ item_id: string }>(
        'SELECT item_id FROM feed_items WHERE feed_url = ? AND taken_by IS NULL AND retry_at IS NOT NULL AND retry_at <= ?',
        [url, now.toISOString()],
      );
      return new Set(rows.map((r) => r.item_id));
    },
    async claimRetry(url, itemId, token, now) {
      const taken = await sql.run(
        `UPDATE feed_items SET taken_by = ? WHERE feed_url = ? AND item_id = ? AND taken_by IS NULL
           AND retry_at IS NOT NULL AND retry_at <= ?`,
        [token, url, itemId, now.toISOString()],
      );
      return taken > 0;
    },
    async itemAttempts(url, itemId) {
      const rows = await sql.all<{ attempts: number | string }>(
        'SELECT attempts FROM feed_items WHERE feed_url = ? AND item_id = ?',
        [url, itemId],
      );
      return Number(rows[0]?.attempts ?? 0);
    },
    async settleItem(url, record, token) {
      await sql.run(
        `UPDATE feed_items SET outcome = ?, article_id = ?, detail = ?, reason = ?, retry_at = ?, attempts = attempts + 1,
           taken_by = NULL WHERE feed_url = ? AND item_id = ? AND taken_by = ?`,
        [
          record.outcome,
          record.articleId ?? null,
          record.detail?.slice(0, 500) ?? null,
          record.reason ?? null,
          record.retryAt ?? null,
          url,
          record.itemId,
          token,
        ],
      );
    },
    async setAllItems(url, allItems) {
      await sql.run('UPDATE feeds SET all_items = ? WHERE url = ?', [allItems ? 1 : 0, url]);
    },
  };
}
