// The daily brief for one channel and one date: what is latest, what is new since that channel's previous brief,
// what to watch and who matters — every line cited, and nothing the sources had not published by that date.
import type { Answer } from '../answer-model.ts';
import { command, finishAnswer, say, type DraftAnswer, type DraftLine, type DraftSection } from '../answer-draft.ts';
import { cite, citeRef, KIND_LABELS, publishedLabel } from '../cite.ts';
import { formatDate, periodOf } from '../dates.ts';
import { eventLine } from '../answer-timeline.ts';
import { sentencesMentioning } from '../pack-index.ts';
import { sortedEvents } from '../timeline-order.ts';
import type { Article, Person, StoryPack } from '../story-pack.ts';
import { articlesAsOf, daysBetween, eventsAsOf, type EventAsOf } from './as-of.ts';

export interface BriefOptions {
  /** The brief's local date, YYYY-MM-DD. */
  readonly date: string;
  /** Local date of the channel's previous brief, for the "nothing new" message. */
  readonly previousBriefDate?: string;
  /** When the channel's previous brief was composed (ISO); articles first seen after it are new. */
  readonly previousBriefAt?: string;
  /** When the bot first saw each article (ISO). An article missing here counts as seen on its publication day. */
  readonly firstSeen: ReadonlyMap<string, string>;
}

/** "Latest" shows at most this many developments, all within this many days of the newest one. */
const MAX_LATEST = 5;
const LATEST_WINDOW_DAYS = 30;

export function composeBrief(pack: StoryPack, options: BriefOptions): Answer {
  return finishAnswer(draftBrief(pack, options));
}

export function draftBrief(pack: StoryPack, options: BriefOptions): DraftAnswer {
  const { date } = options;
  const title = `Daily brief — ${formatDate(date)}`;
  const fresh = newArticles(pack, options);
  if (options.previousBriefAt !== undefined && fresh.length === 0) {
    const since = options.previousBriefDate
      ? `the brief of ${formatDate(options.previousBriefDate)}`
      : 'the last brief';
    return {
      status: 'answered',
      title: `${title}: nothing new`,
      summary: say(
        `No new articles since ${since}, so nothing has changed in what the sources say. Ask `,
        command('timeline'),
        ' for the full picture.',
      ),
      sections: [],
    };
  }
  const events = eventsAsOf(pack, date);
  const sections: DraftSection[] = [
    { heading: 'Latest', lines: latestLines(pack, events) },
    { heading: 'New since the last brief', lines: fresh.map((a) => articleLine(a)) },
    { heading: 'What to watch', lines: watchLines(pack, events, date) },
    { heading: 'Who', lines: keyPeopleLines(pack, date) },
  ].filter((s) => s.lines.length > 0);
  if (sections.length === 0) {
    return {
      status: 'not-found',
      title,
      summary: say(`None of the sources had been published by ${formatDate(date)}.`),
      sections: [],
    };
  }
  const visible = articlesAsOf(pack, date).length;
  return {
    status: 'answered',
    title,
    summary: say(
      `From ${visible} ${visible === 1 ? 'source' : 'sources'} published by ${formatDate(date)}; ${newCount(fresh.length, options)}. Statuses are as the sources gave them on that date.`,
    ),
    sections,
  };
}

function newCount(count: number, options: BriefOptions): string {
  if (options.previousBriefAt === undefined) return 'no earlier brief, so all are listed as new';
  const since = options.previousBriefDate ? `the brief of ${formatDate(options.previousBriefDate)}` : 'the last brief';
  return `${count} new since ${since}`;
}

function newArticles(pack: StoryPack, options: BriefOptions): Article[] {
  const { previousBriefAt } = options;
  return articlesAsOf(pack, options.date).filter((a) => {
    if (previousBriefAt === undefined) return true;
    const seen = options.firstSeen.get(a.id) ?? `${a.published}T00:00:00.000Z`;
    return Date.parse(seen) > Date.parse(previousBriefAt);
  });
}

function latestLines(pack: StoryPack, events: readonly EventAsOf[]): DraftLine[] {
  const happened = sortedEvents(events.filter((e) => e.happened).map((e) => e.event)).reverse();
  const newest = happened[0];
  if (!newest) return [];
  const newestEnd = periodOf(newest.date).end;
  return happened
    .filter((e) => daysBetween(periodOf(e.date).end, newestEnd) <= LATEST_WINDOW_DAYS)
    .slice(0, MAX_LATEST)
    .map((e) => eventLine(pack, e));
}

function watchLines(pack: StoryPack, events: readonly EventAsOf[], date: string): DraftLine[] {
  const expected = events.filter((e) => !e.happened);
  const due = new Set(expected.filter((e) => e.due).map((e) => e.event.id));
  return sortedEvents(expected.map((e) => e.event)).map((event) => {
    const line = eventLine(pack, event);
    if (!due.has(event.id)) return line;
    // Overdue: say so instead of implying it happened — no source published by `date` reports the outcome.
    return {
      ...line,
      status: 'overdue' as const,
      parts: [...line.parts, ...say(` — its date has passed; no source by ${formatDate(date)} reports how it went`)],
    };
  });
}

function articleLine(article: Article): DraftLine {
  const lede = article.sentences[0];
  const headline = article.headline ? `“${article.headline}”` : '(no headline)';
  return {
    kind: 'article',
    ref: { type: 'article', id: article.id },
    parts: say(
      `${headline} — ${article.outlet}, ${publishedLabel(article)} · ${KIND_LABELS[article.kind]}${lede ? `. Lede: ${lede}` : ''}`,
    ),
    citations: [cite(article, lede ?? article.headline ?? article.outlet)],
  };
}

function keyPeopleLines(pack: StoryPack, date: string): DraftLine[] {
  const visible = new Set(articlesAsOf(pack, date).map((a) => a.id));
  return pack.facts.people.filter((p) => p.key).flatMap((person) => personLine(pack, person, visible));
}

function personLine(pack: StoryPack, person: Person, visible: ReadonlySet<string>): DraftLine[] {
  const roles = person.roles
    .map((r) => ({ role: r.role, citations: r.citations.filter((c) => visible.has(c.article)) }))
    .filter((r) => r.citations.length > 0);
  if (roles.length > 0) {
    return [
      {
        kind: 'role',
        ref: { type: 'person', id: person.id },
        parts: say(
          { type: 'person', personId: person.id, name: person.name },
          ` — ${roles.map((r) => r.role).join('; ')} (${person.country})`,
        ),
        citations: roles.flatMap((r) => r.citations.map((c) => citeRef(pack, c))),
      },
    ];
  }
  // No role sourced yet by this date: name the person with the first sentence that mentions them, if any.
  const mention = sentencesMentioning(pack, person).find((s) => visible.has(s.article.id));
  if (!mention) return [];
  return [
    {
      kind: 'mention',
      ref: { type: 'person', id: person.id },
      parts: say({ type: 'person', personId: person.id, name: person.name }, ` (${person.country})`),
      citations: [cite(mention.article, mention.text)],
    },
  ];
}
