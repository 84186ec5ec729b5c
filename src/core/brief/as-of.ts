// The pack as it stood on a given day: only articles published on or before it, and every timeline event seen
// through those articles alone, so a brief for 29 Aug 2025 cannot know what 2 Sep 2025 reported.
import { periodOf } from '../dates.ts';
import type { Article, StoryPack, TimelineEvent } from '../story-pack.ts';

export interface EventAsOf {
  /** The event with only the sources published by the brief's date. */
  readonly event: TimelineEvent;
  /** Some visible source says it happened; otherwise every visible source still expected it. */
  readonly happened: boolean;
  /** The event's period ended before the brief's date (an expected event that is overdue). */
  readonly due: boolean;
}

export function articlesAsOf(pack: StoryPack, date: string): Article[] {
  return pack.articles.filter((a) => a.published <= date);
}

export function eventsAsOf(pack: StoryPack, date: string): EventAsOf[] {
  const visible = new Set(articlesAsOf(pack, date).map((a) => a.id));
  return pack.facts.timeline.flatMap((event) => {
    const sources = event.sources.filter((s) => visible.has(s.article));
    if (sources.length === 0) return [];
    return [
      {
        event: { ...event, sources },
        happened: sources.some((s) => s.status === 'happened'),
        due: periodOf(event.date).end < date,
      },
    ];
  });
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
