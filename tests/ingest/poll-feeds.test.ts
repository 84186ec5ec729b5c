import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addUrl } from '../../src/ingest/add-url.ts';
import { DEFAULT_FETCH_LIMITS } from '../../src/ingest/fetch-limits.ts';
import { pollFeeds, type PollDeps } from '../../src/ingest/poll-feeds.ts';
import { createFeedStore, type Feed, type FeedStore } from '../../src/store/feeds.ts';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { open } from '../pack/store-fixture.ts';
import {
  atom,
  etagOf,
  feedRoute,
  jsonFeed,
  rss,
  serveFeed,
  type FeedRoute,
  type FixtureItem,
} from './feed-fixtures.ts';
import { startPageServer, type PageServer } from './page-server.ts';

// Fixture pages are fetched from the site their canonical URL names (page-server.ts ownUrl), resolved to loopback.
vi.mock('node:dns', async (importOriginal) => (await import('./example-hosts.ts')).dnsWithExampleHosts(importOriginal));

const routes: Record<string, FeedRoute> = {};
let server: PageServer;
beforeAll(async () => {
  server = await startPageServer(
    Object.fromEntries(
      ['/feeds/a', '/feeds/b', '/feeds/atom', '/feeds/json', '/feeds/plain'].map((r) => [
        r,
        (req, res) => serveFeed(routes[r] ?? feedRoute(''))(req, res),
      ]),
    ),
  );
});
afterAll(() => server.close());

let store: Store;
let feeds: FeedStore;
let storyDir: string;
let clock: Date;
let failing: { feed: Feed; message: string }[];
beforeEach(async () => {
  const opened = await openStore(path.join(mkdtempSync(path.join(tmpdir(), 'summit-feeds-')), 'summit.db'));
  if (!opened.ok) throw new Error(opened.problem);
  store = opened.store;
  feeds = createFeedStore(store.sql);
  storyDir = copyOfBundledPack();
  clock = new Date('2026-03-20T12:00:00Z');
  failing = [];
});
afterEach(() => store.close());

const limits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true, timeoutMs: 2000 };
const poll = (envFeedUrls: string[], extra: Partial<PollDeps> = {}) =>
  pollFeeds({
    feeds,
    envFeedUrls,
    pack: open(storyDir),
    limits,
    maxAgeDays: 3,
    now: () => clock,
    onFeedFailing: async (feed, message) => void failing.push({ feed, message }),
    ...extra,
  });
const item = (n: number, link: string, extra: Partial<FixtureItem> = {}): FixtureItem => ({
  guid: `wire-${n}`,
  link: server.ownUrl(link),
  title: `Item ${n}`,
  date: '2026-03-19T09:00:00Z',
  ...extra,
});
const articleCount = () => readdirSync(path.join(storyDir, 'articles')).length;

