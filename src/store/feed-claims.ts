// Who polls a feed, and who takes a feed's item, when several replicas share one database (migration 5). A feed claim
// is a row per feed: inserted when none exists, or taken over by a compare-and-swap UPDATE when the previous claim was
// released long enough ago (`restMs`: replicas on the same schedule poll a feed once per round) or was never released
// and its lease ran out (a crashed replica's feed is polled by another). An item is taken by inserting its feed_items
// row first (the primary key lets one replica win) with `taken_by` set; only the winner fetches the page and writes
// the article, then clears `taken_by`. A row still marked by a poll whose feed claim is gone was left by a crash: it
// is taken over, so the item is not lost. Portable SQL only (`?` placeholders, ON CONFLICT), as in feeds.ts.
import type { FeedItemRecord } from './feeds.ts';
import type { SqlEngine } from './sql-engine.ts';

export interface FeedClaimRules {
  /** How long an unreleased claim holds the feed (a replica that died mid-poll). */
  readonly leaseMs: number;
  /** After a release, how long before the feed may be claimed again (0: at once). */
  readonly restMs: number;
}

export interface FeedClaims {
  /** True when `token` now holds the feed. */
  claimFeed(url: string, token: string, now: Date, rules: FeedClaimRules): Promise<boolean>;
  /** Ends the claim (only if `token` still holds it); the release time starts the rest. */
  releaseFeed(url: string, token: string, now: Date): Promise<void>;
  /** True when this poll owns the item: it inserted the row, or took over one a dead poll left. */
  claimItem(url: string, itemId: string, token: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Records what became of an item this poll owns, and lets go of it. */
  finishItem(url: string, record: FeedItemRecord, token: string): Promise<void>;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function createFeedClaims(sql: SqlEngine): FeedClaims {
  return {
    async claimFeed(url, token, now, rules) {
      const at = now.toISOString();
      const inserted = await sql.run(
        'INSERT INTO feed_claims (feed_url, token, claimed_at) VALUES (?, ?, ?) ON CONFLICT (feed_url) DO NOTHING',
        [url, token, at],
      );
      if (inserted > 0) return true;
      // ISO-8601 UTC strings of one format compare as times.
      const taken = await sql.run(
        `UPDATE feed_claims SET token = ?, claimed_at = ?, released_at = NULL
         WHERE feed_url = ? AND ((released_at IS NULL AND claimed_at <= ?) OR (released_at IS NOT NULL AND released_at <= ?))`,
        [token, at, url, iso(now.getTime() - rules.leaseMs), iso(now.getTime() - rules.restMs)],
      );
      return taken > 0;
    },
    async releaseFeed(url, token, now) {
      await sql.run('UPDATE feed_claims SET released_at = ? WHERE feed_url = ? AND token = ? AND released_at IS NULL', [
        now.toISOString(),
        url,
        token,
      ]);
    },
    async claimItem(url, itemId, token, now, leaseMs) {
      const inserted = await sql.run(
        `INSERT INTO feed_items (feed_url, item_id, seen_at, outcome, taken_by) VALUES (?, ?, ?, 'recorded', ?)
         ON CONFLICT (feed_url, item_id) DO NOTHING`,
        [url, itemId, now.toISOString(), token],
      );
      if (inserted > 0) return true;
      const takenOver = await sql.run(
        `UPDATE feed_items SET taken_by = ? WHERE feed_url = ? AND item_id = ? AND taken_by IS NOT NULL
           AND taken_by <> ? AND NOT EXISTS (SELECT 1 FROM feed_claims c WHERE c.feed_url = feed_items.feed_url
             AND c.token = feed_items.taken_by AND c.released_at IS NULL AND c.claimed_at > ?)`,
        [token, url, itemId, token, iso(now.getTime() - leaseMs)],
      );
      return takenOver > 0;
    },
    async finishItem(url, record, token) {
      await sql.run(
        `UPDATE feed_items SET outcome = ?, article_id = ?, detail = ?, taken_by = NULL
         WHERE feed_url = ? AND item_id = ? AND taken_by = ?`,
        [record.outcome, record.articleId ?? null, record.detail?.slice(0, 500) ?? null, url, record.itemId, token],
      );
    },
  };
}
