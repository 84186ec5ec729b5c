// The timeline as a picture, declared as data: the story's days on a time axis, each with its best-sourced events as
// short labels, marked expected or disputed, with the number of sources behind each; plus a text alternative. A
// renderer (src/picture) draws it; this file decides what is shown, so the chart is tested without drawing.
import { isBetweenSources } from './answer-conflicts.ts';
import type { TimelineChart } from './answer-model.ts';
import { formatDate } from './dates.ts';
import type { StoryPack, TimelineEvent } from './story-pack.ts';
import { storyDays } from './timeline-days.ts';
import { sortedEvents } from './timeline-order.ts';

/**
 * Events drawn in all, the best-sourced of each day first; the rest are counted ("+3 more"). Keeps the picture
 * chat-sized: every day gets an equal share, at least MIN_PER_DAY.
 */
export const MAX_DRAWN = 24;
const MIN_PER_DAY = 4;
/** A label longer than this is cut at a word and ends in "…": the picture is read at a glance, the quote is in text. */
export const MAX_CHART_LABEL = 64;

export type { TimelineChart };
export type ChartDay = TimelineChart['days'][number];

export function timelineChart(pack: StoryPack, events: readonly TimelineEvent[] = pack.facts.timeline): TimelineChart {
  // Marked where sources disagree, as the text's "Sources differ" sections: not one report contradicting itself.
  const disputed = new Set(pack.facts.conflicts.filter(isBetweenSources).flatMap((c) => c.events));
  const { days, background } = storyDays(pack, sortedEvents(events));
  const dated = days.filter((d) => d.date.length === 10);
  const perDay = Math.max(MIN_PER_DAY, Math.floor(MAX_DRAWN / Math.max(1, dated.length)));
  const chartDays = dated.map((day): ChartDay => {
    const ranked = [...day.events].sort((a, b) => articles(b) - articles(a));
    const shown = ranked.slice(0, perDay).map((e) => ({
      id: e.id,
      label: shortLabel(e.title),
      status: e.sources.some((s) => s.status === 'happened') ? ('happened' as const) : ('expected' as const),
      sources: articles(e),
      disputed: disputed.has(e.id),
    }));
    return {
      date: day.date,
      label: day.heading.replace(/ \d{4}$/u, ''),
      events: shown,
      more: ranked.length - shown.length,
    };
  });
  const first = dated[0]?.date;
  const last = dated.at(-1)?.date;
  const drawn = chartDays.reduce((n, d) => n + d.events.length, 0);
  const total = chartDays.reduce((n, d) => n + d.events.length + d.more, 0);
  const span =
    !first || !last
      ? 'no dated days'
      : first === last
        ? formatDate(first)
        : `${formatDate(first)} – ${formatDate(last)}`;
  const dayCount = `${chartDays.length} ${chartDays.length === 1 ? 'day' : 'days'}`;
  const subtitle = `${span} · ${total} events on ${dayCount}, ${drawn} drawn · ${pack.articles.length} sources`;
  return {
    title: 'Timeline of the story',
    subtitle,
    days: chartDays,
    background: background.length,
    alt: altText(chartDays, subtitle, background.length),
  };
}

function articles(event: TimelineEvent): number {
  return new Set(event.sources.map((s) => s.article)).size;
}

/** The label cut at a word boundary, so no word is broken on the picture. */
export function shortLabel(title: string): string {
  const flat = title.replace(/\s+/gu, ' ').trim();
  if (flat.length <= MAX_CHART_LABEL) return flat;
  const cut = flat.slice(0, MAX_CHART_LABEL - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_CHART_LABEL / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/u, '')}…`;
}

/** What the picture is, as its text alternative and its caption open. */
export const PICTURE_LEAD = 'Timeline picture';

function altText(days: readonly ChartDay[], subtitle: string, background: number): string {
  const lines = days.map((d) => {
    const events = d.events.map((e) => {
      const marks = [e.status === 'expected' ? 'expected' : '', e.disputed ? 'sources differ' : ''].filter(Boolean);
      return `${e.label} (${e.sources} ${e.sources === 1 ? 'source' : 'sources'}${marks.length ? `; ${marks.join('; ')}` : ''})`;
    });
    return `${d.label}: ${events.join('; ')}${d.more > 0 ? `; and ${d.more} more` : ''}.`;
  });
  const history = background > 0 ? ` ${background} earlier events are background, listed in the text timeline.` : '';
  return `${PICTURE_LEAD}. ${subtitle}. ${lines.join(' ')}${history}`;
}
