// A grown timeline says each thing once: a sentence that spans days is shown on its first day, and one report
// contradicting itself is a caveat shown with its event (`timeline <event-id>`), not a "sources differ" section of
// the overview.
import { describe, expect, it } from 'vitest';
import type { Conflict, TimelineEvent } from '../../src/core/pack-schema.ts';
import type { StoryPack } from '../../src/core/story-pack.ts';
import { timelineChart } from '../../src/core/timeline-chart.ts';
import { answerText } from '../support/answer-text.ts';
import { lineText } from '../support/answer-view.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const base = bundledPack();
const source = base.facts.timeline.find((e) => e.id === 'victory-day-parade')!.sources[0]!;
const SPAN = 'The harbour festival runs from the 2nd to the 3rd';
const spanning = (id: string, date: string): TimelineEvent =>
  ({ id, date, precision: 'day', title: SPAN, people: [], tags: [], sources: [source] }) as TimelineEvent;

function packWith(timeline: TimelineEvent[], conflicts: Conflict[]): StoryPack {
  return { ...base, facts: { ...base.facts, timeline: [...base.facts.timeline, ...timeline], conflicts } };
}

describe('timeline: each thing once', () => {
  it('shows a sentence dating an event on two days once, on the first, and still on the second day alone', () => {
    const pack = packWith([spanning('festival-a', '2025-09-02'), spanning('festival-b', '2025-09-03')], []);
    const lines = answerText(pack, 'timeline').sections.flatMap((s) => s.lines.map((l) => lineText(l)));
    expect(lines.filter((t) => t.startsWith(SPAN))).toHaveLength(1);
    const third = answerText(pack, 'timeline 2025-09-03').sections.flatMap((s) => s.lines.map((l) => lineText(l)));
    expect(third.some((t) => t.includes(SPAN))).toBe(true);
    // The picture draws it once too.
    const drawn = timelineChart(pack).days.flatMap((d) => d.events.map((e) => e.id));
    expect(drawn.filter((id) => id.startsWith('festival-'))).toEqual(['festival-a']);
  });

  it('leaves one report contradicting itself out of the overview, and shows it with its event', () => {
    const quote = { article: source.article, quote: source.quote };
    const oneReport: Conflict = {
      id: 'done-or-expected',
      topic: 'Done or still expected in one report: the parade',
      people: [],
      events: ['victory-day-parade'],
      claims: [
        { claim: 'held (reported done)', citations: [quote] },
        { claim: 'to be held (still expected)', citations: [quote] },
      ],
      provenance: 'extracted',
    };
    const pack = packWith([], [oneReport]);
    const headings = (command: string) => answerText(pack, command).sections.map((s) => s.heading);
    expect(headings('timeline').some((h) => h.includes('one report'))).toBe(false);
    expect(headings('timeline victory-day-parade')).toContain(
      'Sources differ: Done or still expected in one report: the parade',
    );
    const parade = timelineChart(pack)
      .days.flatMap((d) => d.events)
      .find((e) => e.id === 'victory-day-parade');
    expect(parade?.disputed).toBe(false);
  });
});
