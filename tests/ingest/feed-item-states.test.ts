// Every feed item reaches a final state: a page that once crashed the reader is recorded once and the items behind it
// are still taken; a transient failure is retried on later polls with backoff, then given up; an item about something
// else than the story is recorded as off-topic, unless the feed takes every item.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS } from '../../src/ingest/fetch-limits.ts';
import { pollFeeds, type PollDeps } from '../../src/ingest/poll-feeds.ts';
import { MAX_TRIES } from '../../src/ingest/take-item.ts';
import { openPackStore, type PackStore } from '../../src/pack/pack-store.ts';
import { createFeedStore, type FeedStore } from '../../src/store/feeds.ts';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { feedRoute, rss, serveFeed, type FixtureItem } from './feed-fixtures.ts';
import { pageFixture, startPageServer, type PageServer } from './page-server.ts';

const FEED = '/feeds/states';
const route = feedRoute(rss([]));
let flakyLeft = 0;
const html = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};
const deepPage = `<html><body>${'<div>'.repeat(10_000)}<p>${'deep words '.repeat(50)}</p>${'</div>'.repeat(10_000)}</body></html>`;
const offTopic = pageFixture('og-only.html').replace(
  /Freight trains carrying parts from Japan\s+and China will also run\./,
  '',
);

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer({
    [FEED]: (req, res) => serveFeed(route)(req, res),
    '/items/deep': html(deepPage),
    '/items/utf16-lie': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.from(pageFixture('og-only.html').replace('<head>', '<head><meta charset="utf-16">'), 'utf8'));
    },
    '/items/off-topic': html(offTopic),
    '/items/always-503': (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('busy');
    },
    '/items/flaky': (req, res) => {
      if (flakyLeft-- > 0) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        return void res.end('busy');
      }
      html(pageFixture('jsonld-article.html'))(req, res);
    },
  });
});
afterAll(() => server.close());

let store: Store;
let feeds: FeedStore;
let pack: PackStore;
let storyDir: string;
let clock: Date;
beforeEach(async () => {
  const opened = await openStore(path.join(mkdtempSync(path.join(tmpdir(), 'summit-item-states-')), 'summit.db'));
  if (!opened.ok) throw new Error(opened.problem);
  store = opened.store;
  feeds = createFeedStore(store.sql);
  storyDir = copyOfBundledPack();
  const packOpened = openPackStore(storyDir);
  if (!packOpened.ok) throw new Error('pack');
  pack = packOpened.store;
  clock = new Date('2026-03-20T12:00:00Z');
  flakyLeft = 0;
  route.body = rss([]);
  await poll(); // the first poll records the (empty) feed
});
afterEach(() => store.close());

const poll = (extra: Partial<PollDeps> = {}) =>
  pollFeeds({
    feeds,
    envFeedUrls: [server.url(FEED)],
    pack,
    limits: { ...DEFAULT_FETCH_LIMITS, allowPrivate: true, timeoutMs: 5000 },
    maxAgeDays: 3,
    now: () => clock,
    ...extra,
  });
const item = (n: number, link: string): FixtureItem => ({
  guid: `states-${n}`,
  link: server.url(link),
  title: `Item ${n}`,
  date: '2026-03-20T09:00:00Z',
});
const articles = () => readdirSync(path.join(storyDir, 'articles')).length;
const hitsOf = (route: string) => server.hits.filter((h) => h === route).length;

