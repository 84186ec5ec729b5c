// The store's behaviour, the same on both engines: migrations, subscriptions, first-seen times and the brief log's
// claims, including two connections (as two replicas would hold) racing for the same rows.
import { expect, it } from 'vitest';
import type { BriefSlot, SubscriptionInput } from '../../src/store/index.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { describeEachEngine, freshStore } from './engines.ts';

const T0 = new Date('2025-09-03T06:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const LEASE = 60_000;
const sub = (channelId: string, extra: Partial<SubscriptionInput> = {}): SubscriptionInput => ({
  platform: 'slack',
  channelId,
  time: '08:00',
  timezone: 'UTC',
  createdBy: 'U1',
  ...extra,
});
const slot = (channelId: string, localDate = '2025-09-03'): BriefSlot => ({
  platform: 'discord',
  channelId,
  localDate,
});

describeEachEngine('migrations', (engine) => {
  it('applies each migration once, however many processes open a new database together', async () => {
    const location = await engine().newLocation();
    const opened = await Promise.all([1, 2, 3].map(() => engine().open(location)));
    const again = await engine().open(location);
    const rows = await again.sql.all<{ version: number }>('SELECT version FROM migrations');
    expect(rows.map((r) => Number(r.version)).sort()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(opened).toHaveLength(3);
  });

  it('refuses a database from a newer schema instead of guessing', async () => {
    const location = await engine().newLocation();
    const store = await engine().open(location);
    await store.sql.run("INSERT INTO migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')");
    const known = MIGRATIONS.at(-1)?.version;
    await expect(engine().open(location)).rejects.toThrow(
      `written by a newer summit (schema v99; this one knows v${known})`,
    );
  });
});

describeEachEngine('subscriptions', (engine) => {
  it('creates, leaves unchanged, updates, and clears a failing status on resubscribe', async () => {
    const store = await freshStore(engine());
    expect(await store.subscriptions.upsert(sub('C1'), T0)).toBe('created');
    expect(await store.subscriptions.upsert(sub('C1'), later(1))).toBe('unchanged');
    expect(await store.subscriptions.upsert(sub('C1', { time: '09:15' }), later(2))).toBe('updated');
    await store.subscriptions.markFailing('slack', 'C1', 'not_in_channel', later(3));
    expect(await store.subscriptions.listActive()).toEqual([]);
    expect(await store.subscriptions.get('slack', 'C1')).toMatchObject({
      status: 'failing',
      lastError: 'not_in_channel',
    });
    expect(await store.subscriptions.upsert(sub('C1', { time: '09:15' }), later(4))).toBe('updated');
    expect(await store.subscriptions.get('slack', 'C1')).toEqual({
      platform: 'slack',
      channelId: 'C1',
      time: '09:15',
      timezone: 'UTC',
      createdBy: 'U1',
      createdAt: T0.toISOString(),
      updatedAt: later(4).toISOString(),
      status: 'active',
      lastError: null,
      teamId: null,
    });
  });

  it('lists active subscriptions by platform then channel, in byte order on both engines', async () => {
    const store = await freshStore(engine());
    for (const id of ['c2', 'C10', 'C2', 'a-1']) await store.subscriptions.upsert(sub(id), T0);
    await store.subscriptions.upsert(sub('0001', { platform: 'discord' }), T0);
    const listed = (await store.subscriptions.listActive()).map((s) => `${s.platform}:${s.channelId}`);
    expect(listed).toEqual(['discord:0001', 'slack:C10', 'slack:C2', 'slack:a-1', 'slack:c2']);
    expect((await store.subscriptions.listActive('discord')).map((s) => s.channelId)).toEqual(['0001']);
    expect(await store.subscriptions.remove('slack', 'C2')).toBe(true);
    expect(await store.subscriptions.remove('slack', 'C2')).toBe(false);
  });

  it('lets only one of two connections create the same channel at once', async () => {
    const location = await engine().newLocation();
    const [a, b] = await Promise.all([engine().open(location), engine().open(location)]);
    const results = await Promise.all([a!.subscriptions.upsert(sub('C1'), T0), b!.subscriptions.upsert(sub('C1'), T0)]);
    expect(results.sort()).toEqual(['created', 'unchanged']);
  });
});

describeEachEngine('first seen', (engine) => {
  it('keeps the first time each article was seen and counts only new ones, in batches beyond one statement', async () => {
    const store = await freshStore(engine());
    const many = Array.from({ length: 1001 }, (_, i) => String(i).padStart(4, '0'));
    expect(await store.firstSeen.record(['0001', '0002', '0002'], T0)).toBe(2);
    expect(await store.firstSeen.record(many, later(1000))).toBe(999);
    const seen = await store.firstSeen.all();
    expect(seen.size).toBe(1001);
    expect(seen.get('0002')).toBe(T0.toISOString());
    expect(seen.get('1000')).toBe(later(1000).toISOString());
  });
});

describeEachEngine('brief log', (engine) => {
  it('claims a slot once; a live claim is busy until its lease ends; a stale one is taken over once', async () => {
    const store = await freshStore(engine());
    const s = slot('D1');
    expect(await store.briefLog.claim(s, 'tok-a', T0, LEASE, false)).toEqual({ kind: 'claimed' });
    expect(await store.briefLog.renew(s, 'tok-a', later(10_000))).toBe(true);
    expect(await store.briefLog.claim(s, 'tok-b', later(20_000), LEASE, false)).toEqual({
      kind: 'busy',
      leaseEndsAt: later(70_000),
    });
    expect(await store.briefLog.claim(s, 'tok-b', later(70_001), LEASE, true)).toEqual({
      kind: 'taken-over',
      previousClaimedAt: later(10_000).toISOString(),
    });
    // The first holder has lost it: it can neither renew nor record.
    expect(await store.briefLog.renew(s, 'tok-a', later(70_002))).toBe(false);
    expect(await store.briefLog.recordPosted(s, 'tok-a', 'm-a', later(70_003))).toBe(false);
    await store.briefLog.recordAttempt(s, 'tok-b', '429: slow down');
    expect(await store.briefLog.recordPosted(s, 'tok-b', 'm-b', later(71_000))).toBe(true);
    const claimedAgain = await store.briefLog.claim(s, 'tok-c', later(999_999), LEASE, false);
    expect(claimedAgain).toMatchObject({ kind: 'settled', entry: { state: 'posted', messageId: 'm-b', attempts: 2 } });
    expect(await store.briefLog.get(s)).toEqual({
      ...s,
      state: 'posted',
      claimToken: 'tok-b',
      claimedAt: later(70_001).toISOString(),
      messageId: 'm-b',
      postedAt: later(71_000).toISOString(),
      delayed: true,
      attempts: 2,
      lastError: '429: slow down',
    });
  });

  it('frees a slot only for the claim holder, and only while claimed', async () => {
    const store = await freshStore(engine());
    const s = slot('D1');
    expect(await store.briefLog.claim(s, 'tok-a', T0, LEASE, false)).toEqual({ kind: 'claimed' });
    expect(await store.briefLog.release(s, 'tok-b')).toBe(false);
    expect(await store.briefLog.release(s, 'tok-a')).toBe(true);
    expect(await store.briefLog.get(s)).toBeUndefined();
    expect(await store.briefLog.claim(s, 'tok-b', later(1), LEASE, false)).toEqual({ kind: 'claimed' });
    expect(await store.briefLog.recordPosted(s, 'tok-b', 'm-b', later(2))).toBe(true);
    expect(await store.briefLog.release(s, 'tok-b')).toBe(false);
    expect(await store.briefLog.get(s)).toMatchObject({ state: 'posted' });
  });

  it('records skips only for empty slots, failures only by the holder, and finds the previous posted brief', async () => {
    const store = await freshStore(engine());
    expect(await store.briefLog.recordSkipped(slot('D1', '2025-09-01'), 'missed by 9.0 h', T0)).toBe(true);
    expect(await store.briefLog.recordSkipped(slot('D1', '2025-09-01'), 'again', T0)).toBe(false);
    for (const date of ['2025-09-02', '2025-09-03']) {
      await store.briefLog.claim(slot('D1', date), `t-${date}`, T0, LEASE, false);
      await store.briefLog.recordPosted(slot('D1', date), `t-${date}`, `m-${date}`, T0);
    }
    await store.briefLog.claim(slot('D1', '2025-09-04'), 't4', T0, LEASE, false);
    expect(await store.briefLog.recordFailed(slot('D1', '2025-09-04'), 'other', 'x')).toBe(false);
    expect((await store.briefLog.unsettled()).map((e) => e.localDate)).toEqual(['2025-09-04']);
    expect(await store.briefLog.recordFailed(slot('D1', '2025-09-04'), 't4', 'x'.repeat(600))).toBe(true);
    expect((await store.briefLog.get(slot('D1', '2025-09-04')))?.lastError).toHaveLength(500);
    expect(await store.briefLog.unsettled()).toEqual([]);
    const previous = await store.briefLog.previousPosted('discord', 'D1', '2025-09-04');
    expect(previous?.messageId).toBe('m-2025-09-03');
    expect((await store.briefLog.previousPosted('discord', 'D1', '2025-09-02'))?.state).toBeUndefined();
  });

  it('gives each of 40 slots to exactly one of three connections claiming all of them at once', async () => {
    const location = await engine().newLocation();
    const stores = await Promise.all([1, 2, 3].map(() => engine().open(location)));
    const slots = Array.from({ length: 40 }, (_, i) => slot(`D${i}`));
    const results = await Promise.all(
      stores.flatMap((store, n) => slots.map((s) => store.briefLog.claim(s, `tok-${n}`, T0, LEASE, false))),
    );
    expect(results.filter((r) => r.kind === 'claimed')).toHaveLength(40);
    expect(results.filter((r) => r.kind === 'busy')).toHaveLength(80);
    // All stale now: three connections race to take over; each slot goes to one.
    const takeovers = await Promise.all(
      stores.flatMap((store, n) =>
        slots.map((s) => store.briefLog.claim(s, `new-${n}`, later(LEASE + 1), LEASE, false)),
      ),
    );
    expect(takeovers.filter((r) => r.kind === 'taken-over')).toHaveLength(40);
  });
});
