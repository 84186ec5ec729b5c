// A brief fan-out shared by `summit start` replicas on one throwaway PostgreSQL, against the Slack (HTTP mode) and
// Discord fakes with scripted 429s: the setup of tests/e2e/replicas-postgres.test.ts and bench/replicas.bench.ts.
// Each replica posts with its own Slack token so what the fakes saw tells the replicas apart, never timing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { startFakeWebApi, type FakeWebApi } from '../fakes/slack-web-api.ts';
import { spawnBot, stopBot, type BotProcess } from './bot-process.ts';
import { startPostgresCluster, type PostgresCluster } from './postgres-cluster.ts';

export interface ReplicaFanoutOptions {
  slackChannels: string[];
  discordChannels: string[];
  leaseSeconds: number;
  /** Every n-th chat.postMessage is refused with 429 (Retry-After 1 s). */
  slackRateLimitEvery: number;
  /** These Discord channels' first POST is refused with 429. */
  discordRateLimitOnce: string[];
  discordMessageDelayMs?: number;
}

export interface LogRow {
  platform: string;
  channel_id: string;
  local_date: string;
  state: string;
  message_id: string | null;
  posted_at: string | null;
  claim_token: string | null;
}

export interface ReplicaFanout {
  cluster: PostgresCluster;
  slack: FakeWebApi;
  discord: FakeDiscord;
  databaseUrl: string;
  startReplica(replica: number): BotProcess;
  briefLog(): Promise<LogRow[]>;
  slackPostsBy(replica: number): number;
  /** Brief messages the fakes hold in the fan-out's channels (every part counts). */
  briefMessageCount(): number;
  close(): Promise<void>;
}

const slackToken = (replica: number) => `xoxb-replica-${replica}-token`;

export async function startReplicaFanout(options: ReplicaFanoutOptions): Promise<ReplicaFanout> {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-replicas-'));
  const bots: BotProcess[] = [];
  const cluster = await startPostgresCluster();
  const databaseUrl = await cluster.createDatabase('replicas');
  const slack = await startFakeWebApi();
  slack.rateLimitEvery('chat.postMessage', options.slackRateLimitEvery, 1);
  const discord = await new FakeDiscord({
    channelMessageDelayMs: options.discordMessageDelayMs ?? 0,
    channels: { rateLimitOnce: options.discordRateLimitOnce },
  }).listen();

  function startReplica(replica: number): BotProcess {
    const bot = spawnBot({
      cwd: dir,
      env: {
        SLACK_BOT_TOKEN: slackToken(replica),
        SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        DISCORD_TOKEN: `fake-discord-token-replica-${replica}`,
        DISCORD_APPLICATION_ID: FAKE_IDS.application,
        DISCORD_API_URL: discord.apiUrl,
        DATABASE_URL: databaseUrl,
        BRIEF_CLAIM_LEASE_SECONDS: String(options.leaseSeconds),
        LOG_LEVEL: 'info',
      },
    });
    bots.push(bot);
    return bot;
  }

  async function briefLog(): Promise<LogRow[]> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const result = await client.query<LogRow>(
        'SELECT platform, channel_id, local_date, state, message_id, posted_at, claim_token FROM brief_log',
      );
      return result.rows;
    } finally {
      await client.end();
    }
  }

  return {
    cluster,
    slack,
    discord,
    databaseUrl,
    startReplica,
    briefLog,
    slackPostsBy: (replica) =>
      slack.calls.all.filter(
        (c) => c.method === 'chat.postMessage' && c.authorization === `Bearer ${slackToken(replica)}`,
      ).length,
    briefMessageCount: () =>
      options.slackChannels.reduce((n, c) => n + (slack.messages.get(c)?.length ?? 0), 0) +
      options.discordChannels.reduce((n, c) => n + discord.channels.in(c).length, 0),
    async close() {
      await Promise.all(bots.map((b) => stopBot(b)));
      await Promise.all([slack.close(), discord.close()]);
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
