// `npm run bench`: one daily brief fanned out to 500 Slack and 500 Discord channels through the real delivery code
// (scheduler -> deliverPost -> each platform's publisher -> WebClient / discord.js REST) against the loopback fakes,
// with rate limits as the platforms apply them. Slack: the fake refuses a second post to a channel within 1 s (429,
// Retry-After: 1) and rate-limits every 100th chat.postMessage (429, Retry-After: 1) besides; the publisher paces pages
// 1 s apart per channel and WebClient waits out each Retry-After (production settings). Discord: every 10th channel's
// first POST gets a 429 with rate-limit headers, and discord.js's REST queue keeps its default global limit of 50
// requests/s. Both platforms at once, 16 posts in flight per platform (the scheduler's default is 4).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REST } from 'discord.js';
import { createDiscordPublisher } from '../src/adapters/discord/brief-publisher.ts';
import { startSlack } from '../src/adapters/slack/start-slack.ts';
import { createBriefScheduler, type DueResult } from '../src/briefs/brief-scheduler.ts';
import { loadConfig } from '../src/config.ts';
import { loadPack } from '../src/core/load-pack.ts';
import { createBotDispatcher } from '../src/dispatch/bot-dispatcher.ts';
import { createLogger } from '../src/log.ts';
import { openStore, type BriefPlatform } from '../src/store/index.ts';
import { FakeDiscord } from '../tests/fakes/discord-fake.ts';
import { startFakeWebApi } from '../tests/fakes/slack-web-api.ts';
import { round } from './measure.ts';

export const name = 'briefs: one brief to 500 Slack + 500 Discord channels through 429s (16 in flight per platform)';

const CHANNELS = 500;
const CONCURRENCY = 16;

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-bench-briefs-'));
  const slackChannels = Array.from({ length: CHANNELS }, (_, i) => `C${String(i).padStart(5, '0')}BENCH`);
  const discordChannels = Array.from({ length: CHANNELS }, (_, i) => `7${String(i).padStart(17, '0')}`);
  const api = await startFakeWebApi();
  api.limitPerChannel(1000, 1);
  api.rateLimitEvery('chat.postMessage', 100, 1);
  const discord = await new FakeDiscord({
    channels: { rateLimitOnce: discordChannels.filter((_, i) => i % 10 === 0) },
  }).listen();
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
    SLACK_API_URL: api.apiUrl,
    PORT: '0',
    DATABASE_PATH: path.join(dir, 'summit.db'),
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const pack = loadPack(loaded.config.storyDir);
  if (!pack.ok) throw new Error('bundled pack does not load');
  const logger = createLogger({ level: 'silent', secrets: [] });
  const slack = await startSlack(
    {
      config: loaded.config,
      logger,
      getPack: () => pack.pack,
      dispatcher: createBotDispatcher({ getPack: () => pack.pack, timezone: 'UTC', logger }),
    },
    { host: '127.0.0.1', botIdentity: { botId: 'B0BENCH', botUserId: 'U0BENCH' } },
  );
  const rest = new REST({ api: discord.apiUrl }).setToken('fake-discord-token-0123456789');
  const opened = await openStore(loaded.config.briefs.databasePath);
  if (!opened.ok) throw new Error(opened.problem);
  const { store } = opened;
  try {
    // Due two minutes ago, subscribed yesterday: one runDue() delivers every channel's brief, as the minute's timers would.
    const due = new Date(Date.now() - 2 * 60_000);
    const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
    const subscribe = (platform: BriefPlatform, channelId: string) =>
      store.subscriptions.upsert(
        { platform, channelId, time, timezone: 'UTC', createdBy: 'env' },
        new Date(Date.now() - 86_400_000),
      );
    for (const c of slackChannels) await subscribe('slack', c);
    for (const c of discordChannels) await subscribe('discord', c);
    const scheduler = createBriefScheduler({
      store,
      publishers: [slack.publisher!, createDiscordPublisher(rest, logger)],
      getPack: () => pack.pack,
      catchupHours: 6,
      logger,
      concurrency: CONCURRENCY,
    });
    const started = performance.now();
    const finished: Partial<Record<BriefPlatform, number>> = {};
    const results: DueResult[] = await Promise.all(
      (['slack', 'discord'] as const).map(async (platform) => {
        const channels = platform === 'slack' ? slackChannels : discordChannels;
        const done = await Promise.all(channels.map((channelId) => scheduler.runDue({ platform, channelId })));
        finished[platform] = performance.now() - started;
        return done.flat();
      }),
    ).then((r) => r.flat());
    await scheduler.stop();

    const notPosted = results.filter((r) => r.outcome !== 'posted');
    const slackMessages = slackChannels.reduce((n, c) => n + (api.messages.get(c)?.length ?? 0), 0);
    const discordMessages = discordChannels.reduce((n, c) => n + discord.channels.in(c).length, 0);
    const slackPages = (api.messages.get(slackChannels[0]!) ?? []).length;
    const discordParts = discord.channels.in(discordChannels[0]!).length;
    if (
      notPosted.length > 0 ||
      slackMessages !== CHANNELS * slackPages ||
      discordMessages !== CHANNELS * discordParts
    ) {
      throw new Error(
        `not exactly once: ${notPosted.length} not posted; ${slackMessages} + ${discordMessages} messages`,
      );
    }
    return {
      'slack: channels': CHANNELS,
      'slack: messages (pages per brief)': `${slackMessages} (${slackPages})`,
      'slack: total s': round((finished.slack ?? NaN) / 1000, 1),
      'slack: 429s received': api.rateLimited(),
      'discord: channels': CHANNELS,
      'discord: messages (parts per brief)': `${discordMessages} (${discordParts})`,
      'discord: total s': round((finished.discord ?? NaN) / 1000, 1),
      'discord: 429s received': discord.channels.rateLimits,
      'briefs not posted exactly once': notPosted.length,
    };
  } finally {
    await store.close();
    await slack.stop();
    await Promise.all([api.close(), discord.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}
