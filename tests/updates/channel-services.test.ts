import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer-model.ts';
import type { ChannelContext } from '../../src/dispatch/channel-route.ts';
import { createFeedsService } from '../../src/ingest/feeds-service.ts';
import { createFeedStore } from '../../src/store/feeds.ts';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { createUpdateStore } from '../../src/store/updates.ts';
import { createUpdatesService } from '../../src/updates/updates-service.ts';

let store: Store;
beforeEach(async () => {
  const opened = await openStore(path.join(mkdtempSync(path.join(tmpdir(), 'summit-services-')), 'summit.db'));
  if (!opened.ok) throw new Error(opened.problem);
  store = opened.store;
});
afterEach(() => store.close());

const now = () => new Date('2026-03-20T12:00:00Z');
const ctx = (canManage: boolean): ChannelContext => ({ platform: 'slack', channelId: 'C1', userId: 'U1', canManage });
const text = (a: Answer) =>
  `${a.title} | ${a.summary.map((p) => ('text' in p ? p.text : 'command' in p ? p.command : '')).join('')}`;

describe('/summit feeds', () => {
  it('adds, lists and removes a feed for people who may manage the channel; the list is for everyone', async () => {
    const feeds = createFeedsService({ feeds: createFeedStore(store.sql), allowPrivate: false, pollMinutes: 10, now });
    const url = 'https://news.example/rss.xml';
    expect(text(await feeds.handleFeedsCommand(ctx(false), 'add', url))).toMatch(/^You cannot change the feeds/);
    const added = await feeds.handleFeedsCommand(ctx(true), 'add', url);
    expect(added).toMatchObject({ status: 'answered', title: 'Feed added' });
    expect((await feeds.handleFeedsCommand(ctx(true), 'add', url)).title).toBe('Already a feed');
    const list = await feeds.handleFeedsCommand(ctx(false), 'list');
    expect(list.title).toBe('1 feed, polled every 10 minutes');
    expect(list.sections[0]?.lines[0]?.parts).toEqual([
      { type: 'text', text: `${url} — added in a channel — not polled yet` },
    ]);
    expect((await feeds.handleFeedsCommand(ctx(true), 'remove', url)).title).toBe('Feed removed');
    expect((await feeds.handleFeedsCommand(ctx(true), 'remove', url)).status).toBe('not-found');
  });

  it('refuses addresses the bot would not fetch', async () => {
    const feeds = createFeedsService({ feeds: createFeedStore(store.sql), allowPrivate: false, pollMinutes: 10, now });
    for (const url of [
      'ftp://news.example/rss',
      'http://127.0.0.1/rss',
      'http://user:pw@news.example/rss',
      'not a url',
    ]) {
      expect((await feeds.handleFeedsCommand(ctx(true), 'add', url)).title).toBe('That feed address cannot be used');
    }
    expect((await feeds.handleFeedsCommand(ctx(true), 'add')).title).toBe('Which feed?');
  });
});

describe('/summit updates', () => {
  it('subscribes, reports status and unsubscribes; only managers change it', async () => {
    const updates = createUpdatesService({ updates: createUpdateStore(store.sql), now });
    expect((await updates.handleUpdatesCommand(ctx(false), 'status')).title).toBe('Not subscribed to story updates');
    expect((await updates.handleUpdatesCommand(ctx(false), 'subscribe')).title).toBe(
      'You cannot change this channel’s updates',
    );
    expect((await updates.handleUpdatesCommand(ctx(true), 'subscribe')).title).toBe('Subscribed to story updates');
    expect((await updates.handleUpdatesCommand(ctx(true), 'subscribe')).title).toBe('Already subscribed');
    expect(text(await updates.handleUpdatesCommand(ctx(false)))).toMatch(
      /^Subscribed to story updates \| Since 2026-03-20/,
    );
    expect((await updates.handleUpdatesCommand(ctx(true), 'unsubscribe')).title).toBe(
      'Unsubscribed from story updates',
    );
    expect((await updates.handleUpdatesCommand(ctx(true), 'unsubscribe')).status).toBe('not-found');
    expect((await updates.handleUpdatesCommand(ctx(true), 'later')).status).toBe('bad-input');
  });
});

describe('the command definition', () => {
  it('reads feeds and updates from typed text', async () => {
    const { parseCommandText } = await import('../../src/core/parse-command.ts');
    expect(parseCommandText('/summit feeds add https://news.example/rss.xml')).toMatchObject({
      ok: true,
      command: { subcommand: 'feeds', options: { action: 'add', url: 'https://news.example/rss.xml' } },
    });
    expect(parseCommandText('updates subscribe')).toMatchObject({
      ok: true,
      command: { subcommand: 'updates', options: { action: 'subscribe' } },
    });
  });
});
