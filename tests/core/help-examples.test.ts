// Help examples come from the loaded pack (its most-cited person, busiest day, most-cited article), never from one
// story written into the command definition.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerHelp, helpExamples } from '../../src/core/answer-help.ts';
import { exampleValuesOf, fillExample, timelineSuggestion } from '../../src/core/help-examples.ts';
import type { Person, TimelineEvent } from '../../src/core/pack-schema.ts';
import type { StoryPack } from '../../src/core/story-pack.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { REPO_ROOT } from '../support/run-cli.ts';

const cite = (article: string) => ({ article, quote: 'q' });
const person = (id: string, name: string, shortNames: string[], citations: number, article = '001'): Person => ({
  id,
  name,
  spellings: [name],
  otherSpellings: [],
  shortNames,
  country: 'Elsewhere',
  key: false,
  roles: [{ role: 'Harbour master', citations: Array.from({ length: citations }, () => cite(article)) }],
});
const event = (id: string, date: string, precision: TimelineEvent['precision']): TimelineEvent =>
  ({
    id,
    date,
    precision,
    title: id,
    sources: [{ ...cite('002'), wording: 'then', status: 'happened' }],
  }) as TimelineEvent;

/** A pack of another story: only the fact sheet matters to the examples. */
function packOf(people: Person[], timeline: TimelineEvent[]): StoryPack {
  return { ...bundledPack(), facts: { people, timeline, conflicts: [] } };
}

describe('help examples', () => {
  it('name the most-cited person by a short name no one else has, the busiest day and the most-cited article', () => {
    const pack = packOf(
      [person('ann-berg', 'Ann Berg', ['Berg'], 1), person('tom-lund', 'Tom Lund', ['Lund'], 4, '007')],
      [event('a', '2024-05-02', 'day'), event('b', '2024-05-03', 'day'), event('c', '2024-05-03', 'day')],
    );
    expect(exampleValuesOf(pack)).toEqual({ person: 'lund', day: '2024-05-03', article: '007' });
    expect(helpExamples(pack)).toEqual(
      expect.arrayContaining(['who lund', 'timeline 2024-05-03', 'timeline lund', 'sources 007']),
    );
    expect(timelineSuggestion(pack)).toBe('Try a day (2024-05-03), a name (lund) or a word of an event.');
  });

  it('use the full name when the short name is shared, and leave out examples the pack cannot fill', () => {
    const pack = packOf(
      [person('eva-lund', 'Eva Lund', ['Lund'], 2), person('tom-lund', 'Tom Lund', ['Lund'], 1)],
      [event('m', '2024-05', 'month')],
    );
    expect(exampleValuesOf(pack).person).toBe('eva lund');
    expect(fillExample('timeline {day}', exampleValuesOf(pack))).toBeUndefined();
    const help = answerHelp(pack);
    const timeline = help.sections.find((s) => s.heading.startsWith('/summit timeline'));
    expect(JSON.stringify(timeline)).not.toContain('{day}');
    expect(timelineSuggestion(pack)).toBe('Try a name (eva lund) or a word of an event.');
  });

  it('are not written into the command definition or the help: no person of the bundled story is named there', () => {
    const sources = [
      'commands/summit.ts',
      'src/core/answer-help.ts',
      'src/core/help-examples.ts',
      'src/core/answer-timeline.ts',
    ].map((f) => readFileSync(path.join(REPO_ROOT, f), 'utf8').toLowerCase());
    const names = bundledPack().facts.people.flatMap((p) => [...p.spellings, ...p.shortNames]);
    const named = names.filter((n) => sources.some((s) => s.includes(n.toLowerCase())));
    expect(named).toEqual([]);
  });
});
