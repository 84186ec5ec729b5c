// One poll of every feed: FEED_URLS plus the feeds channels added. A feed resting after failures is skipped until its
// time. New items (by MonitoRSS-style id) are fetched as pages and written to the pack one at a time; the first poll
// of a new feed records its items and adds none; items past the age limit, items whose link the pack already has, and
// pages that are refused are recorded with why, so no item is tried twice — except after a transient failure (5xx,
// timeout, network), retried on later polls with backoff a bounded number of times (take-item.ts). An item that
// crashes the reader is recorded as crashed and the poll goes on. Several replicas may poll one database:
// each feed is claimed before it is fetched (one poller at a time, and none again within `restMs` of the last poll),
// and each new item's row is inserted before its page is fetched, so only one poll writes its article.
import { randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import type { Logger } from '../log.ts';
import type { PackStore } from '../pack/pack-store.ts';
import type { Feed, FeedItemRecord, FeedStore } from '../store/feeds.ts';
import { backoffMs } from './backoff.ts';
import { fetchFeed } from './fetch-feed.ts';
import type { ExtractBudget } from './extract-in-worker.ts';
import type { FetchLimits } from './fetch-limits.ts';
import { itemIds } from './item-ids.ts';
import type { FeedItem } from './feed-items.ts';
import { takeItem, type ItemSource, type TakenItem } from './take-item.ts';

export interface PollDeps {
  readonly feeds: FeedStore;
  readonly envFeedUrls: readonly string[];
  /** The pack store items are written through (the running bot's own, so its listeners see each article). */
  readonly pack: Pick<PackStore, 'current' | 'addArticle'>;
  readonly limits: FetchLimits;
  /** Deadline and memory for reading each page (default: DEFAULT_EXTRACT_BUDGET). */
  readonly extractBudget?: ExtractBudget;
  readonly maxAgeDays: number;
  readonly now: () => Date;
  readonly logger?: Logger;
  /** Called once when a feed a channel added starts failing (not again until it has worked in between). */
  readonly onFeedFailing?: (feed: Feed, message: string) => Promise<void>;
  /** Shutdown: no further item is started (those not reached are tried at the next poll). */
  readonly signal?: AbortSignal;
  /** Feed claims; default: a token of this poll, the default lease, no rest (a manual poll polls at once). */
  readonly claim?: { readonly token?: string; readonly leaseMs: number; readonly restMs: number };
}

export interface AddedArticle {
  readonly id: string;
  readonly headline: string | null;
  readonly outlet: string;
  readonly feedUrl: string;
}

export interface FeedReport {
  readonly url: string;
  /** 'elsewhere': another poller holds the feed, or polled it within the rest. */
  readonly outcome: 'first-poll' | 'not-modified' | 'fetched' | 'failed' | 'resting' | 'elsewhere';
  readonly added: readonly AddedArticle[];
  readonly skipped: readonly FeedItemRecord[];
  readonly recorded: number;
  readonly message?: string;
}

/** Feeds fetched at once; page fetches and pack writes stay one at a time (the pack has one writer). */
const FEED_CONCURRENCY = 4;
/** BRIEF_CLAIM_LEASE_SECONDS's default, for pollers not given one. */
const DEFAULT_LEASE_MS = 120_000;

interface Claim {
  readonly token: string;
  readonly leaseMs: number;
  readonly restMs: number;
}

export async function pollFeeds(deps: PollDeps): Promise<FeedReport[]> {
  await deps.feeds.ensureEnvFeeds(deps.envFeedUrls, deps.now());
  const env = new Set(deps.envFeedUrls);
  const feeds = (await deps.feeds.list()).filter((f) => f.origin === 'channel' || env.has(f.url));
  const fetchSlot = pLimit(FEED_CONCURRENCY);
  const packSlot = pLimit(1);
  const claim: Claim = {
    token: deps.claim?.token ?? randomUUID(),
    leaseMs: deps.claim?.leaseMs ?? DEFAULT_LEASE_MS,
    restMs: deps.claim?.restMs ?? 0,
  };
  return Promise.all(feeds.map((feed) => fetchSlot(() => pollClaimed(feed, deps, claim, packSlot))));
}

async function pollClaimed(feed: Feed, deps: PollDeps, claim: Claim, packSlot: PackSlot): Promise<FeedReport> {
  const now = deps.now();
  if (feed.nextPollAt && Date.parse(feed.nextPollAt) > now.getTime()) {
    return {
      url: feed.url,
      added: [],
      skipped: [],
      recorded: 0,
      outcome: 'resting',
      message: `failing; next try after ${feed.nextPollAt}`,
    };
  }
  if (!(await deps.feeds.claimFeed(feed.url, claim.token, now, claim))) {
    return { url: feed.url, added: [], skipped: [], recorded: 0, outcome: 'elsewhere' };
  }
  try {
    // Read again under the claim: another replica may have polled it since the list was read.
    return await pollFeed((await deps.feeds.get(feed.url)) ?? feed, deps, claim, packSlot);
  } finally {
    await deps.feeds.releaseFeed(feed.url, claim.token, deps.now());
  }
}

type PackSlot = ReturnType<typeof pLimit>;

/** Nothing an item throws reaches the poll: it is recorded as crashed, once, and the next item is taken. */
async function takeItemSafely(id: string, item: FeedItem, from: ItemSource, deps: PollDeps): Promise<TakenItem> {
  try {
    return await takeItem(id, item, from, deps);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.logger?.error({ feed: from.feed.url, item: id, error: message }, 'feed item crashed');
    return { record: { itemId: id, outcome: 'refused', reason: 'crashed', detail: `taking it failed: ${message}` } };
  }
}

async function pollFeed(feed: Feed, deps: PollDeps, claim: Claim, packSlot: PackSlot): Promise<FeedReport> {
  const report = { url: feed.url, added: [], skipped: [], recorded: 0 };
  const now = deps.now();
  // Items waiting for a retry need the feed's body, so the validators are not sent then (no 304 hides them).
  const due = await deps.feeds.dueRetries(feed.url, now);
  const fetched = await fetchFeed(
    feed.url,
    due.size > 0 ? { ...feed, etag: null, lastModified: null } : feed,
    deps.limits,
  );
  if (fetched.kind === 'failed') {
    const failures = feed.failures + 1;
    const next = new Date(now.getTime() + backoffMs(failures));
    const { first } = await deps.feeds.recordFailure(feed.url, fetched.message, next);
    deps.logger?.warn(
      { feed: feed.url, failures, next: next.toISOString(), error: fetched.message },
      'feed poll failed',
    );
    if (first && feed.origin === 'channel') await deps.onFeedFailing?.(feed, fetched.message);
    return { ...report, outcome: 'failed', message: fetched.message };
  }
  if (fetched.kind === 'not-modified') {
    await deps.feeds.recordFetched(feed.url, feed, now);
    return { ...report, outcome: 'not-modified' };
  }
  const known = await deps.feeds.knownItemIds(feed.url);
  const ids = itemIds(fetched.items);
  const fresh = fetched.items.flatMap((item, i) => {
    const id = ids[i];
    return id !== undefined && (!known.has(id) || due.has(id)) ? [{ id, item }] : [];
  });
  const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  if (feed.firstPolledAt === null) {
    await deps.feeds.recordItems(
      feed.url,
      fresh.map(({ id }) => ({ itemId: id, outcome: 'recorded' as const })),
      now,
    );
    await deps.feeds.recordFetched(feed.url, validators, now);
    return { ...report, outcome: 'first-poll', recorded: fresh.length };
  }
  const taken: TakenItem[] = [];
  for (const { id, item } of fresh) {
    if (deps.signal?.aborted) break;
    const retry = due.has(id);
    // The row first: a replica that loses the insert leaves the page and the pack write to the winner.
    const owned = retry
      ? await deps.feeds.claimRetry(feed.url, id, claim.token, now)
      : await deps.feeds.claimItem(feed.url, id, claim.token, now, claim.leaseMs);
    if (!owned) continue;
    const attempts = retry ? await deps.feeds.itemAttempts(feed.url, id) : 0;
    const one = await packSlot(() => takeItemSafely(id, item, { feed, url: fetched.url, attempts }, deps));
    await deps.feeds.settleItem(feed.url, one.record, claim.token);
    taken.push(one);
  }
  const records = taken.map((t) => t.record);
  await deps.feeds.recordFetched(feed.url, validators, now);
  return {
    ...report,
    outcome: 'fetched',
    added: taken.flatMap((t) => (t.added ? [{ ...t.added, feedUrl: feed.url }] : [])),
    skipped: records.filter((r) => r.outcome !== 'added'),
    recorded: records.length,
  };
}
