// summit_briefs_total counts what happened to real deliveries: one posted, one failed for good, nothing for a slot
// that was already settled. (Before, nothing called briefPosted or briefFailed and the counter stayed empty.)
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefScheduler } from '../../src/briefs/brief-scheduler.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { FakeClock, FakePlatform, fakePublisher } from './fake-publisher.ts';
import { cleanUp, openTestStore } from './helpers.ts';

afterEach(cleanUp);

const notInChannel = Object.assign(new Error('An API error occurred: not_in_channel'), {
  code: 'slack_webapi_platform_error',
  data: { ok: false, error: 'not_in_channel' },
});

describe('brief metrics', () => {
  it('counts each posted and each failed brief by platform, once', async () => {
    const store = await openTestStore();
    for (const channelId of ['C0POSTED', 'C0REFUSED']) {
      await store.subscriptions.upsert(
        { platform: 'slack', channelId, time: '08:00', timezone: 'UTC', createdBy: 'U1' },
        new Date('2025-09-01T00:00:00Z'),
      );
    }
    const world = new FakePlatform();
    world.fail('C0REFUSED', { error: notInChannel });
    const clock = new FakeClock(Date.parse('2025-09-03T08:00:00Z'));
    const metrics = createMetrics();
    const scheduler = createBriefScheduler({
      store,
      publishers: [fakePublisher('slack', world, clock.now)],
      getPack: bundledPack,
      catchupHours: 6,
      clock,
      metrics,
    });
    await scheduler.runDue();
    await scheduler.runDue(); // both slots settled now: nothing more to count
    const counted = (await metrics.registry.getSingleMetric('summit_briefs_total')!.get()).values;
    expect(counted.map((v) => [v.labels, v.value])).toEqual([
      [{ platform: 'slack', outcome: 'posted' }, 1],
      [{ platform: 'slack', outcome: 'failed' }, 1],
    ]);
  });
});
