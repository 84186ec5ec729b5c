// The scheduler's timers on a fake clock: briefs fire at local time in each channel's zone across DST. croner computes
// every next time (as in production); the fake clock fires them as it moves, so days pass in milliseconds.
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefScheduler, type BriefScheduler } from '../../src/briefs/brief-scheduler.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { FakeClock, FakePlatform, fakePublisher } from './fake-publisher.ts';
import { cleanUp, openTestStore } from './helpers.ts';

let running: BriefScheduler | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await cleanUp();
});

async function postsBetween(zone: string, time: string, from: string, days: number) {
  const clock = new FakeClock(Date.parse(from));
  const store = await openTestStore();
  await store.subscriptions.upsert(
    { platform: 'discord', channelId: 'D1', time, timezone: zone, createdBy: 'U1' },
    new Date(from),
  );
  const world = new FakePlatform();
  running = createBriefScheduler({
    store,
    publishers: [fakePublisher('discord', world, clock.now)],
    getPack: bundledPack,
    catchupHours: 6,
    clock,
    ticker: clock.ticker,
    sweepPattern: '*/10 * * * *',
  });
  await running.start();
  await clock.runTo(new Date(Date.parse(from) + days * 86_400_000).toISOString());
  const log = await store.sql.all('SELECT local_date, state, delayed FROM brief_log ORDER BY local_date');
  return { at: world.messages.map((m) => m.at.toISOString()), log };
}

describe('the scheduler on a fake clock', () => {
  it('posts 08:00 Europe/Berlin once a day through the spring-forward weekend', async () => {
    const { at, log } = await postsBetween('Europe/Berlin', '08:00', '2025-03-28T12:00:00Z', 3);
    expect(at).toEqual(['2025-03-29T07:00:00.000Z', '2025-03-30T06:00:00.000Z', '2025-03-31T06:00:00.000Z']);
    expect(log).toEqual([
      { local_date: '2025-03-29', state: 'posted', delayed: 0 },
      { local_date: '2025-03-30', state: 'posted', delayed: 0 },
      { local_date: '2025-03-31', state: 'posted', delayed: 0 },
    ]);
  });

  it('posts 08:00 America/New_York once a day through the fall-back weekend', async () => {
    const { at } = await postsBetween('America/New_York', '08:00', '2025-11-01T00:00:00Z', 3);
    expect(at).toEqual(['2025-11-01T12:00:00.000Z', '2025-11-02T13:00:00.000Z', '2025-11-03T13:00:00.000Z']);
  });

  it('posts a 01:30 New York brief once on the night 01:30 happens twice', async () => {
    const { at } = await postsBetween('America/New_York', '01:30', '2025-11-01T12:00:00Z', 2);
    expect(at).toEqual(['2025-11-02T05:30:00.000Z', '2025-11-03T06:30:00.000Z']);
  });

  it('posts a 02:30 Berlin brief on the night 02:30 does not exist, at 03:00', async () => {
    const { at, log } = await postsBetween('Europe/Berlin', '02:30', '2025-03-29T12:00:00Z', 2);
    expect(at).toEqual(['2025-03-30T01:00:00.000Z', '2025-03-31T00:30:00.000Z']);
    expect(log).toMatchObject([{ local_date: '2025-03-30' }, { local_date: '2025-03-31' }]);
  });
});
