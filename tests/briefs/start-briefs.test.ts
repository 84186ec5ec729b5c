import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startBriefs, type RunningBriefs } from '../../src/briefs/index.ts';
import type { BriefsConfig } from '../../src/config.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { FakeClock, FakePlatform, fakePublisher } from './fake-publisher.ts';
import { cleanUp, tempDbPath } from './helpers.ts';

let running: RunningBriefs | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await cleanUp();
});

const config = (databasePath: string): BriefsConfig => ({
  databasePath,
  databaseWaitMs: 0,
  timezone: 'Europe/Berlin',
  catchupHours: 6,
  claimLeaseMs: 120_000,
  slackAdmins: [],
  slackChannels: [{ channelId: 'C1' }],
  discordChannels: [{ channelId: 'D1', time: '07:00', timezone: 'UTC' }],
});

describe('startBriefs', () => {
  it('subscribes env channels, records articles as seen, and across a restart posts each channel once', async () => {
    const file = tempDbPath();
    const slack = new FakePlatform();
    const discord = new FakePlatform();
    const clock = new FakeClock(Date.parse('2025-09-02T12:00:00Z'));
    const start = async () => {
      const started = await startBriefs({
        config: config(file),
        getPack: bundledPack,
        publishers: [fakePublisher('slack', slack, clock.now), fakePublisher('discord', discord, clock.now)],
        clock,
      });
      if (!started.ok) throw new Error(started.problem);
      return started.briefs;
    };
    running = await start();
    expect(
      (await running.store.subscriptions.listActive()).map((s) => [s.platform, s.channelId, s.time, s.timezone]),
    ).toEqual([
      ['discord', 'D1', '07:00', 'UTC'],
      ['slack', 'C1', '08:00', 'Europe/Berlin'],
    ]);
    expect((await running.store.firstSeen.all()).size).toBe(3);
    await running.stop();

    clock.set('2025-09-03T07:05:00Z'); // Back 65 min after 08:00 Berlin (06:00Z), 5 min after 07:00 UTC.
    running = await start();
    await running.scheduler.runDue();
    await running.stop();
    running = await start();
    expect(slack.messages.map((m) => [m.channelId, m.delayed])).toEqual([['C1', true]]);
    expect(discord.messages.map((m) => [m.channelId, m.delayed])).toEqual([['D1', false]]);
  });

  it('returns the database problem instead of starting', async () => {
    const file = tempDbPath();
    writeFileSync(file, 'not a database');
    const result = await startBriefs({
      config: config(file),
      getPack: bundledPack,
      publishers: [],
    });
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/is not a SQLite database/) });
  });
});