describe('pollFeeds', () => {
  it('records every item on the first poll and adds none; adds a new item once; a second poll adds nothing', async () => {
    const first = [item(1, '/news/jsonld'), item(2, '/news/title-only')];
    routes['/feeds/a'] = feedRoute(rss(first));
    const before = articleCount();
    const [one] = await poll([server.url('/feeds/a')]);
    expect(one).toMatchObject({ outcome: 'first-poll', recorded: 2, added: [] });
    expect(articleCount()).toBe(before);

    routes['/feeds/a'].body = rss([item(3, '/news/og'), ...first]);
    const [two] = await poll([server.url('/feeds/a')]);
    expect(two).toMatchObject({
      outcome: 'fetched',
      added: [{ id: '005', headline: 'Rail union calls off weekend strike', outlet: 'Valley Courier' }],
    });
    expect(articleCount()).toBe(before + 1);

    const [three] = await poll([server.url('/feeds/a')]);
    expect(three).toMatchObject({ outcome: 'not-modified', added: [] });
    expect(articleCount()).toBe(before + 1);
  });

  it('sends the ETag back verbatim and Last-Modified; a feed that sends neither gets no conditional headers', async () => {
    routes['/feeds/a'] = feedRoute(rss([item(1, '/news/og')]));
    routes['/feeds/plain'] = feedRoute(rss([item(1, '/news/og')]), 'text/xml', false);
    await poll([server.url('/feeds/a'), server.url('/feeds/plain')]);
    await poll([server.url('/feeds/a'), server.url('/feeds/plain')]);
    expect(routes['/feeds/a'].requests).toEqual([
      { ifNoneMatch: undefined, ifModifiedSince: undefined, status: 200 },
      { ifNoneMatch: etagOf(routes['/feeds/a'].body), ifModifiedSince: 'Fri, 20 Mar 2026 06:00:00 GMT', status: 304 },
    ]);
    expect(routes['/feeds/plain'].requests.map((r) => [r.ifNoneMatch, r.ifModifiedSince])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('tells items apart by link when the feed repeats one guid, and by link when items have none', async () => {
    routes['/feeds/a'] = feedRoute(rss([]));
    await poll([server.url('/feeds/a')]);
    routes['/feeds/a'].body = rss([
      item(1, '/news/og', { guid: 'same' }),
      item(2, '/news/jsonld', { guid: 'same' }),
      item(3, '/news/latin1-header', { guid: undefined }),
    ]);
    const [report] = await poll([server.url('/feeds/a')]);
    expect(report?.added.map((a) => a.outlet)).toEqual(['Valley Courier', 'The Harbour Times', 'Diário da Região']);
  });

  it('skips items older than the age limit, and a link already added by hand', async () => {
    routes['/feeds/a'] = feedRoute(rss([]));
    await poll([server.url('/feeds/a')]);
    const io = { output: new PassThrough(), error: new PassThrough() };
    expect(await addUrl(storyDir, server.ownUrl('/news/og'), {}, io, { limits, now: () => clock })).toBe(0);
    routes['/feeds/a'].body = rss([item(1, '/news/og'), item(2, '/news/jsonld', { date: '2026-03-10T09:00:00Z' })]);
    const [report] = await poll([server.url('/feeds/a')]);
    expect(report?.added).toEqual([]);
    expect(report?.skipped).toEqual([
      { itemId: 'guid:wire-1', outcome: 'in-pack', articleId: '005' },
      { itemId: 'guid:wire-2', outcome: 'too-old', detail: 'dated Tue, 10 Mar 2026 09:00:00 GMT' },
    ]);
  });

  it('records an item whose page 404s as refused and does not fetch it again', async () => {
    routes['/feeds/a'] = feedRoute(rss([]), 'application/rss+xml', false);
    await poll([server.url('/feeds/a')]);
    routes['/feeds/a'].body = rss([item(1, '/status/404')]);
    const [report] = await poll([server.url('/feeds/a')]);
    expect(report?.skipped).toEqual([
      {
        itemId: 'guid:wire-1',
        outcome: 'refused',
        detail: `${server.ownUrl('/status/404')}: the server answered 404 Not Found`,
      },
    ]);
    const hits = server.hits.filter((h) => h === '/status/404').length;
    await poll([server.url('/feeds/a')]);
    expect(server.hits.filter((h) => h === '/status/404')).toHaveLength(hits);
  });

  it('reads Atom (the alternate link, not the enclosure) and JSON Feed', async () => {
    routes['/feeds/atom'] = feedRoute(atom([]), 'application/atom+xml');
    routes['/feeds/json'] = feedRoute(jsonFeed([]), 'application/feed+json');
    const urls = [server.url('/feeds/atom'), server.url('/feeds/json')];
    await poll(urls);
    routes['/feeds/atom'].body = atom([item(1, '/news/og', { guid: 'urn:desk:1' })]);
    routes['/feeds/json'].body = jsonFeed([item(2, '/news/jsonld')]);
    const reports = await poll(urls);
    expect(reports.map((r) => r.added.map((a) => a.outlet))).toEqual([['Valley Courier'], ['The Harbour Times']]);
  });

  it('backs off a malformed feed 5 then 10 minutes, tells the channel that added it once, and recovers', async () => {
    const url = server.url('/feeds/b');
    routes['/feeds/b'] = feedRoute('<rss version="2.0"><channel><title>Broken</title><item><title>oops</tit');
    await feeds.addChannelFeed({ url, platform: 'slack', channelId: 'C123', addedBy: 'U1' }, clock);
    const [first] = await poll([]);
    expect(first).toMatchObject({ outcome: 'failed', message: 'the feed is malformed' });
    expect((await feeds.get(url))?.nextPollAt).toBe('2026-03-20T12:05:00.000Z');
    expect((await poll([]))[0]).toMatchObject({ outcome: 'resting' });
    expect(routes['/feeds/b'].requests).toHaveLength(1);

    clock = new Date('2026-03-20T12:06:00Z');
    await poll([]);
    expect(await feeds.get(url)).toMatchObject({ failures: 2, nextPollAt: '2026-03-20T12:16:00.000Z' });
    expect(failing).toEqual([
      { feed: expect.objectContaining({ url, channelId: 'C123' }), message: 'the feed is malformed' },
    ]);

    routes['/feeds/b'].body = rss([item(1, '/news/og')]);
    clock = new Date('2026-03-20T12:17:00Z');
    expect((await poll([]))[0]).toMatchObject({ outcome: 'first-poll', recorded: 1 });
    expect(await feeds.get(url)).toMatchObject({ failures: 0, nextPollAt: null });
  });

  it('fails cleanly on a 500, a page that is not a feed, and an unreachable host', async () => {
    routes['/feeds/a'] = { ...feedRoute('x'), status: 500 };
    routes['/feeds/b'] = feedRoute('<html><body>not a feed</body></html>', 'text/html');
    // A server that hangs up on every connection: deterministic, unlike a closed port another test may reuse.
    const hangUp = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => hangUp.listen(0, '127.0.0.1', resolve));
    const gone = `http://127.0.0.1:${(hangUp.address() as AddressInfo).port}/feed`;
    const reports = await poll([server.url('/feeds/a'), server.url('/feeds/b'), gone]);
    // Reports come in the feeds' stored order (added time, then URL, and so port number): compare by URL.
    expect(Object.fromEntries(reports.map((r) => [r.url, [r.outcome, r.message]]))).toEqual({
      [server.url('/feeds/a')]: ['failed', 'the server answered 500 Internal Server Error'],
      [server.url('/feeds/b')]: ['failed', 'the feed is not RSS, Atom or JSON Feed'],
      [gone]: ['failed', expect.stringMatching(/^could not be reached \(/)],
    });
    hangUp.close();
    expect(failing).toEqual([]); // env feeds have no channel to tell
  });
});
