// Corrections where the wrong line was posted, on SQLite and PostgreSQL: a story update showed two facts in a Slack
// and a Discord channel; an editor confirms one and corrects the other. Each channel gets one correction and its
// original post is edited with a mark; the audit log holds both decisions; a restart and a second replica post nothing
// more; a non-editor is refused.
import { expect, it } from 'vitest';
import { applyDecisions, type ReviewDecision } from '../../src/core/extract/review-file.ts';
import { storyChangeKeys } from '../../src/core/story-changes.ts';
import type { StoryPack } from '../../src/core/story-pack.ts';
import type { ChannelContext } from '../../src/dispatch/channel-route.ts';
import { createReviewService, type ReviewPack } from '../../src/review/review-service.ts';
import type { Store } from '../../src/store/index.ts';
import { BASELINE_BATCH, createUpdateStore } from '../../src/store/updates.ts';
import { deliverPendingCorrections } from '../../src/updates/corrections.ts';
import { deliverPendingUpdates } from '../../src/updates/deliver-updates.ts';
import { recordStoryChanges } from '../../src/updates/record-changes.ts';
import { FakeClock, FakePlatform, fakePublisher } from '../briefs/fake-publisher.ts';
import { describeEachEngine } from '../store/engines.ts';
import { bundledPack } from '../support/bundled-pack.ts';

/** The pack store's saveReview, in memory: decisions applied to the bundled facts as the loader applies them. */
function memoryPack(): ReviewPack {
  let decisions: ReviewDecision[] = [];
  const base = bundledPack();
  let pack: StoryPack = base;
  return {
    current: () => pack,
    saveReview(next) {
      const ids = new Set(next.map((d) => d.id));
      decisions = [...decisions.filter((d) => !ids.has(d.id)), ...next];
      pack = { ...base, facts: applyDecisions(base.facts, decisions).facts };
      return { ok: true, pack };
    },
  };
}

const editor: ChannelContext = {
  platform: 'slack',
  channelId: 'C1',
  userId: 'U0EDITOR',
  canManage: false,
  canReview: true,
};

describeEachEngine('corrections', (engine) => {
  it('sends one correction per channel and decision, marks the original, and posts nothing twice', async () => {
    const clock = new FakeClock(Date.parse('2026-03-20T12:00:00Z'));
    const location = await engine().newLocation();
    const [a, b] = [await engine().open(location), await engine().open(location)] as [Store, Store];
    const slack = new FakePlatform();
    const discord = new FakePlatform();
    const publishers = [fakePublisher('slack', slack, clock.now), fakePublisher('discord', discord, clock.now)];
    const reviewPack = memoryPack();
    const pack = reviewPack.current();
    const [person] = pack.facts.people;
    const [event] = pack.facts.timeline;
    if (!person || !event) throw new Error('bundled pack has people and events');

    // A story update showed the person and the event in both channels.
    const updates = createUpdateStore(a.sql);
    for (const [platform, channelId] of [
      ['slack', 'C1'],
      ['discord', 'D1'],
    ] as const) {
      await updates.subscribe({ platform, channelId, createdBy: 'U1' }, new Date('2026-03-19T00:00:00Z'));
    }
    const known = [...storyChangeKeys(pack.facts)].filter(
      (k) => k !== `person:${person.id}` && k !== `event:${event.id}`,
    );
    await updates.recordBatch(BASELINE_BATCH, known, new Date('2026-03-19T00:00:00Z'));
    await recordStoryChanges(updates, pack, clock.now());
    const posted = { store: a, updates, publishers, getPack: () => pack, clock, leaseMs: 60_000 };
    expect(await deliverPendingUpdates(posted)).toEqual(['posted', 'posted']);

    clock.advance(3_600_000);
    const review = createReviewService({
      pack: reviewPack,
      audit: a.audit,
      now: clock.now,
      newDecisionId: (() => {
        let n = 0;
        return () => `decision-${(n += 1)}`;
      })(),
    });
    const refused = await review.handleReviewCommand(
      { ...editor, userId: 'U0READER', canReview: false },
      `hide ${person.id}`,
    );
    expect(refused).toMatchObject({ status: 'bad-input', title: 'Reviewing facts is for editors' });
    const confirmed = await review.handleReviewCommand(editor, `confirm ${event.id}`);
    expect(confirmed.summary[0]).toMatchObject({ text: expect.stringMatching(/^Confirmed “/) });
    const corrected = await review.handleReviewCommand(editor, `correct ${person.id} role="Acting Head of State"`);
    expect(corrected.summary[0]).toMatchObject({ text: expect.stringContaining('to “') });

    // Two replicas deliver at once: one correction per channel between them.
    const deps = (store: Store) => ({
      store,
      publishers,
      getPack: () => pack,
      clock,
      timezone: 'UTC',
      leaseMs: 60_000,
    });
    const outcomes = (
      await Promise.all([deliverPendingCorrections(deps(a)), deliverPendingCorrections(deps(b))])
    ).flat();
    expect(outcomes.filter((o) => o === 'posted')).toHaveLength(2);
    for (const [world, channel] of [
      [slack, 'C1'],
      [discord, 'D1'],
    ] as const) {
      const [original, correction] = world.inChannel(channel);
      expect(world.inChannel(channel)).toHaveLength(2);
      expect(correction?.answer.title).toBe('Correction to the update of 20 Mar, 12:00');
      expect(JSON.stringify(correction?.answer.sections)).toContain('It should say:');
      expect(correction?.key).toMatch(/^correction-[\w-]{13}$/);
      const edit = world.edits.find((e) => e.messageIds.includes(original!.id));
      expect(edit?.answer.title).toBe('(corrected) The story changed: 2 new facts');
      const marked = edit?.answer.sections.flatMap((s) => s.lines).find((l) => l.ref?.id === person.id);
      expect(marked?.parts.at(-1)).toEqual({
        type: 'text',
        text: expect.stringMatching(/^ \[corrected: now “.*Acting Head of State”\]$/),
      });
    }
    expect((await a.audit.latest(10)).map((e) => [e.action, e.factId, e.editor])).toEqual([
      ['correct', person.id, 'U0EDITOR'],
      ['confirm', event.id, 'U0EDITOR'],
    ]);

    // A restart: the same database, nothing more posted.
    const restarted = await engine().open(location);
    expect(await deliverPendingCorrections(deps(restarted))).toEqual(['already-settled', 'already-settled']);
    expect([slack.messages.length, discord.messages.length]).toEqual([2, 2]);
  });
});
