// Orders timeline events: by the end of their period, so "Sep 2025" follows the September days it spans and "later
// in 2025" comes last; an event known only as "before D" sorts just ahead of D.
import { periodOf } from './dates.ts';
import type { TimelineEvent } from './story-pack.ts';

export function sortedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

function sortKey(event: TimelineEvent): string {
  return `${periodOf(event.date).end}${event.qualifier === 'before' ? '0' : '1'}`;
}
