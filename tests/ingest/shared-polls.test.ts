// Two replicas (two stores, two connection pools) on one PostgreSQL database and one pack poll the same loopback feed
// at the same moment, as `summit start` does on a shared schedule: each feed is fetched once per round, each new
// item's page is fetched and written once, and a replica that died holding a feed loses it after the lease.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS } from '../../src/ingest/fetch-limits.ts';
import { pollFeeds } from '../../src/ingest/poll-feeds.ts';
import { createFeedStore } from '../../src/store/feeds.ts';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { open } from '../pack/store-fixture.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { feedRoute, rss, serveFeed, type FixtureItem } from './feed-fixtures.ts';
import { startPageServer, type PageServer } from './page-server.ts';

const route = feedRoute('');
let server: PageServer;
let cluster: PostgresCluster;
beforeAll(async () => {
  [server, cluster] = await Promise.all([
    startPageServer({ '/feeds/shared': (req, res) => serveFeed(route)(req, res) }),
    startPostgresCluster(),
  ]);
}, 30_000);
afterAll(async () => Promise.all([server.close(), cluster.stop()]));

const stores: Store[] = [];
afterEach(async () => Promise.all(stores.splice(0).map((s) => s.close())));

const LEASE = 120_000;
const REST = 5 * 60_000; // half of a 10-minute FEED_POLL_MINUTES, as summit start sets it
const limits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true, timeoutMs: 2000 };
const item = (n: number, page: string): FixtureItem => ({
  guid: `wire-${n}`,
  link: server.url(page),
  title: `Item ${n}`,
  date: '2026-03-20T09:00:00Z',
});

async function replicas(count: number): Promise<Store[]> {
  const url = await cluster.createDatabase(`shared_${Date.now()}`);
  for (let i = 0; i < count; i += 1) {
    const opened = await openStore(url);
    if (!opened.ok) throw new Error(opened.problem);
    stores.push(opened.store);
  }
  return [...stores];
}

describe('two replicas polling one feed on one PostgreSQL', () => {
  it('fetch the feed once per round and write each new item once', async () => {
    const storyDir = copyOfBundledPack();
    const articles = () => readdirSync(path.join(storyDir, 'articles')).length;
    const [a, b] = await replicas(2);
    let now = new Date('2026-03-20T12:00:00Z');
    const pollAll = () =>
      Promise.all(
        [a, b].map((store, i) =>
          pollFeeds({
            feeds: createFeedStore(store!.sql),
            envFeedUrls: [server.url('/feeds/shared')],
            pack: open(storyDir),
            limits,
            maxAgeDays: 3,
            now: () => now,
            claim: { token: `replica-${i}`, leaseMs: LEASE, restMs: REST },
          }),
        ),
      );
    route.body = rss([item(1, '/news/title-only')]);
    const first = (await pollAll()).flat().map((r) => r.outcome);
    expect(first.sort()).toEqual(['elsewhere', 'first-poll']);
    expect(route.requests).toHaveLength(1);

    route.body = rss([item(1, '/news/title-only'), item(2, '/news/jsonld'), item(3, '/news/og')]);
    const before = articles();
    now = new Date('2026-03-20T12:01:00Z'); // the same round: nobody polls again
    expect((await pollAll()).flat().map((r) => r.outcome)).toEqual(['elsewhere', 'elsewhere']);
    expect(route.requests).toHaveLength(1);

    now = new Date('2026-03-20T12:10:00Z'); // the next round
    const second = (await pollAll()).flat();
    expect(second.map((r) => r.outcome).sort()).toEqual(['elsewhere', 'fetched']);
    expect(route.requests).toHaveLength(2);
    expect(second.flatMap((r) => r.added.map((x) => x.headline)).length).toBe(2);
    expect(articles()).toBe(before + 2);
    expect(server.hits.filter((h) => h === '/news/jsonld' || h === '/news/og').sort()).toEqual([
      '/news/jsonld',
      '/news/og',
    ]);
  });

  it('take over the feed, and the item, of a replica that died taking it, once its lease has run out', async () => {
    const [a, b] = await replicas(2);
    const url = server.url('/feeds/shared');
    const storyDir = copyOfBundledPack();
    const poll = (store: Store, token: string, now: Date) =>
      pollFeeds({
        feeds: createFeedStore(store.sql),
        envFeedUrls: [url],
        pack: open(storyDir),
        limits,
        maxAgeDays: 3,
        now: () => now,
        claim: { token, leaseMs: LEASE, restMs: REST },
      });
    route.body = rss([item(1, '/news/title-only')]);
    const at = new Date('2026-03-20T12:00:00Z');
    expect((await poll(a!, 'a', at))[0]?.outcome).toBe('first-poll');
    // The next round, replica a claims the feed and inserts the new item's row, then dies before fetching its page.
    route.body = rss([item(1, '/news/title-only'), item(4, '/news/jsonld')]);
    const died = new Date(at.getTime() + 10 * 60_000);
    const feedsOfA = createFeedStore(a!.sql);
    expect(await feedsOfA.claimFeed(url, 'a-killed', died, { leaseMs: LEASE, restMs: REST })).toBe(true);
    expect(await feedsOfA.claimItem(url, 'guid:wire-4', 'a-killed', died, LEASE)).toBe(true);
    expect((await poll(b!, 'b', new Date(died.getTime() + LEASE - 1000)))[0]?.outcome).toBe('elsewhere');
    const [report] = await poll(b!, 'b', new Date(died.getTime() + LEASE));
    expect(report?.outcome).toBe('fetched');
    const added = report?.added.map((x) => x.id) ?? [];
    expect(added).toHaveLength(1);
    expect(readdirSync(path.join(storyDir, 'articles'))).toContain(`${added[0]}.md`);
    expect([...(await createFeedStore(b!.sql).knownItemIds(url))].sort()).toEqual(['guid:wire-1', 'guid:wire-4']);
  });
});
