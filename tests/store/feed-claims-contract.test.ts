// Feed and item claims behave the same on SQLite and PostgreSQL: one holder at a time, a rest after a release, a dead
// holder's feed taken over after the lease, and an item row owned by exactly one poll.
import { expect, it } from 'vitest';
import { createFeedStore } from '../../src/store/feeds.ts';
import { describeEachEngine } from './engines.ts';

const url = 'https://news.example/rss.xml';
const rules = { leaseMs: 120_000, restMs: 300_000 };
const at = (minutes: number) => new Date(Date.parse('2026-03-20T12:00:00Z') + minutes * 60_000);

describeEachEngine('feed claims', (engine) => {
  it('lets one poller hold a feed; the next round claims it after the rest', async () => {
    const feeds = createFeedStore((await engine().open(await engine().newLocation())).sql);
    expect(await feeds.claimFeed(url, 'a', at(0), rules)).toBe(true);
    expect(await feeds.claimFeed(url, 'b', at(0), rules)).toBe(false);
    await feeds.releaseFeed(url, 'b', at(1)); // not b's to release
    expect(await feeds.claimFeed(url, 'b', at(1), rules)).toBe(false);
    await feeds.releaseFeed(url, 'a', at(1));
    // Same round: b polls moments after a finished, and must not poll again.
    expect(await feeds.claimFeed(url, 'b', at(2), rules)).toBe(false);
    expect(await feeds.claimFeed(url, 'b', at(6), rules)).toBe(true);
    expect(await feeds.claimFeed(url, 'a', at(6), rules)).toBe(false);
    await feeds.releaseFeed(url, 'b', at(7));
    // A poll at start asks for no rest: only a claim in flight holds it back.
    expect(await feeds.claimFeed(url, 'a', at(7), { ...rules, restMs: 0 })).toBe(true);
    expect(await feeds.claimFeed(url, 'b', at(7), { ...rules, restMs: 0 })).toBe(false);
  });

  it('takes over the feed of a poller that died, once its lease has run out', async () => {
    const feeds = createFeedStore((await engine().open(await engine().newLocation())).sql);
    expect(await feeds.claimFeed(url, 'dead', at(0), rules)).toBe(true);
    expect(await feeds.claimFeed(url, 'b', at(1.9), rules)).toBe(false);
    expect(await feeds.claimFeed(url, 'b', at(2), rules)).toBe(true);
    expect(await feeds.claimFeed(url, 'c', at(2), rules)).toBe(false);
  });

  it('gives an item to the poll that inserted its row, and a dead poll’s item to the next', async () => {
    const feeds = createFeedStore((await engine().open(await engine().newLocation())).sql);
    await feeds.claimFeed(url, 'a', at(0), rules);
    expect(await feeds.claimItem(url, 'guid:1', 'a', at(0), rules.leaseMs)).toBe(true);
    expect(await feeds.claimItem(url, 'guid:1', 'b', at(0), rules.leaseMs)).toBe(false); // a still holds the feed
    expect([...(await feeds.knownItemIds(url))]).toEqual([]); // being taken: not settled yet
    await feeds.finishItem(url, { itemId: 'guid:1', outcome: 'added', articleId: '007' }, 'a');
    expect([...(await feeds.knownItemIds(url))]).toEqual(['guid:1']);
    expect(await feeds.claimItem(url, 'guid:1', 'b', at(1), rules.leaseMs)).toBe(false); // settled: nobody again
    // a dies holding guid:2; after its lease, b holds the feed and finishes the item.
    expect(await feeds.claimItem(url, 'guid:2', 'a', at(1), rules.leaseMs)).toBe(true);
    expect(await feeds.claimFeed(url, 'b', at(3), rules)).toBe(true);
    expect(await feeds.claimItem(url, 'guid:2', 'b', at(3), rules.leaseMs)).toBe(true);
    expect(await feeds.claimItem(url, 'guid:2', 'c', at(3), rules.leaseMs)).toBe(false);
    await feeds.finishItem(url, { itemId: 'guid:2', outcome: 'refused', detail: 'gone' }, 'a'); // no longer a's
    expect([...(await feeds.knownItemIds(url))]).toEqual(['guid:1']);
    await feeds.finishItem(url, { itemId: 'guid:2', outcome: 'refused', detail: 'gone' }, 'b');
    expect([...(await feeds.knownItemIds(url))].sort()).toEqual(['guid:1', 'guid:2']);
  });
});
