// Composition for `summit start`: feeds and story updates on the bot's database. At start, changes made while the bot
// was down (a cron `summit poll`, a hand-added article) become a batch and pending batches are delivered (a crash
// between recording and posting is finished here); then the same happens on every change of the pack the bot serves,
// whatever made it: a feed item, `summit add`, a hand-edited file, a review decision (the pack store's onChange).
import { createHash, randomUUID } from 'node:crypto';
import { systemClock } from '../briefs/clock.ts';
import type { Publisher } from '../briefs/publisher.ts';
import type { Config } from '../config.ts';
import { finishAnswer, say } from '../core/answer-draft.ts';
import type { StoryPack } from '../core/story-pack.ts';
import { extractBudgetOf } from '../ingest/extract-in-worker.ts';
import { startFeedPoller } from '../ingest/feed-poller.ts';
import { createFeedsService, type FeedsService } from '../ingest/feeds-service.ts';
import { DEFAULT_FETCH_LIMITS } from '../ingest/fetch-limits.ts';
import type { Logger } from '../log.ts';
import type { PackStore } from '../pack/pack-store.ts';
import { createFeedStore, type Feed } from '../store/feeds.ts';
import type { Store } from '../store/open-store.ts';
import { createUpdateStore } from '../store/updates.ts';
import { deliverPendingUpdates } from './deliver-updates.ts';
import { recordStoryChanges } from './record-changes.ts';
import { createUpdatesService, type UpdatesService } from './updates-service.ts';

export interface RunningStories {
  readonly feeds: FeedsService;
  readonly updates: UpdatesService;
  stop(): Promise<void>;
}

export interface StartStoriesOptions {
  readonly config: Config;
  readonly store: Store;
  readonly publishers: readonly Publisher[];
  /** The pack the bot serves: its changes are posted. */
  readonly pack: Pick<PackStore, 'current' | 'addArticle' | 'onChange'>;
  readonly logger?: Logger;
}

export async function startStories(options: StartStoriesOptions): Promise<RunningStories> {
  const { config, store, logger } = options;
  const clock = systemClock;
  const feedStore = createFeedStore(store.sql);
  const updateStore = createUpdateStore(store.sql);
  const publish = async (pack: StoryPack): Promise<void> => {
    const batch = await recordStoryChanges(updateStore, pack, clock.now());
    const outcomes = await deliverPendingUpdates({
      store,
      updates: updateStore,
      publishers: options.publishers,
      getPack: () => pack,
      clock,
      logger,
      leaseMs: config.briefs.claimLeaseMs,
    });
    const posted = outcomes.filter((o) => o === 'posted').length;
    logger?.info({ batch, posted }, 'story updates checked');
  };
  // One publish at a time, in the order of the changes; a failure is logged and the next change tries again (a batch
  // recorded but not posted is pending and goes out then). Listening starts before the first publish reads the pack,
  // so a change made while the bot starts is either in that pack or told to the listener.
  let publishing = Promise.resolve();
  const stopListening = options.pack.onChange((pack) => {
    publishing = publishing
      .then(() => publish(pack))
      .catch((error: unknown) => logger?.error({ err: error }, 'story updates failed; retried on the next change'));
  });
  const first = publishing.then(() => publish(options.pack.current()));
  publishing = first.catch(() => undefined); // a failing first publish fails the start, below
  try {
    await first;
  } catch (error) {
    stopListening();
    throw error;
  }
  const poller = startFeedPoller({
    feeds: feedStore,
    envFeedUrls: config.ingest.feedUrls,
    pack: options.pack,
    limits: { ...DEFAULT_FETCH_LIMITS, allowPrivate: config.ingest.allowPrivate },
    extractBudget: extractBudgetOf(config.ingest),
    maxAgeDays: config.ingest.maxAgeDays,
    now: () => clock.now(),
    everyMs: config.ingest.pollMinutes * 60_000,
    // Replicas share the feeds: a claim held past the brief lease is taken over; after a poll the feed rests half a
    // round, so replicas on the same schedule (in any phase) poll it once per round (docs/scaling.md).
    claim: { token: randomUUID(), leaseMs: config.briefs.claimLeaseMs, restMs: config.ingest.pollMinutes * 30_000 },
    logger,
    onFeedFailing: (feed, message) => tellFeedFailing(options.publishers, feed, message, logger),
  });
  return {
    feeds: createFeedsService({
      feeds: feedStore,
      allowPrivate: config.ingest.allowPrivate,
      pollMinutes: config.ingest.pollMinutes,
      now: () => clock.now(),
    }),
    updates: createUpdatesService({ updates: updateStore, now: () => clock.now() }),
    stop: async () => {
      stopListening();
      await poller.stop();
      await publishing; // a post in flight finishes before the database closes
    },
  };
}

/** Once per failing streak (the store says when it starts): a short notice in the channel that added the feed. */
async function tellFeedFailing(publishers: readonly Publisher[], feed: Feed, message: string, logger?: Logger) {
  const publisher = publishers.find((p) => p.platform === feed.platform);
  if (!publisher || !feed.channelId) return;
  const notice = finishAnswer({
    status: 'answered',
    title: 'A feed this channel added stopped working',
    summary: say(`${feed.url}: ${message}. The bot keeps trying, less often (at most every 6 hours).`),
    sections: [],
  });
  const key = `feed-${createHash('sha256').update(`${feed.url}\u0000${feed.channelId}`).digest('base64url').slice(0, 19)}`;
  await publisher
    .post(feed.channelId, notice, { idempotencyKey: key, delayed: false, kind: 'notice' })
    .catch((error: unknown) =>
      logger?.warn({ err: error, feed: feed.url }, 'could not tell the channel its feed fails'),
    );
}
