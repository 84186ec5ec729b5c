import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/core/load-pack.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { runCli } from '../support/run-cli.ts';
import { feedRoute, rss, serveFeed, type FeedRoute, type FixtureItem } from './feed-fixtures.ts';
import { startPageServer, type PageServer } from './page-server.ts';

let server: PageServer;
let route: FeedRoute;
beforeAll(async () => {
  route = feedRoute(rss([]));
  server = await startPageServer({ '/feeds/wire': (req, res) => serveFeed(route)(req, res) });
});
afterAll(() => server.close());

const recent = new Date(Date.now() - 3_600_000).toISOString();
const item = (n: number, link: string): FixtureItem => ({
  guid: `g${n}`,
  link: server.url(link),
  title: `Item ${n}`,
  date: recent,
});

describe('summit poll (the real command)', () => {
  it('records a new feed, then adds each new item once; a second poll adds nothing; a hand-added link is not added again', async () => {
    const dir = copyOfBundledPack();
    const env = {
      FEED_URLS: server.url('/feeds/wire'),
      DATABASE_PATH: path.join(mkdtempSync(path.join(tmpdir(), 'summit-poll-')), 'summit.db'),
      FETCH_ALLOW_PRIVATE: 'true',
    };
    const pollOnce = () => runCli(['poll', '--story', dir], { env });
    route.body = rss([item(1, '/news/title-only')]);
    const first = await pollOnce();
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe(
      `${server.url('/feeds/wire')}: first poll, 1 item(s) recorded and none added (a new feed's existing items are not imported)\nAdded 0 articles from 1 feed.\n`,
    );

    expect((await runCli(['add', server.url('/news/og'), '--story', dir], { env })).code).toBe(0);
    route.body = rss([item(3, '/news/og'), item(2, '/news/jsonld'), item(1, '/news/title-only')]);
    const second = await pollOnce();
    // A child process resolves names for real: the page is served by 127.0.0.1, so its canonical URL on
    // www.harbourtimes.example is another site's claim and the outlet is the serving host (page-outlet.ts).
    expect(second.stdout).toBe(
      `${server.url('/feeds/wire')}:\n  added 006: Harbour board approves night shipping trial (127.0.0.1)\n  skipped (in-pack as 005)\nAdded 1 article from 1 feed.\n`,
    );
    const third = await pollOnce();
    expect(third.stdout).toBe(
      `${server.url('/feeds/wire')}: not modified since the last poll\nAdded 0 articles from 1 feed.\n`,
    );
    // The pack stays valid with both additions (what `summit check` would load), read here instead of a sixth process.
    const loaded = loadPack(dir);
    expect(loaded.ok && loaded.pack.articles.length).toBe(5);
  });

  it('says so when no feed is configured', async () => {
    const env = { DATABASE_PATH: path.join(mkdtempSync(path.join(tmpdir(), 'summit-poll-')), 'summit.db') };
    const result = await runCli(['poll', '--story', copyOfBundledPack()], { env });
    expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(/^No feeds to poll: set FEED_URLS/) });
  });
});
