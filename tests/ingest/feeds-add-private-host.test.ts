// `/summit feeds add` with a host name for a loopback or private address is refused at once, by the same guard every
// poll dials through, instead of being stored and failing at every poll; a public name is added.
import { mkdtempSync, rmSync } from 'node:fs';
import type { LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedsService } from '../../src/ingest/feeds-service.ts';
import { createFeedStore } from '../../src/store/feeds.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function feedsService(lookup?: LookupFunction) {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-feeds-add-'));
  const opened = await openStore(path.join(dir, 'summit.db'));
  if (!opened.ok) throw new Error(opened.problem);
  const store: Store = opened.store;
  cleanups.push(
    () => store.close(),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  const now = () => new Date('2026-03-20T12:00:00Z');
  const feeds = createFeedStore(store.sql);
  return { feeds, service: createFeedsService({ feeds, allowPrivate: false, pollMinutes: 10, now, lookup }) };
}

const ctx = { platform: 'slack' as const, channelId: 'C1', userId: 'U1', canManage: true };

describe('feeds add and private hosts', () => {
  it('refuses http://localhost/... at once and stores nothing', async () => {
    const { feeds, service } = await feedsService();
    const answer = await service.handleFeedsCommand(ctx, 'add', 'http://localhost/feed.xml');
    expect(answer).toMatchObject({ status: 'bad-input', title: 'That feed address cannot be used' });
    expect(JSON.stringify(answer.summary)).toContain('names localhost, a private or local address');
    expect(await feeds.list()).toEqual([]);
  });

  it('adds a name that resolves to a public address', async () => {
    const publicOnly: LookupFunction = (_host, _options, callback) =>
      callback(null, [{ address: '93.184.215.14', family: 4 }]);
    const { feeds, service } = await feedsService(publicOnly);
    const answer = await service.handleFeedsCommand(ctx, 'add', 'https://news.example/rss.xml');
    expect(answer).toMatchObject({ status: 'answered', title: 'Feed added' });
    expect((await feeds.list()).map((f) => f.url)).toEqual(['https://news.example/rss.xml']);
  });
});
