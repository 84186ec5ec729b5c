import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedPoller } from '../../src/ingest/feed-poller.ts';
import { DEFAULT_FETCH_LIMITS } from '../../src/ingest/fetch-limits.ts';
import type { FeedReport } from '../../src/ingest/poll-feeds.ts';
import { createFeedStore } from '../../src/store/feeds.ts';
import { openStore } from '../../src/store/open-store.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { open } from '../pack/store-fixture.ts';
import { feedRoute, rss, serveFeed } from './feed-fixtures.ts';
import { startPageServer, type PageServer } from './page-server.ts';

const route = feedRoute(rss([]));
let server: PageServer;
beforeAll(async () => (server = await startPageServer({ '/feeds/a': (req, res) => serveFeed(route)(req, res) })));
afterAll(() => server.close());

describe('startFeedPoller', () => {
  it('polls at start, then every interval, never overlapping, and stops after the poll in flight', async () => {
    const opened = await openStore(path.join(mkdtempSync(path.join(tmpdir(), 'summit-poller-')), 'summit.db'));
    if (!opened.ok) throw new Error(opened.problem);
    const polls: (readonly FeedReport[])[] = [];
    let third!: () => void;
    const thirdPoll = new Promise<void>((resolve) => (third = resolve));
    const poller = startFeedPoller({
      feeds: createFeedStore(opened.store.sql),
      envFeedUrls: [server.url('/feeds/a')],
      pack: open(copyOfBundledPack()),
      limits: { ...DEFAULT_FETCH_LIMITS, allowPrivate: true },
      maxAgeDays: 3,
      now: () => new Date(),
      everyMs: 20,
      onPolled: async (reports) => {
        polls.push(reports);
        if (polls.length === 3) third();
      },
    });
    await thirdPoll;
    await poller.stop();
    const count = polls.length;
    expect(polls.slice(0, 3).map((r) => r.map((f) => f.outcome))).toEqual([
      ['first-poll'],
      ['not-modified'],
      ['not-modified'],
    ]);
    // After stop() resolves nothing more runs: the requests the feed saw match the polls reported.
    expect(route.requests).toHaveLength(count);
    await opened.store.close();
  });
});
