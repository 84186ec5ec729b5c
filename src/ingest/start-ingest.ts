// Composition for `summit start`: the feed poller on the bot's database, with FEED_URLS and the configured limits.
import type { IngestConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { createFeedStore, type Feed } from '../store/feeds.ts';
import type { Store } from '../store/open-store.ts';
import { startFeedPoller, type FeedPoller } from './feed-poller.ts';
import { DEFAULT_FETCH_LIMITS } from './fetch-limits.ts';
import type { FeedReport } from './poll-feeds.ts';

export interface StartIngestOptions {
  readonly config: IngestConfig;
  readonly store: Store;
  readonly storyDir: string;
  readonly logger?: Logger;
  readonly onFeedFailing?: (feed: Feed, message: string) => Promise<void>;
  readonly onPolled?: (reports: readonly FeedReport[]) => Promise<void>;
}

export function startIngest(options: StartIngestOptions): FeedPoller {
  const { config } = options;
  return startFeedPoller({
    feeds: createFeedStore(options.store.sql),
    envFeedUrls: config.feedUrls,
    storyDir: options.storyDir,
    limits: { ...DEFAULT_FETCH_LIMITS, allowPrivate: config.allowPrivate },
    maxAgeDays: config.maxAgeDays,
    now: () => new Date(),
    everyMs: config.pollMinutes * 60_000,
    logger: options.logger,
    onFeedFailing: options.onFeedFailing,
    onPolled: options.onPolled,
  });
}
