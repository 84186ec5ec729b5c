import { describe, expect, it } from 'vitest';
import { answerStoryChanges } from '../../src/core/answer-story-changes.ts';
import type { FactSheet, TimelineEvent } from '../../src/core/pack-schema.ts';
import { diffFacts, storyChangeKeys, storyChanges, storyChangesOf } from '../../src/core/story-changes.ts';
import { bundledPack } from '../support/bundled-pack.ts';

// A story of its own (not the bundled one): a harbour board, its chair, a vote.
const chair = {
  id: 'anneli-virtanen',
  name: 'Anneli Virtanen',
  spellings: ['Anneli Virtanen'],
  otherSpellings: [],
  shortNames: [],
  country: 'Finland',
  key: false,
  roles: [{ role: 'board chair', citations: [{ article: '010', quote: 'Board chair Anneli Virtanen' }] }],
};
const vote = (status: 'happened' | 'expected'): TimelineEvent => ({
  id: 'board-vote',
  title: 'Harbour board votes on night shipping',
  date: '2026-03-13',
  precision: 'day',
  people: [],
  tags: [],
  sources: [{ article: '010', quote: 'The harbour board voted', wording: 'on Friday', status }],
});
const sheet = (over: Partial<FactSheet>): FactSheet => ({ people: [], timeline: [], conflicts: [], ...over });

describe('story changes', () => {
  it('finds a new person, a new event and a new conflict, by id', () => {
    const conflict = {
      id: 'vote-margin',
      topic: 'the margin of the vote',
      people: [],
      events: ['board-vote'],
      claims: [
        { claim: 'seven to two', citations: [{ article: '010', quote: 'seven to two' }] },
        { claim: 'six to three', citations: [{ article: '011', quote: 'six to three' }] },
      ],
    };
    const changes = diffFacts(
      sheet({}),
      sheet({ people: [chair], timeline: [vote('expected')], conflicts: [conflict] }),
    );
    expect(changes.map((c) => [c.kind, c.key])).toEqual([
      ['new-person', 'person:anneli-virtanen'],
      ['new-event', 'event:board-vote'],
      ['new-conflict', 'conflict:vote-margin'],
    ]);
  });

  it('reports an expected event now reported held, once', () => {
    const before = sheet({ timeline: [vote('expected')] });
    const after = sheet({ timeline: [vote('happened')] });
    expect(diffFacts(before, after).map((c) => c.kind)).toEqual(['event-held']);
    expect(diffFacts(after, after)).toEqual([]);
  });

  it('a new event already reported held is one change, not two', () => {
    expect(diffFacts(sheet({}), sheet({ timeline: [vote('happened')] })).map((c) => c.key)).toEqual([
      'event:board-vote',
    ]);
  });

  it('reads a recorded batch back as the changes it was: a new held event stays a new event', () => {
    const facts = sheet({ timeline: [vote('happened')] });
    expect(storyChangesOf(facts, new Set(['event:board-vote', 'event-held:board-vote'])).map((c) => c.kind)).toEqual([
      'new-event',
    ]);
    expect(storyChangesOf(facts, new Set(['event-held:board-vote'])).map((c) => c.kind)).toEqual(['event-held']);
  });

  it('nothing new gives nothing', () => {
    const facts = sheet({ people: [chair], timeline: [vote('happened')] });
    expect(storyChanges(storyChangeKeys(facts), facts)).toEqual([]);
  });
});

describe('answerStoryChanges', () => {
  it('lists exactly the changes, each with its source, and a button per change', () => {
    const pack = bundledPack();
    const [person] = pack.facts.people;
    const [event] = pack.facts.timeline;
    if (!person || !event) throw new Error('bundled pack has people and events');
    const known = storyChangeKeys(pack.facts);
    known.delete(`person:${person.id}`);
    known.delete(`event:${event.id}`);
    const answer = answerStoryChanges(pack, storyChanges(known, pack.facts));
    expect(answer.title).toBe('The story changed: 2 new facts');
    const lines = answer.sections.flatMap((s) => s.lines);
    expect(lines.map((l) => l.ref)).toEqual([
      { type: 'person', id: person.id },
      { type: 'event', id: event.id },
    ]);
    for (const line of lines) {
      expect(line.citations).toHaveLength(1);
      const source = answer.sources.find((s) => s.n === line.citations[0]?.source);
      expect(pack.articleById.get(source?.articleId ?? '')?.body).toContain(line.citations[0]?.quote.slice(0, 20));
    }
    expect(answer.actions).toEqual([
      { type: 'run', label: `Who is ${person.name}`, command: `who ${person.name}` },
      { type: 'run', label: `Timeline ${event.date}`, command: `timeline ${event.date}` },
    ]);
  });
});
