// A pack whose sources give no day for any event (only months, years and background history): its timeline still
// answers, but has no story day to draw, so it offers no picture. Front ends meet it when a pack reload drops the days
// between showing "Show as picture" and its click.
import type { StoryPack } from '../../src/core/story-pack.ts';

export function withoutDays(pack: StoryPack): StoryPack {
  const timeline = pack.facts.timeline.filter((e) => e.precision !== 'day');
  return { ...pack, facts: { ...pack.facts, timeline }, eventById: new Map(timeline.map((e) => [e.id, e])) };
}
