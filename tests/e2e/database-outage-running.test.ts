// A running `summit start` on PostgreSQL, with the server stopped across a brief's minute: the process stays up (no
// unhandled rejection ends it), /readyz says why it is not ready, and once the server is back the brief is posted
// once. The bot's clock is the test-only clock file, moved 20 s through the outage; the outage itself is real.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefMessagesIn } from '../fakes/brief-messages.ts';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { startFakeWebApi, type FakeWebApi } from '../fakes/slack-web-api.ts';
import { spawnBot, stopBot, until, waitForReady, type BotProcess } from '../support/bot-process.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';

const CHANNEL = '700000000000000042';
let discord: FakeDiscord;
let slack: FakeWebApi;
let cluster: PostgresCluster;
let bot: BotProcess;
const cwd = mkdtempSync(path.join(tmpdir(), 'summit-pg-outage-'));
const clockFile = path.join(cwd, 'clock');
const setClock = (iso: string) => writeFileSync(clockFile, iso);

beforeAll(async () => {
  [discord, slack, cluster] = await Promise.all([
    new FakeDiscord().listen(),
    startFakeWebApi(),
    startPostgresCluster(),
  ]);
}, 30_000);
afterAll(async () => {
  if (bot) await stopBot(bot);
  await Promise.all([discord.close(), slack.close(), cluster.stop()]);
});

describe('PostgreSQL stopped while a brief is due', () => {
  it('keeps the bot alive and posts the brief once after the server returns', async () => {
    setClock('2026-03-02T07:59:50Z');
    bot = spawnBot({
      cwd,
      env: {
        DISCORD_TOKEN: 'fake-discord-token-0123456789',
        DISCORD_APPLICATION_ID: FAKE_IDS.application,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_BRIEF_CHANNELS: `${CHANNEL}@08:00@UTC`,
        DATABASE_URL: await cluster.createDatabase('outage'),
        SUMMIT_TEST_CLOCK_FILE: clockFile,
        PORT: '0',
      },
    });
    const port = await bot.listeningPort();
    await waitForReady(port);
    // A fresh connection each time (agent: false): a kept-alive one may meet the server's 1 s keep-alive close.
    const readyz = () =>
      new Promise<string>((resolve, reject) => {
        get({ host: '127.0.0.1', port, path: '/readyz', agent: false }, (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve(`${res.statusCode} ${body}`));
        }).on('error', reject);
      });

    await cluster.pause();
    setClock('2026-03-02T08:00:00Z');
    await bot.waitFor('brief timer failed; the sweep tries again');
    setClock('2026-03-02T08:00:20Z');
    expect(await readyz()).toMatch(/^503 not ready\ndatabase: database unreachable \([A-Z0-9_]+\)\n$/);
    expect(bot.child.exitCode).toBeNull();

    await cluster.resume();
    setClock('2026-03-02T08:01:00Z');
    const slot = { platform: 'discord' as const, channelId: CHANNEL };
    await until('the brief posted after the outage', () => briefMessagesIn({ slack, discord }, slot).length > 0);
    await waitForReady(port);
    const briefs = briefMessagesIn({ slack, discord }, slot);
    expect(new Set(briefs.map((b) => b.key)).size).toBe(1);
    expect(briefs.filter((b) => b.part === 1)).toHaveLength(1);
    expect(bot.child.exitCode).toBeNull();
    expect(bot.output()).not.toMatch(/unhandled|uncaught/i);
  }, 60_000);
});
