// `timeline` and `timeline <filter>`: the story's days in order, one short line per event, then background history
// and where sources differ; `timeline <event-id>` lists every source behind one event.
import { command, say, type DraftAnswer, type DraftLine, type DraftPart } from './answer-draft.ts';
import { citeRef, publishedLabel } from './cite.ts';
import { conflictSections, isBetweenSources } from './answer-conflicts.ts';
import { MACHINE_READ_NOTE } from './answer-plain-text.ts';
import { formatDate, isWithin, parseDateFilter, periodOf } from './dates.ts';
import { timelineSuggestion } from './help-examples.ts';
import { matchName } from './match-name.ts';
import { foldText } from './normalize-text.ts';
import { indexOf } from './pack-index.ts';
import { timelineChart } from './timeline-chart.ts';
import { storyDays } from './timeline-days.ts';
import { sortedEvents } from './timeline-order.ts';
import type { Article, StoryPack, TimelineEvent } from './story-pack.ts';

export function answerTimeline(pack: StoryPack, filter?: string): DraftAnswer {
  const one = filter ? pack.facts.timeline.find((e) => e.id === filter.trim()) : undefined;
  if (one) return answerEventSources(pack, one);
  const { events, described } = filter ? filterEvents(pack, filter) : { events: pack.facts.timeline, described: '' };
  const sorted = sortedEvents(events);
  if (sorted.length === 0) {
    return {
      status: 'not-found',
      // A pack with no dated events at all has no filter to name.
      title: filter ? `No events for “${filter}”` : 'No events',
      summary: say(`The sources date nothing that matches. ${timelineSuggestion(pack)}`),
      sections: [],
    };
  }
  const years = sorted.map((e) => e.date.slice(0, 4)).sort();
  const span = years[0] === years.at(-1) ? `${years[0]}` : `${years[0]} – ${years.at(-1)}`;
  const ids = new Set(sorted.map((e) => e.id));
  const { days, background } = storyDays(pack, sorted);
  const chart = timelineChart(pack, sorted);
  const mostHidden = [...sorted].sort((a, b) => articlesOf(b).length - articlesOf(a).length)[0];
  return {
    status: 'answered',
    title: filter ? `Timeline: ${described}` : 'Timeline',
    summary: say(
      `${sorted.length} ${sorted.length === 1 ? 'event' : 'events'}, ${span}: the story’s days, then background. Each line is the source’s own words; “expected” means not yet happened when that source was published.${sorted.some(isMachineRead) ? ` ${MACHINE_READ_NOTE}` : ''}`,
    ),
    sections: [
      ...days.map((day) => ({ heading: day.heading, lines: day.events.map((e) => eventLine(pack, e, day.date)) })),
      ...(background.length > 0 ? [{ heading: 'Background', lines: background.map((e) => eventLine(pack, e)) }] : []),
      // Sources that disagree; one report contradicting itself is a caveat `timeline <event-id>` shows with the event.
      ...conflictSections(pack, (c) => isBetweenSources(c) && c.events.some((id) => ids.has(id))),
    ],
    actions: [
      // "Show as picture" when the story has days to draw; the chart travels in the action, the command redraws it.
      ...(chart.days.length > 0
        ? [
            {
              type: 'picture' as const,
              label: 'Show as picture',
              command: filter ? `timeline ${filter}` : 'timeline',
              chart,
            },
          ]
        : []),
      // One button for the line that hides the most sources; every line names the command that lists all of its own.
      ...(mostHidden && articlesOf(mostHidden).length > MAX_QUOTES
        ? [
            {
              type: 'run' as const,
              label: `All ${articlesOf(mostHidden).length} sources: ${formatDate(mostHidden.date)}`,
              command: `timeline ${mostHidden.id}`,
            },
          ]
        : []),
    ],
  };
}

/** `timeline <event-id>`: the event's line, then every source behind it with its own time words and quote. */
function answerEventSources(pack: StoryPack, event: TimelineEvent): DraftAnswer {
  const lines = event.sources.map((s) => {
    const article = pack.articleById.get(s.article);
    return {
      kind: 'mention' as const,
      status: s.status,
      ...(s.provenance ? { provenance: s.provenance } : {}),
      parts: say(`${article ? `${article.outlet}, ${publishedLabel(article)}` : s.article}: “${s.wording}”`),
      citations: [citeRef(pack, s)],
    };
  });
  return {
    status: 'answered',
    title: `Timeline: ${event.title}`.slice(0, 300),
    summary: say(`${articlesOf(event).length} sources, each with its own time words and status.`),
    sections: [
      { heading: 'Event', lines: [{ ...eventLine(pack, event), citations: [], moreCitations: [] }] },
      { heading: 'Every source', lines },
      // Every disagreement about the event, one report contradicting itself included (the overview leaves those out).
      ...conflictSections(pack, (c) => c.events.includes(event.id)),
    ],
  };
}

