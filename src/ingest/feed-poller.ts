// The poller `summit start` runs: one poll at start (so a feed added while the bot was down is recorded at once), then
// one every FEED_POLL_MINUTES. Polls never overlap; stop() waits for the one in flight, so shutdown never cuts a pack
// write in half. What each poll added goes to `onPolled` (story updates follow the pack store's changes instead). The
// poll at start ignores the feeds' rest after another replica's poll (only a poll in flight elsewhere holds a feed
// back): a restarted bot polls at once, as a single one always did; the cost is one conditional GET per feed per start.
import type { Logger } from '../log.ts';
import { pollFeeds, type FeedReport, type PollDeps } from './poll-feeds.ts';

export interface FeedPoller {
  stop(): Promise<void>;
}

export interface FeedPollerOptions extends PollDeps {
  readonly everyMs: number;
  readonly logger?: Logger;
  readonly onPolled?: (reports: readonly FeedReport[]) => Promise<void>;
}

export function startFeedPoller(options: FeedPollerOptions): FeedPoller {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const stopping = new AbortController();
  const runOnce = async (atStart: boolean): Promise<void> => {
    try {
      const claim = atStart && options.claim ? { ...options.claim, restMs: 0 } : options.claim;
      const reports = await pollFeeds({ ...options, claim, signal: stopping.signal });
      const added = reports.reduce((n, r) => n + r.added.length, 0);
      options.logger?.info({ feeds: reports.length, added }, 'feeds polled');
      await options.onPolled?.(reports);
    } catch (error) {
      // A poll that throws (database gone, disk full) is logged and retried at the next tick, never fatal.
      options.logger?.error({ err: error }, 'feed poll failed');
    }
  };
  const tick = (atStart = false): void => {
    inFlight = runOnce(atStart).finally(() => {
      if (!stopped) timer = setTimeout(tick, options.everyMs);
    });
  };
  tick(true);
  return {
    stop: async () => {
      stopped = true;
      stopping.abort();
      clearTimeout(timer);
      await inFlight;
    },
  };
}
