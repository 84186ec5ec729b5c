import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyChangeKeys } from '../../src/core/story-changes.ts';
import { openStore } from '../../src/store/open-store.ts';
import { BASELINE_BATCH, createUpdateStore } from '../../src/store/updates.ts';
import { deliverPendingUpdates } from '../../src/updates/deliver-updates.ts';
import { recordStoryChanges } from '../../src/updates/record-changes.ts';
import { FakePlatform, fakePublisher } from '../briefs/fake-publisher.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const clock = { now: () => new Date('2026-03-20T12:00:00Z'), sleep: async () => {} };

async function open(file: string) {
  const opened = await openStore(file, { now: clock.now });
  if (!opened.ok) throw new Error(opened.problem);
  return { store: opened.store, updates: createUpdateStore(opened.store.sql) };
}

describe('story updates', () => {
  it('posts one update per subscribed channel listing exactly the new facts, once, and not again after a restart', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'summit-updates-')), 'summit.db');
    const pack = bundledPack();
    const slack = new FakePlatform();
    const discord = new FakePlatform();
    const publishers = [fakePublisher('slack', slack, clock.now), fakePublisher('discord', discord, clock.now)];
    const [person] = pack.facts.people;
    const [event] = pack.facts.timeline;
    if (!person || !event) throw new Error('bundled pack has people and events');

    let { store, updates } = await open(file);
    await updates.subscribe({ platform: 'slack', channelId: 'C1', createdBy: 'U1' }, new Date('2026-03-19T00:00:00Z'));
    await updates.subscribe(
      { platform: 'discord', channelId: 'D1', createdBy: 'U2' },
      new Date('2026-03-19T00:00:00Z'),
    );
    // What was known before the new articles: everything but one person and one event.
    const before = [...storyChangeKeys(pack.facts)].filter(
      (k) => k !== `person:${person.id}` && k !== `event:${event.id}`,
    );
    await updates.recordBatch(BASELINE_BATCH, before, new Date('2026-03-19T00:00:00Z'));
    const deliver = () =>
      deliverPendingUpdates({ store, updates, publishers, getPack: () => pack, clock, leaseMs: 60_000 });

    expect(await recordStoryChanges(updates, pack, clock.now())).toMatch(/^[\w-]{16}$/);
    expect(await deliver()).toEqual(['posted', 'posted']);
    for (const world of [slack, discord]) {
      expect(world.messages).toHaveLength(1);
      const answer = world.messages[0]!.answer;
      expect(answer.title).toBe('The story changed: 2 new facts');
      expect(answer.sections.flatMap((s) => s.lines.map((l) => l.ref?.id))).toEqual([person.id, event.id]);
      expect(answer.sections.flatMap((s) => s.lines).every((l) => l.citations.length === 1)).toBe(true);
      expect(answer.actions.map((a) => a.type)).toEqual(['run', 'run']);
    }

    // Nothing new: nothing recorded, nothing posted.
    expect(await recordStoryChanges(updates, pack, clock.now())).toBeUndefined();
    expect(await deliver()).toEqual(['already-settled', 'already-settled']);

    await store.close();
    ({ store, updates } = await open(file));
    expect(await recordStoryChanges(updates, pack, clock.now())).toBeUndefined();
    await deliver();
    expect([slack.messages.length, discord.messages.length]).toEqual([1, 1]);

    // A channel subscribing later does not get earlier changes.
    await updates.subscribe({ platform: 'slack', channelId: 'C2', createdBy: 'U3' }, new Date('2026-03-20T13:00:00Z'));
    await deliver();
    expect(slack.inChannel('C2')).toEqual([]);
    await store.close();
  });

  it('the first run records the baseline and posts nothing', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'summit-updates-')), 'summit.db');
    const { store, updates } = await open(file);
    const world = new FakePlatform();
    await updates.subscribe({ platform: 'slack', channelId: 'C1', createdBy: 'U1' }, new Date('2026-03-19T00:00:00Z'));
    expect(await recordStoryChanges(updates, bundledPack(), clock.now())).toBeUndefined();
    const publishers = [fakePublisher('slack', world, clock.now)];
    expect(
      await deliverPendingUpdates({ store, updates, publishers, getPack: bundledPack, clock, leaseMs: 60_000 }),
    ).toEqual([]);
    expect(world.messages).toEqual([]);
    await store.close();
  });
});
