import { describe, expect, it } from 'vitest';
import { createBriefScheduler } from '../../src/briefs/brief-scheduler.ts';
import { idempotencyKeyOf } from '../../src/briefs/publisher.ts';
import { finishAnswer, say } from '../../src/core/answer-draft.ts';
import type { Store } from '../../src/store/index.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { FakeClock, FakePlatform, fakePublisher } from './fake-publisher.ts';
import { describeEachEngine, freshStore } from '../store/engines.ts';

const LEASE = 2 * 60_000;
const slot = { platform: 'slack' as const, channelId: 'C1', localDate: '2025-09-03' };

async function subscribe(store: Store, at = '2025-09-01T00:00:00Z', channelId = 'C1') {
  await store.subscriptions.upsert(
    { platform: 'slack', channelId, time: '08:00', timezone: 'Europe/Berlin', createdBy: 'U1' },
    new Date(at),
  );
}

function scheduler(store: Store, world: FakePlatform, clock: FakeClock, catchupHours = 6) {
  return createBriefScheduler({
    store,
    publishers: [fakePublisher('slack', world, clock.now)],
    getPack: bundledPack,
    catchupHours,
    clock,
    leaseMs: LEASE,
  });
}

// Every case runs on SQLite and on PostgreSQL (one throwaway cluster for the file, one database per test).
describeEachEngine('briefs', (engine) => {
  describe('exactly once per channel per local date', () => {
    it('posts at the local time and records the platform’s message id', async () => {
      const store = await freshStore(engine());
      await subscribe(store);
      const world = new FakePlatform();
      const clock = new FakeClock(Date.parse('2025-09-03T06:00:00Z')); // 08:00 in Berlin
      const results = await scheduler(store, world, clock).runDue();
      expect(results).toEqual([{ ...slot, outcome: 'posted' }]);
      expect(world.messages).toHaveLength(1);
      expect(world.messages[0]).toMatchObject({ channelId: 'C1', delayed: false, key: idempotencyKeyOf(slot) });
      expect(idempotencyKeyOf(slot).length).toBeLessThanOrEqual(25); // Discord nonce limit
      expect(await store.briefLog.get(slot)).toMatchObject({ state: 'posted', messageId: 'm1', delayed: false });
    });

    it('after a crash between posting and recording, the restarted bot finds the message and does not post again', async () => {
      const file = await engine().newLocation();
      const world = new FakePlatform();
      const clock = new FakeClock(Date.parse('2025-09-03T06:00:00Z'));
      const before = await engine().open(file);
      await subscribe(before);
      // The first process claims and posts, then dies before recording.
      expect(await before.briefLog.claim(slot, 'dead-process', clock.now(), LEASE, false)).toEqual({ kind: 'claimed' });
      await fakePublisher('slack', world, clock.now).post(
        'C1',
        finishAnswer({ status: 'answered', title: 't', summary: say('t'), sections: [] }),
        {
          idempotencyKey: idempotencyKeyOf(slot),
          delayed: false,
          kind: 'brief',
        },
      );

      clock.advance(30_000);
      const after = await engine().open(file);
      // Restarted within the lease: the claim might still be live elsewhere, so nothing happens yet.
      expect(await scheduler(after, world, clock).runDue()).toEqual([{ ...slot, outcome: 'busy' }]);
      clock.advance(LEASE);
      expect(await scheduler(after, world, clock).runDue()).toEqual([{ ...slot, outcome: 'found-existing' }]);
      expect(world.messages).toHaveLength(1);
      expect(world.postCalls).toBe(1);
      expect(await after.briefLog.get(slot)).toMatchObject({ state: 'posted', messageId: 'm1' });
    });

    it('after a crash between claiming and posting, the restarted bot posts once', async () => {
      const file = await engine().newLocation();
      const world = new FakePlatform();
      const clock = new FakeClock(Date.parse('2025-09-03T06:00:00Z'));
      const before = await engine().open(file);
      await subscribe(before);
      await before.briefLog.claim(slot, 'dead-process', clock.now(), LEASE, false);
      clock.advance(LEASE + 1000);
      const after = await engine().open(file);
      expect(await scheduler(after, world, clock).runDue()).toEqual([{ ...slot, outcome: 'posted' }]);
      expect(world.findCalls).toBe(1);
      expect(world.messages).toHaveLength(1);
    });

    it('two schedulers on one database post one brief between them', async () => {
      const file = await engine().newLocation();
      const world = new FakePlatform();
      const clock = new FakeClock(Date.parse('2025-09-03T06:00:00Z'));
      const a = await engine().open(file);
      const b = await engine().open(file);
      await subscribe(a);
      for (let c = 2; c <= 20; c += 1) await subscribe(a, undefined, `C${c}`);
      const [fromA, fromB] = await Promise.all([
        scheduler(a, world, clock).runDue(),
        scheduler(b, world, clock).runDue(),
      ]);
      const outcomes = [...fromA, ...fromB].map((r) => r.outcome);
      expect(outcomes.filter((o) => o === 'posted')).toHaveLength(20);
      expect(world.messages).toHaveLength(20);
      expect(new Set(world.messages.map((m) => m.channelId)).size).toBe(20);
    });

    it('a duplicate timer firing for the same slot posts nothing more', async () => {
      const store = await freshStore(engine());
      await subscribe(store);
      const world = new FakePlatform();
      const clock = new FakeClock(Date.parse('2025-09-03T06:00:00Z'));
      const s = scheduler(store, world, clock);
      await Promise.all([s.runDue(), s.runDue(), s.runDue({ platform: 'slack', channelId: 'C1' })]);
      clock.advance(60_000);
      expect(await s.runDue()).toEqual([]);
      expect(world.messages).toHaveLength(1);
    });
  });

  describe('catching up after downtime', () => {
    it('posts a missed brief on return, marked delayed, within BRIEF_CATCHUP_HOURS', async () => {
      const store = await freshStore(engine());
      await subscribe(store);
      const world = new FakePlatform();
      const clock = new FakeClock(Date.parse('2025-09-03T11:00:00Z')); // 5 h after 08:00 Berlin
      const s = scheduler(store, world, clock);
      expect(await s.start()).toEqual([{ ...slot, outcome: 'posted' }]);
      await s.stop();
      expect(world.messages[0]?.delayed).toBe(true);
      expect(await store.briefLog.get(slot)).toMatchObject({ state: 'posted', delayed: true });
    });

    it('skips and logs a brief missed for longer than the window', async () => {
      const store = await freshStore(engine());
      await subscribe(store);
      const world = new FakePlatform();
      const clock = new FakeClock(Date.parse('2025-09-03T13:00:00Z')); // 7 h late
      expect(await scheduler(store, world, clock).runDue()).toEqual([{ ...slot, outcome: 'skipped-too-late' }]);
      expect(world.messages).toHaveLength(0);
      expect(await store.briefLog.get(slot)).toMatchObject({
        state: 'skipped',
        lastError: 'missed by 7.0 h; BRIEF_CATCHUP_HOURS is 6',
      });
      expect(await scheduler(store, world, clock).runDue()).toEqual([]);
    });

    it('does not treat a time earlier today as missed when the channel subscribed after it', async () => {
      const store = await freshStore(engine());
      await subscribe(store, '2025-09-03T07:00:00Z'); // 09:00 Berlin, after today's 08:00
      const clock = new FakeClock(Date.parse('2025-09-03T08:00:00Z'));
      expect(await scheduler(store, new FakePlatform(), clock).runDue()).toEqual([]);
    });

    it('tells the next brief what is new since the previous one, and says "nothing new" when nothing is', async () => {
      const store = await freshStore(engine());
      await subscribe(store);
      await store.firstSeen.record(['000', '001', '004'], new Date('2025-09-02T00:00:00Z'));
      const world = new FakePlatform();
      const clock = new FakeClock(Date.parse('2025-09-03T06:00:00Z'));
      await scheduler(store, world, clock).runDue();
      clock.set('2025-09-04T06:00:00Z');
      await scheduler(store, world, clock).runDue();
      expect(world.messages.map((m) => m.answer.title)).toEqual([
        'Daily brief — 3 Sep 2025',
        'Daily brief — 4 Sep 2025: nothing new',
      ]);
    });
  });
});
