// A real `summit start` (Slack in HTTP mode) reading a page that takes many seconds to parse — nested 6,000 deep, with
// the depth check lifted through EXTRACT_MAX_DEPTH and a long EXTRACT_SECONDS so the worker is busy with it — still
// answers a Slack command within Slack's 3 s. The test ends when the answer arrives and the bot is stopped (its
// shutdown stops the worker), not when the page is read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedStore } from '../../src/store/feeds.ts';
import { openStore } from '../../src/store/open-store.ts';
import { slackSignatureHeaders, slashCommandBody } from '../fakes/slack-signing.ts';
import { startFakeWebApi, type FakeWebApi } from '../fakes/slack-web-api.ts';
import { feedRoute, rss, serveFeed } from '../ingest/feed-fixtures.ts';
import { startPageServer, type PageServer } from '../ingest/page-server.ts';
import { spawnBot, stopBot, until, waitForReady } from '../support/bot-process.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';

const SIGNING_SECRET = 'abcdef0123456789abcdef0123456789';
const DEPTH = 6000;
const slowPage = `<!doctype html><html><head><meta property="article:published_time" content="2026-03-20"></head><body>${'<div>'.repeat(DEPTH)}${'<p>Delegations from China and Russia met again on Friday to discuss the parade.</p>'.repeat(20)}${'</div>'.repeat(DEPTH)}</body></html>`;

let slack: FakeWebApi;
let pages: PageServer;
const dirs: string[] = [];
beforeAll(async () => {
  slack = await startFakeWebApi();
  const feed = feedRoute(rss([{ guid: 'slow-1', link: 'LINK', title: 'Slow page', date: new Date().toISOString() }]));
  pages = await startPageServer({
    '/feeds/slow': (req, res) => serveFeed(feed)(req, res),
    '/pages/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(slowPage);
    },
  });
  feed.body = feed.body.replace('LINK', pages.url('/pages/slow'));
});
afterAll(async () => {
  await Promise.all([slack?.close(), pages?.close()]);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('summit start reading a slow page', () => {
  it('answers /summit who putin within 3 s while its worker reads the page', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summit-slow-page-'));
    dirs.push(dir);
    const databasePath = path.join(dir, 'summit.db');
    const feedUrl = pages.url('/feeds/slow');
    // The feed was polled before (its first poll adds nothing), so the poll at start takes the new item.
    const opened = await openStore(databasePath);
    if (!opened.ok) throw new Error(opened.problem);
    const feeds = createFeedStore(opened.store.sql);
    await feeds.ensureEnvFeeds([feedUrl], new Date());
    await feeds.recordFetched(feedUrl, { etag: null, lastModified: null }, new Date());
    await opened.store.close();

    const bot = spawnBot({
      cwd: dir,
      env: {
        SLACK_BOT_TOKEN: 'xoxb-1-test-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        DATABASE_PATH: databasePath,
        STORY_DIR: copyOfBundledPack(),
        FEED_URLS: feedUrl,
        FETCH_ALLOW_PRIVATE: 'true',
        EXTRACT_SECONDS: '120',
        EXTRACT_MAX_DEPTH: '100000',
        LOG_LEVEL: 'info',
      },
    });
    try {
      const port = await bot.listeningPort();
      await waitForReady(port);
      await bot.unlessExited(until('the slow page served', () => pages.hits.includes('/pages/slow'), 30_000));
      const body = slashCommandBody({ text: 'who putin', responseUrl: 'http://127.0.0.1:9/unused' });
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        body,
        headers: slackSignatureHeaders(body, SIGNING_SECRET),
      });
      const answer = (await res.json()) as { text?: string };
      const elapsed = performance.now() - started;
      expect(res.status).toBe(200);
      expect(answer.text).toContain('Vladimir Putin');
      expect(elapsed).toBeLessThan(3000);
      // The page was still being read when the answer came: no outcome for the item yet.
      expect(bot.output()).toContain('"msg":"reading a feed item"');
      expect(bot.output()).not.toContain('"msg":"feeds polled"');
    } finally {
      await stopBot(bot, 'SIGTERM');
    }
  });
});
