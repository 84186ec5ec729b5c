// One brief to 200 Discord channels through the real delivery code (scheduler -> deliverPost -> Discord publisher ->
// discord.js REST) and the fake Discord, with 429s on some channels: each channel gets the brief exactly once.
import { REST } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordPublisher } from '../../src/adapters/discord/brief-publisher.ts';
import { readRef } from '../../src/adapters/discord/brief-messages.ts';
import { createBriefScheduler } from '../../src/briefs/brief-scheduler.ts';
import { createLogger } from '../../src/log.ts';
import { FakeClock } from '../briefs/fake-publisher.ts';
import { cleanUp, openTestStore } from '../briefs/helpers.ts';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_TOKEN } from '../fakes/discord-harness.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const CHANNELS = Array.from({ length: 200 }, (_, i) => `7${String(i).padStart(17, '0')}`);
const RATE_LIMITED = CHANNELS.filter((_, i) => i % 10 === 3);

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  cleanUp();
});

describe('Discord brief fan-out', () => {
  it('delivers one brief to each of 200 channels exactly once, waiting out 429s, also when the timer fires twice', async () => {
    fake = await new FakeDiscord({ channels: { rateLimitOnce: RATE_LIMITED } }).listen();
    // Discord's global limit is 50 requests/s (discord.js's default); raised here so the test takes a second, not 8.
    const rest = new REST({ api: fake.apiUrl, globalRequestsPerSecond: 2000 }).setToken(FAKE_TOKEN);
    const store = await openTestStore();
    for (const channelId of CHANNELS) {
      await store.subscriptions.upsert(
        { platform: 'discord', channelId, time: '08:00', timezone: 'Europe/Berlin', createdBy: 'env' },
        new Date('2025-09-01T00:00:00Z'),
      );
    }
    const scheduler = createBriefScheduler({
      store,
      publishers: [createDiscordPublisher(rest, createLogger({ level: 'silent', secrets: [] }))],
      getPack: bundledPack,
      catchupHours: 6,
      clock: new FakeClock(Date.parse('2025-09-03T06:00:00Z')), // 08:00 in Berlin
      concurrency: 16,
    });

    const [first, second] = await Promise.all([scheduler.runDue(), scheduler.runDue()]);
    const again = await scheduler.runDue();
    await scheduler.stop();

    expect(first?.map((r) => r.outcome)).toEqual(CHANNELS.map(() => 'posted'));
    expect(second).toEqual(first); // the duplicate trigger joined the deliveries in flight
    expect(again).toEqual([]);
    // Every channel gets the whole brief, each of its messages once and in order (how many it takes is the
    // renderer's business: tests/adapters/discord/brief-messages.test.ts).
    const count = fake.channels.in(CHANNELS[0]!).length;
    expect(count).toBeGreaterThan(0);
    const whole = Array.from({ length: count }, (_, i) => `${i + 1}/${count}`);
    for (const channelId of CHANNELS) {
      const parts = fake.channels.in(channelId).map((m) => readRef(m));
      expect(parts.map((p) => `${p?.part}/${p?.parts}`)).toEqual(whole);
      const logged = await store.briefLog.get({ platform: 'discord', channelId, localDate: '2025-09-03' });
      expect(logged).toMatchObject({ state: 'posted', messageId: fake.channels.in(channelId)[0]?.id });
    }
    expect(fake.channels.rateLimits).toBe(RATE_LIMITED.length);
  });
});
