import { describe, expect, it } from 'vitest';
import { deliverPost, type DeliveryDeps } from '../../src/briefs/deliver-post.ts';
import { classifyPublishError, PublishError } from '../../src/briefs/publish-error.ts';
import type { BriefPlatform, Store } from '../../src/store/index.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { FakeClock, FakePlatform, fakePublisher } from './fake-publisher.ts';
import { describeEachEngine, freshStore } from '../store/engines.ts';

const slackError = (error: string) =>
  Object.assign(new Error(`An API error occurred: ${error}`), {
    code: 'slack_webapi_platform_error',
    data: { ok: false, error },
  });
const discordError = (code: number, status: number) => Object.assign(new Error('Missing Access'), { code, status });

async function setupWith(open: () => Promise<Store>, platform: BriefPlatform = 'slack') {
  const store = await open();
  await store.subscriptions.upsert(
    { platform, channelId: 'C1', time: '08:00', timezone: 'UTC', createdBy: 'U1' },
    new Date('2025-09-01T00:00:00Z'),
  );
  const world = new FakePlatform();
  const clock = new FakeClock(Date.parse('2025-09-03T08:00:00Z'));
  const deps: DeliveryDeps = {
    store,
    publisher: fakePublisher(platform, world, clock.now),
    getPack: bundledPack,
    clock,
    leaseMs: 120_000,
    retry: { attempts: 5, baseMs: 1000, maxMs: 30_000 },
  };
  const subscription = await store.subscriptions.get(platform, 'C1');
  if (!subscription) throw new Error('no subscription');
  const deliver = () => deliverPost(deps, subscription, { kind: 'brief', key: '2025-09-03', delayed: false });
  return { store, world, clock, deliver, slot: { platform, channelId: 'C1', localDate: '2025-09-03' } };
}

async function expectFailing(store: Store, platform: BriefPlatform, error: RegExp) {
  expect(await store.subscriptions.get(platform, 'C1')).toMatchObject({
    status: 'failing',
    lastError: expect.stringMatching(error),
  });
  expect(await store.subscriptions.listActive()).toEqual([]);
}

// Every case runs on SQLite and on PostgreSQL (one throwaway cluster for the file, one database per test).
describeEachEngine('brief delivery errors', (engine) => {
  const setup = (platform?: BriefPlatform) => setupWith(() => freshStore(engine()), platform);

  describe('channel errors', () => {
    it.each(['not_in_channel', 'channel_not_found', 'is_archived'])(
      'Slack %s marks the subscription failing and is not retried',
      async (code) => {
        const { store, world, clock, deliver, slot } = await setup('slack');
        world.fail('C1', { error: slackError(code) });
        expect(await deliver()).toBe('failed-permanent');
        expect(world.postCalls).toBe(1);
        expect(clock.sleeps).toEqual([]);
        expect(await store.briefLog.get(slot)).toMatchObject({
          state: 'failed',
          lastError: expect.stringContaining(code),
        });
        await expectFailing(store, 'slack', new RegExp(code));
      },
    );

    it.each([
      [50001, 403, 'Missing Access'],
      [10003, 404, 'Unknown Channel'],
    ])('Discord %i (%s) marks the subscription failing and is not retried', async (code, status, name) => {
      const { store, world, deliver } = await setup('discord');
      world.fail('C1', { error: discordError(code, status) });
      expect(await deliver()).toBe('failed-permanent');
      expect(world.postCalls).toBe(1);
      await expectFailing(store, 'discord', new RegExp(`${code}: ${name}`));
    });

    it('retries transient errors with backoff, honouring Retry-After, then posts once', async () => {
      const { world, clock, deliver, store, slot } = await setup('slack');
      const rateLimited = Object.assign(new Error('rate limited'), {
        code: 'slack_webapi_rate_limited_error',
        retryAfter: 3,
      });
      world.fail('C1', { error: rateLimited }, { error: new Error('socket hang up') });
      expect(await deliver()).toBe('posted');
      expect(clock.sleeps).toEqual([3000, 2000]);
      expect(world.messages).toHaveLength(1);
      expect(await store.briefLog.get(slot)).toMatchObject({ state: 'posted', attempts: 3 });
    });

    it('checks the platform before retrying, so a timed-out post that landed is not posted twice', async () => {
      const { world, deliver, store, slot } = await setup('discord');
      world.fail('C1', { error: new Error('request timed out'), landed: true });
      expect(await deliver()).toBe('found-existing');
      expect(world.messages).toHaveLength(1);
      expect(await store.briefLog.get(slot)).toMatchObject({ state: 'posted', messageId: 'm1' });
    });

    it('gives up after a bounded number of attempts, with bounded waits', async () => {
      const { world, clock, deliver, store, slot } = await setup('slack');
      world.fail('C1', ...Array.from({ length: 10 }, () => ({ error: new Error('503 service unavailable') })));
      expect(await deliver()).toBe('failed-transient');
      expect(world.postCalls).toBe(5);
      expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000]);
      expect(await store.briefLog.get(slot)).toMatchObject({
        state: 'failed',
        lastError: expect.stringMatching(/^gave up after 5 attempts/),
      });
      expect((await store.subscriptions.get('slack', 'C1'))?.status).toBe('active');
    });

    it('classifies errors it cannot recognise as transient', () => {
      expect(classifyPublishError('slack', 'weird')).toMatchObject({ kind: 'transient' });
      expect(classifyPublishError('discord', { status: 500 })).toMatchObject({ kind: 'transient', code: '500' });
      const own = new PublishError('permanent', 'gone', 'channel deleted');
      expect(classifyPublishError('discord', own)).toBe(own);
    });
  });
});
