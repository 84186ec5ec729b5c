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
}

export type ItemOutcome = 'recorded' | 'added' | 'too-old' | 'in-pack' | 'refused';

export interface FeedItemRecord {
  readonly itemId: string;
  readonly outcome: ItemOutcome;
  readonly articleId?: string;
  readonly detail?: string;
}

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
  };
}
