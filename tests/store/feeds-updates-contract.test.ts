// The feed and story-update tables behave the same on SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import { createFeedStore } from '../../src/store/feeds.ts';
import { BASELINE_BATCH, createUpdateStore } from '../../src/store/updates.ts';
import { describeEachEngine } from './engines.ts';

const t0 = new Date('2026-03-20T12:00:00Z');
const url = 'https://news.example/rss.xml';

describeEachEngine('feeds and story updates', (engine) => {
  it('keeps feeds, their validators, failures and items', async () => {
    const store = await engine().open(await engine().newLocation());
    const feeds = createFeedStore(store.sql);
    await feeds.ensureEnvFeeds([url], t0);
    await feeds.ensureEnvFeeds([url], t0);
    expect(await feeds.addChannelFeed({ url, platform: 'slack', channelId: 'C1', addedBy: 'U1' }, t0)).toBe('exists');
    expect(await feeds.recordFailure(url, 'the server answered 500', new Date('2026-03-20T12:05:00Z'))).toEqual({
      failures: 1,
      first: true,
    });
    expect((await feeds.recordFailure(url, 'again', new Date('2026-03-20T12:15:00Z'))).first).toBe(false);
    await feeds.recordFetched(url, { etag: 'W/"a, b"', lastModified: 'Fri, 20 Mar 2026 06:00:00 GMT' }, t0);
    expect(await feeds.get(url)).toMatchObject({ origin: 'env', failures: 0, nextPollAt: null, etag: 'W/"a, b"' });
    await feeds.recordItems(
      url,
      [
        { itemId: 'guid:1', outcome: 'recorded' },
        { itemId: 'guid:1', outcome: 'added' },
      ],
      t0,
    );
    expect([...(await feeds.knownItemIds(url))]).toEqual(['guid:1']);
    expect(await feeds.removeChannelFeed(url)).toBe('env');
  });

  it('keeps update subscriptions and change batches', async () => {
    const store = await engine().open(await engine().newLocation());
    const updates = createUpdateStore(store.sql);
    expect(await updates.subscribe({ platform: 'discord', channelId: 'D1', createdBy: 'U1' }, t0)).toBe('created');
    expect(await updates.subscribe({ platform: 'discord', channelId: 'D1', createdBy: 'U1' }, t0)).toBe('exists');
    expect(await updates.recordBatch(BASELINE_BATCH, ['person:a'], t0)).toBe(1);
    expect(await updates.recordBatch('b1', ['person:a', 'event:e'], new Date('2026-03-20T13:00:00Z'))).toBe(1);
    expect(await updates.batchesSince(t0)).toEqual([
      { batch: 'b1', seenAt: '2026-03-20T13:00:00.000Z', keys: ['event:e'] },
    ]);
    expect(await updates.unsubscribe('discord', 'D1')).toBe(true);
    expect(await updates.list()).toEqual([]);
  });
});