/** The event's date as a part; `label` replaces how it reads (empty under the day's own heading). */
export function datePart(event: Pick<TimelineEvent, 'date' | 'precision' | 'qualifier'>, label?: string): DraftPart {
  const before = event.qualifier === 'before';
  return {
    type: 'date',
    value: event.date,
    precision: event.precision,
    ...(before ? { before: true } : {}),
    label: label ?? `${before ? 'before ' : ''}${formatDate(event.date)}`,
  };
}

/** A line shows at most this many sources' quotes; the rest are counted, and `timeline <event-id>` lists them all. */
export const MAX_QUOTES = 3;

/**
 * One event: its date, its label (a verbatim span of the first source that dates it), whether it was expected and
 * when it was reported held, and up to MAX_QUOTES sources, one per article ("and 37 more sources").
 */
/** A reviewed event that also shows sources read by machine is marked extracted until an editor reviews them. */
function isMachineRead(event: TimelineEvent): boolean {
  return event.provenance === 'extracted' || event.sources.some((s) => s.provenance === 'extracted');
}

export function eventLine(pack: StoryPack, event: TimelineEvent, day?: string): DraftLine {
  const firstAsOf = (status: 'happened' | 'expected'): string | undefined => {
    const first = articlesOf(event, status)
      .map((id) => pack.articleById.get(id))
      .filter((a): a is Article => a !== undefined)
      .sort((a, b) => a.published.localeCompare(b.published))[0];
    return first ? publishedLabel(first) : undefined;
  };
  const expectedAsOf = firstAsOf('expected');
  const heldAsOf = firstAsOf('happened');
  const status = expectedAsOf
    ? ` — expected as of ${expectedAsOf}${heldAsOf ? `; reported held as of ${heldAsOf}` : ''}`
    : '';
  const extracted = isMachineRead(event);
  const { shown, more: notShown } = rankedSources(event);
  const hidden = articlesOf(event).length - shown.length;
  const more =
    hidden > 0
      ? [` — and ${hidden} more ${hidden === 1 ? 'source' : 'sources'}: `, command(`timeline ${event.id}`)]
      : [];
  return {
    kind: 'event',
    ref: { type: 'event', id: event.id },
    status: heldAsOf ? 'happened' : 'expected',
    provenance: extracted ? 'extracted' : 'reviewed',
    // Under its own day's heading a line does not repeat the day: the date part keeps its value, its label is empty.
    parts:
      day === event.date && event.qualifier !== 'before'
        ? say(datePart(event, ''), `${event.title}${status}`, ...more)
        : say(datePart(event), ` — ${event.title}${status}`, ...more),
    citations: shown.map((s) => citeRef(pack, s)),
    ...(notShown.length > 0 ? { moreCitations: notShown.map((s) => citeRef(pack, s)) } : {}),
  };
}

/**
 * The sources a line shows: one per article, reviewed ones first, then reports after the event, each quote shown once,
 * at most MAX_QUOTES. `more` is every other source behind the event (each article and quote once), for the JSON.
 */
function rankedSources(event: TimelineEvent): { shown: TimelineEvent['sources']; more: TimelineEvent['sources'] } {
  const ranked = [...event.sources].sort(
    (a, b) =>
      Number(a.provenance === 'extracted') - Number(b.provenance === 'extracted') ||
      Number(a.status !== 'happened') - Number(b.status !== 'happened'),
  );
  const articles = new Set<string>();
  const quotes = new Set<string>();
  const shown = ranked
    .filter((s) => {
      if (articles.has(s.article) || quotes.has(s.quote)) return false;
      articles.add(s.article);
      quotes.add(s.quote);
      return true;
    })
    .slice(0, MAX_QUOTES);
  const cited = new Set(shown.map((s) => `${s.article}\u0000${s.quote}`));
  const more = ranked.filter((s) => {
    const key = `${s.article}\u0000${s.quote}`;
    if (cited.has(key)) return false;
    cited.add(key);
    return true;
  });
  return { shown, more };
}

function articlesOf(event: TimelineEvent, status?: 'happened' | 'expected'): string[] {
  return [...new Set(event.sources.filter((s) => !status || s.status === status).map((s) => s.article))];
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
