// The chain end to end, in process: a feed gains an item -> its page becomes an article in the pack -> the facts read
// from it are new -> one update post in a subscribed Slack channel and one in a Discord channel; none after a restart.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS } from '../../src/ingest/fetch-limits.ts';
import { pollFeeds } from '../../src/ingest/poll-feeds.ts';
import { createFeedStore } from '../../src/store/feeds.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createUpdateStore } from '../../src/store/updates.ts';
import { deliverPendingUpdates } from '../../src/updates/deliver-updates.ts';
import { recordStoryChanges } from '../../src/updates/record-changes.ts';
import { FakePlatform, fakePublisher } from '../briefs/fake-publisher.ts';
import { feedRoute, rss, serveFeed } from '../ingest/feed-fixtures.ts';
import { startPageServer, type PageServer } from '../ingest/page-server.ts';
import { open } from '../pack/store-fixture.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';

const route = feedRoute(rss([]));
let server: PageServer;
beforeAll(async () => (server = await startPageServer({ '/feeds/wire': (req, res) => serveFeed(route)(req, res) })));
afterAll(() => server.close());

const clock = { now: () => new Date('2026-03-20T12:00:00Z'), sleep: async () => {} };

describe('a feed item to an update post', () => {
  it('posts the new facts once in each subscribed channel, and nothing after a restart', async () => {
    const storyDir = copyOfBundledPack();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'summit-chain-')), 'summit.db');
    const slack = new FakePlatform();
    const discord = new FakePlatform();
    const publishers = [fakePublisher('slack', slack, clock.now), fakePublisher('discord', discord, clock.now)];

    const cycle = async () => {
      const opened = await openStore(file, { now: clock.now });
      if (!opened.ok) throw new Error(opened.problem);
      const { store } = opened;
      const updates = createUpdateStore(store.sql);
      const packStore = open(storyDir); // a restart: the pack as on disk
      const reports = await pollFeeds({
        feeds: createFeedStore(store.sql),
        envFeedUrls: [server.url('/feeds/wire')],
        pack: packStore,
        limits: { ...DEFAULT_FETCH_LIMITS, allowPrivate: true },
        maxAgeDays: 3,
        now: clock.now,
      });
      const pack = packStore.current(); // with what the poll added
      const batch = await recordStoryChanges(updates, pack, clock.now());
      const delivered = await deliverPendingUpdates({
        store,
        updates,
        publishers,
        getPack: () => pack,
        clock,
        leaseMs: 60_000,
      });
      await store.close();
      return { reports, batch, delivered, updates, pack };
    };

    // Start: the feed is recorded, the story's current facts are the baseline; the channels subscribe.
    await cycle();
    const opened = await openStore(file, { now: clock.now });
    if (!opened.ok) throw new Error(opened.problem);
    const updates = createUpdateStore(opened.store.sql);
    await updates.subscribe({ platform: 'slack', channelId: 'C1', createdBy: 'U1' }, new Date('2026-03-20T11:00:00Z'));
    await updates.subscribe(
      { platform: 'discord', channelId: 'D1', createdBy: 'U2' },
      new Date('2026-03-20T11:00:00Z'),
    );
    await opened.store.close();

    route.body = rss([
      { guid: 'g1', link: server.url('/news/jsonld'), title: 'Night shipping', date: '2026-03-19T23:30:00Z' },
    ]);
    const gained = await cycle();
    expect(gained.reports[0]?.added.map((a) => a.id)).toEqual(['005']);
    expect(gained.batch).toBeDefined();
    expect(gained.delivered).toEqual(['posted', 'posted']);
    for (const world of [slack, discord]) {
      expect(world.messages).toHaveLength(1);
      const post = world.messages[0]!.answer;
      expect(post.title).toMatch(/^The story changed: \d+ new facts?$/);
      // Every change is cited, and every citation is the new article.
      expect(post.sources.map((s) => s.articleId)).toEqual(['005']);
      expect(post.sections.flatMap((s) => s.lines).every((l) => l.citations.length > 0)).toBe(true);
    }

    const restarted = await cycle();
    expect(restarted.batch).toBeUndefined();
    expect([slack.messages.length, discord.messages.length]).toEqual([1, 1]);
  });
});