describe('a feed whose newest item breaks the reader', () => {
  it('records the 10,000-deep page once and adds the next item on the same poll', async () => {
    const before = articles();
    const deepHits = hitsOf('/items/deep');
    route.body = rss([item(2, '/items/deep'), item(1, '/news/jsonld')]);
    const [report] = await poll();
    expect(report?.added).toHaveLength(1);
    expect(report?.skipped).toEqual([
      expect.objectContaining({ outcome: 'refused', detail: expect.stringMatching(/nested too deep to read/) }),
    ]);
    expect(articles()).toBe(before + 1);
    clock = new Date(clock.getTime() + 86_400_000);
    route.body = rss([item(2, '/items/deep'), item(1, '/news/jsonld'), item(0, '/news/og')]);
    await poll();
    expect(hitsOf('/items/deep') - deepHits).toBe(1);
  });

  it('reads a page that declares <meta charset="utf-16"> as UTF-8 and adds it', async () => {
    route.body = rss([item(3, '/items/utf16-lie')]);
    const [report] = await poll();
    expect(report?.added.map((a) => a.headline)).toEqual(['Rail union calls off weekend strike']);
  });

  it('records an item whose taking throws as crashed, once, and takes the next', async () => {
    const exploding = {
      current: () => pack.current(),
      addArticle: () => {
        throw new Error('disk on fire');
      },
    };
    route.body = rss([item(5, '/news/og'), item(4, '/news/jsonld')]);
    let calls = 0;
    const once = {
      current: () => pack.current(),
      addArticle: (draft: Parameters<PackStore['addArticle']>[0]) =>
        calls++ === 0 ? exploding.addArticle() : pack.addArticle(draft),
    };
    const [report] = await poll({ pack: once });
    expect(report?.added).toHaveLength(1);
    expect(report?.skipped).toEqual([
      expect.objectContaining({ outcome: 'refused', reason: 'crashed', detail: 'taking it failed: disk on fire' }),
    ]);
    const [again] = await poll();
    expect(again?.recorded).toBe(0);
  });
});

describe('transient failures', () => {
  it('retries a page that answered 503 on a later poll, after its backoff, and adds it then', async () => {
    flakyLeft = 1;
    route.body = rss([item(6, '/items/flaky')]);
    const [first] = await poll();
    expect(first?.skipped).toEqual([
      expect.objectContaining({ reason: 'retrying', detail: expect.stringMatching(/503.*\(try 1 of 5\)/) }),
    ]);
    const [early] = await poll();
    expect(early?.recorded).toBe(0);
    clock = new Date(clock.getTime() + 5 * 60_000);
    const [later] = await poll();
    expect(later?.added.map((a) => a.headline)).toEqual(['Harbour board approves night shipping trial']);
  });

  it(`gives up after ${MAX_TRIES} tries with the last reason, and fetches it no more`, async () => {
    route.body = rss([item(7, '/items/always-503')]);
    const before = hitsOf('/items/always-503');
    let last;
    for (let i = 0; i < MAX_TRIES + 2; i++) {
      [last] = await poll();
      if (last?.recorded) expect(last.skipped[0]?.reason).toBe(i < MAX_TRIES - 1 ? 'retrying' : 'gave-up');
      clock = new Date(clock.getTime() + 6 * 60 * 60_000);
    }
    expect(hitsOf('/items/always-503') - before).toBe(MAX_TRIES);
    const rows = await store.sql.all<{ reason: string; detail: string }>(
      'SELECT reason, detail FROM feed_items WHERE item_id LIKE ?',
      ['%states-7'],
    );
    expect(rows).toEqual([
      { reason: 'gave-up', detail: expect.stringMatching(/503 Service Unavailable \(after 5 tries\)$/) },
    ]);
  });
});

describe('a feed follows the story', () => {
  it('records an article that names no one, no place and no term of the story as off-topic', async () => {
    const before = articles();
    route.body = rss([item(8, '/items/off-topic')]);
    const [report] = await poll();
    expect(report?.added).toEqual([]);
    expect(report?.skipped).toEqual([
      expect.objectContaining({
        reason: 'off-topic',
        detail: expect.stringMatching(/names no one.*Rail union calls off/),
      }),
    ]);
    expect(articles()).toBe(before);
  });

  it('adds it when the feed takes every item (feeds add <url> all)', async () => {
    await feeds.setAllItems(server.url(FEED), true);
    route.body = rss([item(9, '/items/off-topic')]);
    const [report] = await poll();
    expect(report?.added.map((a) => a.headline)).toEqual(['Rail union calls off weekend strike']);
  });
});
