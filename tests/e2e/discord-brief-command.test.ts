// `/summit brief subscribe|unsubscribe|status` through the real discord.js client and the fake, with real briefs
// (startBriefs on a temp SQLite file): Manage Channels is checked on our side; metrics count every command.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBriefs, type RunningBriefs } from '../../src/briefs/index.ts';
import { loadConfig } from '../../src/config.ts';
import { EventEmitter, once } from 'node:events';
import { createMetrics, type Metrics } from '../../src/ops/metrics.ts';
import type { RecordedRequest } from '../fakes/discord-fake.ts';
import { startDiscordAgainstFake, type DiscordHarness } from '../fakes/discord-harness.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { MEMBER_PERMISSIONS, slashCommand } from '../fakes/discord-payloads.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const MANAGE_CHANNELS = (BigInt(MEMBER_PERMISSIONS) | (1n << 4n)).toString();
let dir: string;
let databasePath: string;
let real: Metrics;
let served: EventEmitter;
let servedCount: number;
let briefs: RunningBriefs | undefined;
let h: DiscordHarness;

// A fresh bot, database and metrics for every test, so each passes alone and in any order.
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'summit-discord-briefs-'));
  databasePath = path.join(dir, 'summit.db');
  real = createMetrics();
  served = new EventEmitter();
  servedCount = 0;
  briefs = undefined;
  /** The real metrics, also telling the test each time a command was counted (the count lands after the reply). */
  const metrics: Metrics = {
    ...real,
    commandServed(...args) {
      real.commandServed(...args);
      servedCount += 1;
      served.emit('served');
    },
  };
  h = await startDiscordAgainstFake({}, { getBriefs: () => briefs?.service, metrics });
});
afterEach(async () => {
  await h?.stop();
  await briefs?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function startTheBriefs(): Promise<void> {
  const loaded = loadConfig({ DATABASE_PATH: databasePath, BRIEF_TIMEZONE: 'Europe/Berlin' });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const started = await startBriefs({
    config: loaded.config.briefs,
    getPack: bundledPack,
    publishers: h.bot.publisher ? [h.bot.publisher] : [],
  });
  if (!started.ok) throw new Error(started.problem);
  briefs = started.briefs;
}

/** `/summit brief ...`: deferred (type 5, ephemeral), then the answer edited in. */
async function brief(options: Record<string, string>, permissions?: string): Promise<Record<string, unknown>> {
  const interaction = slashCommand('brief', options, undefined, { permissions });
  h.fake.dispatchInteraction(interaction);
  expect((await h.fake.callbackOf(interaction.id)).body).toEqual({ type: 5, data: { flags: 64 } });
  const edit: RecordedRequest = await h.fake.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.endsWith(`/${interaction.token}/messages/%40original`),
  );
  return edit.body as Record<string, unknown>;
}

const rows = () => {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare('SELECT platform, channel_id, time, timezone, created_by FROM subscriptions').all();
  } finally {
    db.close();
  }
};

describe('/summit brief in Discord', () => {
  it('says kindly that briefs are unavailable before they have started', async () => {
    const body = await brief({ action: 'status' });
    expect(body).toMatchObject({
      embeds: [{ title: 'Daily brief subscriptions are unavailable right now' }],
      allowed_mentions: { parse: [] },
    });
  });

  it('refuses subscribe to a member without Manage Channels, and writes nothing', async () => {
    await startTheBriefs();
    const body = await brief({ action: 'subscribe', time: '07:30' });
    expect(body).toMatchObject({
      embeds: [
        { title: 'You cannot change this channel’s brief', description: expect.stringMatching(/Manage Channels/) },
      ],
      allowed_mentions: { parse: [] },
    });
    expect(rows()).toEqual([]);
  });

  it('subscribes the channel for a member with Manage Channels: a row in the database, and status shows it', async () => {
    await startTheBriefs();
    const body = await brief({ action: 'subscribe', time: '07:30', timezone: 'America/New_York' }, MANAGE_CHANNELS);
    expect(body).toMatchObject({ embeds: [{ title: 'Subscribed to the daily brief' }], components: [] });
    expect(rows()).toEqual([
      {
        platform: 'discord',
        channel_id: FAKE_IDS.channel,
        time: '07:30',
        timezone: 'America/New_York',
        created_by: FAKE_IDS.user,
      },
    ]);
    const status = await brief({ action: 'status' });
    expect(status).toMatchObject({
      embeds: [{ title: 'Subscribed', description: expect.stringMatching(/07:30 America\/New\\_York/) }],
    });
  });

  it('counts each command in the metrics by subcommand and status', async () => {
    await brief({ action: 'status' });
    await startTheBriefs();
    await brief({ action: 'subscribe', time: '07:30' });
    await brief({ action: 'subscribe', time: '07:30', timezone: 'America/New_York' }, MANAGE_CHANNELS);
    await brief({ action: 'status' });
    while (servedCount < 4) await once(served, 'served');
    const text = await real.registry.metrics();
    expect(text).toMatch(/summit_commands_total\{platform="discord",subcommand="brief",status="unavailable"\} 1/);
    expect(text).toMatch(/summit_commands_total\{platform="discord",subcommand="brief",status="bad-input"\} 1/);
    expect(text).toMatch(/summit_commands_total\{platform="discord",subcommand="brief",status="answered"\} 2/);
    expect(text).toMatch(/summit_command_duration_seconds_count\{platform="discord"\} 4/);
  });
});
