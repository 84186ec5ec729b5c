// `timeline` and `timeline <filter>`: events in date order, with each source's own wording and status.
import { say, type DraftAnswer, type DraftLine, type DraftPart } from './answer-draft.ts';
import { citeRef, publishedLabel } from './cite.ts';
import { conflictSections } from './answer-conflicts.ts';
import { formatDate, isWithin, parseDateFilter, periodOf } from './dates.ts';
import { matchName } from './match-name.ts';
import { foldText } from './normalize-text.ts';
import { indexOf } from './pack-index.ts';
import { sortedEvents } from './timeline-order.ts';
import type { Article, StoryPack, TimelineEvent } from './story-pack.ts';

export function answerTimeline(pack: StoryPack, filter?: string): DraftAnswer {
  const { events, described } = filter ? filterEvents(pack, filter) : { events: pack.facts.timeline, described: '' };
  const sorted = sortedEvents(events);
  if (sorted.length === 0) {
    return {
      status: 'not-found',
      title: `No events for “${filter}”`,
      summary: say(
        'The sources date nothing that matches. Try a day (sep 3, 2025-09-02), a name (putin) or a word (parade).',
      ),
      sections: [],
    };
  }
  const years = sorted.map((e) => e.date.slice(0, 4)).sort();
  const span = years[0] === years.at(-1) ? `${years[0]}` : `${years[0]} – ${years.at(-1)}`;
  const ids = new Set(sorted.map((e) => e.id));
  return {
    status: 'answered',
    title: filter ? `Timeline: ${described}` : 'Timeline',
    summary: say(
      `${sorted.length} ${sorted.length === 1 ? 'event' : 'events'}, ${span}. Dates resolved from each source’s own words (quoted); “expected” means not yet happened when that source was published.`,
    ),
    sections: [
      { heading: 'Events', lines: sorted.map((e) => eventLine(pack, e)) },
      ...conflictSections(pack, (c) => c.events.some((id) => ids.has(id))),
    ],
  };
}

export function datePart(event: Pick<TimelineEvent, 'date' | 'precision' | 'qualifier'>): DraftPart {
  const before = event.qualifier === 'before';
  return {
    type: 'date',
    value: event.date,
    precision: event.precision,
    ...(before ? { before: true } : {}),
    label: `${before ? 'before ' : ''}${formatDate(event.date)}`,
  };
}

/**
 * One event: resolved date, what happened, and each source's own time words. Happened when any source reports it
 * held; otherwise expected, as of the sources that expected it ("expected as of 28 Aug 2025 (004)").
 */
export function eventLine(pack: StoryPack, event: TimelineEvent): DraftLine {
  const articlesWith = (status: 'happened' | 'expected') =>
    [...new Set(event.sources.filter((s) => s.status === status).map((s) => s.article))]
      .map((id) => pack.articleById.get(id))
      .filter((a): a is Article => a !== undefined)
      .sort((a, b) => a.published.localeCompare(b.published));
  const expectedBy = articlesWith('expected');
  const heldBy = articlesWith('happened');
  const asOf = (articles: readonly Article[]) =>
    `${[...new Set(articles.map((a) => publishedLabel(a)))].join(' and ')} (${articles.map((a) => a.id).join(', ')})`;
  const status = [
    expectedBy.length > 0 ? `expected as of ${asOf(expectedBy)}` : '',
    expectedBy.length > 0 && heldBy.length > 0 ? `reported held as of ${asOf(heldBy)}` : '',
  ]
    .filter((t) => t !== '')
    .join('; ');
  // The fact sheet's wording is the source's time words, sometimes with a note of ours ("(no day given)"): shown in
  // quotation marks with the article id, as a label, not as a verbatim quote (the citation carries that).
  const wordings = [...new Set(event.sources.map((s) => `“${s.wording}” (${s.article})`))].join(', ');
  // A reviewed event that also shows sources read by machine is marked extracted until an editor reviews them.
  const extracted = event.provenance === 'extracted' || event.sources.some((s) => s.provenance === 'extracted');
  const provenance = extracted ? 'extracted' : 'reviewed';
  return {
    kind: 'event',
    ref: { type: 'event', id: event.id },
    status: heldBy.length > 0 ? 'happened' : 'expected',
    provenance,
    parts: say(datePart(event), ` — ${event.title}${status ? ` — ${status}` : ''}. In the sources’ words: ${wordings}`),
    citations: event.sources.map((s) => citeRef(pack, s)),
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
