// Story updates with real `summit start` processes (Slack in HTTP mode and Discord, against the loopback fakes): a feed
// gains an item -> the article is in the pack -> the new facts -> one update post in a subscribed Slack channel and one
// in a subscribed Discord channel, and none after a restart. Each run is awaited on the bot's own log lines.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { createUpdateStore } from '../../src/store/updates.ts';
import { briefMessagesIn } from '../fakes/brief-messages.ts';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { startFakeWebApi, type FakeWebApi } from '../fakes/slack-web-api.ts';
import { feedRoute, rss, serveFeed } from '../ingest/feed-fixtures.ts';
import { startPageServer, type PageServer } from '../ingest/page-server.ts';
import { RUNNING, spawnBot, stopBot, until, type BotProcess } from '../support/bot-process.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';

const CHECKED = '"msg":"story updates checked"';
const POLLED = '"msg":"feeds polled"';
const route = feedRoute(rss([]));
let slack: FakeWebApi;
let discord: FakeDiscord;
let pages: PageServer;
const dirs: string[] = [];

beforeAll(async () => {
  slack = await startFakeWebApi();
  discord = await new FakeDiscord().listen();
  pages = await startPageServer({ '/feeds/wire': (req, res) => serveFeed(route)(req, res) });
});
afterAll(async () => {
  await Promise.all([slack?.close(), discord?.close(), pages?.close()]);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const SLACK_CHANNEL = 'C0UPDATES';
const DISCORD_CHANNEL = '700000000000000042';

function startBot(databasePath: string, storyDir: string): BotProcess {
  return spawnBot({
    cwd: path.dirname(databasePath),
    env: {
      SLACK_BOT_TOKEN: 'xoxb-1-test-token',
      SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      DISCORD_TOKEN: 'fake-discord-token-0123456789',
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: discord.apiUrl,
      DATABASE_PATH: databasePath,
      STORY_DIR: storyDir,
      FEED_URLS: pages.url('/feeds/wire'),
      FETCH_ALLOW_PRIVATE: 'true',
      FEED_POLL_MINUTES: '60',
      LOG_LEVEL: 'info',
    },
  });
}

/**
 * Runs a bot until its first poll is done and it has checked for story changes `checks` times (once at start, once
 * more when the poll changed the pack), then stops it.
 */
async function runOnce(db: string, storyDir: string, checks: number): Promise<string> {
  const bot = startBot(db, storyDir);
  try {
    await bot.waitFor(RUNNING);
    await bot.waitFor(POLLED, 30_000);
    await bot.unlessExited(
      until(`${checks} story-update checks`, () => bot.output().split(CHECKED).length > checks, 30_000),
    );
    return bot.output();
  } finally {
    await stopBot(bot, 'SIGTERM');
  }
}

const updatesIn = (platform: 'slack' | 'discord', channelId: string) =>
  briefMessagesIn({ slack, discord }, { platform, channelId });

describe('story updates from a feed', () => {
  it('posts one update in each subscribed channel when a feed item brings new facts, and none after a restart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summit-story-updates-'));
    dirs.push(dir);
    const db = path.join(dir, 'summit.db');
    const storyDir = copyOfBundledPack();
    const opened = await openStore(db);
    if (!opened.ok) throw new Error(opened.problem);
    const updates = createUpdateStore(opened.store.sql);
    const since = new Date(Date.now() - 3_600_000);
    await updates.subscribe({ platform: 'slack', channelId: SLACK_CHANNEL, createdBy: 'U1' }, since);
    await updates.subscribe({ platform: 'discord', channelId: DISCORD_CHANNEL, createdBy: 'U2' }, since);
    await opened.store.close();

    // First run: the story's facts become the baseline, the feed's existing items are recorded. Nothing is posted.
    await runOnce(db, storyDir, 1);
    expect([updatesIn('slack', SLACK_CHANNEL), updatesIn('discord', DISCORD_CHANNEL)]).toEqual([[], []]);

    const recent = new Date(Date.now() - 600_000).toISOString();
    route.body = rss([{ guid: 'wire-1', link: pages.url('/news/jsonld'), title: 'Night shipping', date: recent }]);
    const second = await runOnce(db, storyDir, 2);
    expect(second).toContain('"msg":"article added from feed"');
    expect(readdirSync(path.join(storyDir, 'articles'))).toContain('005.md');
    const slackPosts = updatesIn('slack', SLACK_CHANNEL);
    const discordPosts = updatesIn('discord', DISCORD_CHANNEL);
    expect(slackPosts).toHaveLength(1);
    expect(discordPosts).toHaveLength(1);
    expect(slackPosts[0]?.text).toMatch(/The story changed/);
    expect(discordPosts[0]?.text).toMatch(/The story changed/);

    await runOnce(db, storyDir, 1);
    expect(updatesIn('slack', SLACK_CHANNEL)).toHaveLength(1);
    expect(updatesIn('discord', DISCORD_CHANNEL)).toHaveLength(1);
  });
});
