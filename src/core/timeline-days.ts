// The story's own days and its background: events inside the span its articles cover (from a week before the first
// report to the last) are the story, grouped by day; anything earlier is background history, kept apart and short.
import { formatDate, periodOf } from './dates.ts';
import { addDays, weekdayOf } from './calendar.ts';
import type { StoryPack, TimelineEvent } from './story-pack.ts';

/** Days before the first report that still belong to the story (the announcement, the travel before the event). */
const LEAD_DAYS = 7;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export interface TimelineDay {
  /** The events' date as the fact sheet keeps it (a day, or a month / year with no day given). */
  readonly date: string;
  /** "Wed 3 Sep 2025", "Sep 2025 (no day given)". */
  readonly heading: string;
  readonly events: readonly TimelineEvent[];
}

/** First day of the story: LEAD_DAYS before its earliest article; undefined for a pack without articles. */
export function storyStart(pack: StoryPack): string | undefined {
  const first = pack.articles.map((a) => a.published).sort()[0];
  return first ? addDays(first, -LEAD_DAYS) : undefined;
}

/** Splits date-sorted events into the story's days (in order) and the background before them. */
export function storyDays(
  pack: StoryPack,
  sorted: readonly TimelineEvent[],
): { days: TimelineDay[]; background: TimelineEvent[] } {
  const start = storyStart(pack) ?? '';
  const background = sorted.filter((e) => periodOf(e.date).end < start);
  const days: TimelineDay[] = [];
  // One sentence that spans days ("the summit, which runs from 31/8 to 1/9") dates an event on each: the story's days
  // show it once, on the first (`timeline <day>` of a later day still shows it there).
  const shown = new Set<string>();
  for (const event of sorted.filter((e) => periodOf(e.date).end >= start)) {
    const key = `${event.title}\u0000${event.sources.map((s) => `${s.article}:${s.quote}`).join('\u0000')}`;
    if (shown.has(key)) continue;
    shown.add(key);
    const last = days.at(-1);
    if (last && last.date === event.date) (last.events as TimelineEvent[]).push(event);
    else days.push({ date: event.date, heading: dayHeading(event.date), events: [event] });
  }
  return { days, background };
}

export function dayHeading(date: string): string {
  if (date.length !== 10) return `${formatDate(date)} (no day given)`;
  const weekday = WEEKDAYS[weekdayOf(date)] ?? '';
  return `${weekday} ${formatDate(date)}`;
}
