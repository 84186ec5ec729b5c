// `timeline` and `timeline <filter>`: events in date order, with each source's own wording and status.
import type { Answer, AnswerLine } from './answer-model.ts';
import { citeRef, publishedLabel } from './cite.ts';
import { conflictSections } from './answer-conflicts.ts';
import { formatDate, isWithin, parseDateFilter, periodOf } from './dates.ts';
import { matchName } from './match-name.ts';
import { foldText } from './normalize-text.ts';
import { indexOf } from './pack-index.ts';
import { sortedEvents } from './timeline-order.ts';
import type { StoryPack, TimelineEvent } from './story-pack.ts';

export function answerTimeline(pack: StoryPack, filter?: string): Answer {
  const { events, described } = filter ? filterEvents(pack, filter) : { events: pack.facts.timeline, described: '' };
  const sorted = sortedEvents(events);
  if (sorted.length === 0) {
    return {
      status: 'not-found',
      title: `No events for “${filter}”`,
      summary:
        'The sources date nothing that matches. Try a day (sep 3, 2025-09-02), a name (putin) or a word (parade).',
      sections: [],
    };
  }
  const years = sorted.map((e) => e.date.slice(0, 4)).sort();
  const span = years[0] === years.at(-1) ? `${years[0]}` : `${years[0]} – ${years.at(-1)}`;
  const ids = new Set(sorted.map((e) => e.id));
  return {
    status: 'answered',
    title: filter ? `Timeline: ${described}` : 'Timeline',
    summary: `${sorted.length} ${sorted.length === 1 ? 'event' : 'events'}, ${span}. Dates resolved from each source’s own words (quoted); “expected” means not yet happened when that source was published.`,
    sections: [
      { heading: 'Events', lines: sorted.map((e) => eventLine(pack, e)) },
      ...conflictSections(pack, (c) => c.events.some((id) => ids.has(id))),
    ],
  };
}

/** One event: resolved date, what happened, the sources' own time words, and whether it was still expected. */
export function eventLine(pack: StoryPack, event: TimelineEvent): AnswerLine {
  const date = `${event.qualifier === 'before' ? 'before ' : ''}${formatDate(event.date)}`;
  const wordings = [...new Set(event.sources.map((s) => `“${s.wording}” (${s.article})`))].join(', ');
  const expectedBy = event.sources.filter((s) => s.status === 'expected');
  const happened = expectedBy.length < event.sources.length;
  const asOf = [...new Set(expectedBy.map((s) => pack.articleById.get(s.article)).filter((a) => a !== undefined))]
    .sort((a, b) => a.published.localeCompare(b.published))
    .map((a) => publishedLabel(a));
  const asOfText = [...new Set(asOf)].join(' and ');
  const status = happened ? '' : ` — expected as of ${asOfText}`;
  return {
    text: `${date} — ${event.title}${status}. In the sources’ words: ${wordings}`,
    citations: event.sources.map((s) => citeRef(pack, s)),
    ...(happened ? {} : { tags: ['expected' as const] }),
  };
}

function filterEvents(pack: StoryPack, filter: string): { events: TimelineEvent[]; described: string } {
  const period = parseDateFilter(filter, indexOf(pack).storyYear);
  if (period) {
    return { events: pack.facts.timeline.filter((e) => isWithin(periodOf(e.date), period)), described: period.label };
  }
  const name = matchName(pack, filter, { byRole: false });
  if (name.kind === 'found') {
    return {
      events: pack.facts.timeline.filter((e) => e.people.includes(name.person.id)),
      described: name.person.name,
    };
  }
  const words = foldText(filter)
    .split(' ')
    .filter((w) => w.length > 0);
  const events = pack.facts.timeline.filter((e) => {
    const text = ` ${foldText([e.title, ...e.tags, ...e.sources.flatMap((s) => [s.wording, s.quote])].join(' '))}`;
    return words.length > 0 && words.every((w) => text.includes(` ${w}`));
  });
  return { events, described: `“${filter}”` };
}
