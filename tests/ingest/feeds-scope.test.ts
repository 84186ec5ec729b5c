// `/summit feeds add <url> all`: a feed that takes every item, not only those about the story; the default, and
// adding a known feed again with another scope, as a channel sees them.
import { mkdtempSync, rmSync } from 'node:fs';
import type { LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCommandText } from '../../src/core/parse-command.ts';
import { createFeedsService } from '../../src/ingest/feeds-service.ts';
import { createFeedStore } from '../../src/store/feeds.ts';
import { openStore } from '../../src/store/index.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const publicOnly: LookupFunction = (_host, _options, callback) =>
  callback(null, [{ address: '93.184.215.14', family: 4 }]);
const ctx = { platform: 'slack' as const, channelId: 'C1', userId: 'U1', canManage: true };
const URL_ = 'https://news.example/rss.xml';

async function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-feeds-scope-'));
  const opened = await openStore(path.join(dir, 'summit.db'));
  if (!opened.ok) throw new Error(opened.problem);
  cleanups.push(
    () => opened.store.close(),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  const feeds = createFeedStore(opened.store.sql);
  const now = () => new Date('2026-03-20T12:00:00Z');
  return {
    feeds,
    service: createFeedsService({ feeds, allowPrivate: false, pollMinutes: 10, now, lookup: publicOnly }),
  };
}

describe('feeds add <url> all', () => {
  it('parses "feeds add <url> all" into the scope option', () => {
    const parsed = parseCommandText(`feeds add ${URL_} all`);
    expect(parsed).toMatchObject({ ok: true, command: { options: { action: 'add', url: URL_, scope: 'all' } } });
  });

  it('adds a feed that takes only items about the story by default, and says so', async () => {
    const { feeds, service } = await setup();
    const answer = await service.handleFeedsCommand(ctx, 'add', URL_);
    expect(answer.title).toBe('Feed added');
    expect(JSON.stringify(answer.summary)).toContain('new items about the story become articles');
    expect((await feeds.get(URL_))?.allItems).toBe(false);
  });

  it('adds a feed that takes every item with "all", and lists it so', async () => {
    const { feeds, service } = await setup();
    const answer = await service.handleFeedsCommand(ctx, 'add', URL_, 'all');
    expect(JSON.stringify(answer.summary)).toContain('every new item becomes an article');
    expect((await feeds.get(URL_))?.allItems).toBe(true);
    const list = await service.handleFeedsCommand(ctx, 'list');
    expect(JSON.stringify(list.sections)).toContain('every item');
  });

  it('changes the scope of a known feed when added again with another one', async () => {
    const { feeds, service } = await setup();
    await service.handleFeedsCommand(ctx, 'add', URL_);
    expect((await service.handleFeedsCommand(ctx, 'add', URL_, 'all')).title).toBe('Feed changed');
    expect((await feeds.get(URL_))?.allItems).toBe(true);
    expect((await service.handleFeedsCommand(ctx, 'add', URL_, 'all')).title).toBe('Already a feed');
    expect((await service.handleFeedsCommand(ctx, 'add', URL_, 'story')).title).toBe('Feed changed');
    expect((await feeds.get(URL_))?.allItems).toBe(false);
  });
});
