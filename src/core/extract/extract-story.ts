// The extracted layer of the story: every article's extraction merged into the fact sheet's own shape (people,
// timeline, conflicts, each fact citing article + verbatim quote), so consumers need no new code path. Each fact is
// listed in `details` with what a reader should know about it (read by machine, date inferred, time of day).
import type { Conflict, FactSheet, TimelineEvent } from '../pack-schema.ts';
import type { SkippedItem } from './annotated-article.ts';
import type { ArticleExtraction, ArticleInput } from './extract-article.ts';
import { ExtractionCache } from './extraction-cache.ts';
import { findConflicts, findDateConflicts, type ClusterWithId } from './find-conflicts.ts';
import { mergeEvents, type StoryEventSource } from './merge-events.ts';
import { mergePeople } from './merge-people.ts';
import { roleConflicts } from './role-conflicts.ts';
import { slugOf, uniqueId } from './story-ids.ts';

/** Written in `wording` when the sentence has no time words and the article dates it. */
export const DATED_BY_ARTICLE = '(no time words; dated from the article)';

export interface EventDetail {
  readonly inferred: boolean;
  readonly partOfDay?: string;
  readonly clock?: string;
}

export interface ExtractedStory {
  readonly facts: FactSheet;
  /** Event id -> per-source detail, in the order of the event's sources. */
  readonly eventDetails: ReadonlyMap<string, readonly EventDetail[]>;
  readonly skipped: readonly SkippedItem[];
}

export function extractStory(
  articles: readonly ArticleInput[],
  cache: ExtractionCache = new ExtractionCache(),
): ExtractedStory {
  const extractions = articles.map((a) => cache.extract(a));
  cache.sweep();
  return mergeStory(extractions, new Map(articles.map((a) => [a.id, a.published])));
}

export function mergeStory(
  extractions: readonly ArticleExtraction[],
  published: ReadonlyMap<string, string>,
): ExtractedStory {
  const { people, idOf } = mergePeople(extractions, new Set());
  const sources: StoryEventSource[] = extractions.flatMap((x) =>
    x.events.map((event) => ({
      event,
      people: new Set([...event.people].map((i) => idOf.get(`${x.article}#${i}`) ?? '')),
    })),
  );
  sources.sort(
    (a, b) =>
      a.event.date.localeCompare(b.event.date) ||
      (published.get(a.event.article) ?? '').localeCompare(published.get(b.event.article) ?? ''),
  );
  const eventIds = new Set<string>();
  const eventDetails = new Map<string, EventDetail[]>();
  const clusters: ClusterWithId[] = [];
  const timeline: TimelineEvent[] = mergeEvents(sources).map((cluster) => {
    const first = cluster.sources.find((s) => !s.event.inferred) ?? cluster.sources[0];
    const title = first?.event.line ?? '';
    const id = uniqueId(`${cluster.date}-${slugOf(title).split('-').slice(0, 5).join('-')}`, eventIds);
    clusters.push({ id, title, cluster });
    eventDetails.set(
      id,
      cluster.sources.map(({ event: e }) => ({
        inferred: e.inferred,
        ...(e.partOfDay ? { partOfDay: e.partOfDay } : {}),
        ...(e.clock ? { clock: e.clock } : {}),
      })),
    );
    return {
      id,
      title,
      date: cluster.date,
      precision: cluster.granularity,
      people: [...cluster.people].filter((p) => p !== ''),
      tags: [...cluster.kinds],
      sources: cluster.sources.map(({ event: e }) => ({
        article: e.article,
        quote: e.quote,
        wording: e.wording ?? DATED_BY_ARTICLE,
        status: e.status,
      })),
    };
  });
  const conflictIds = new Set<string>();
  const conflicts: Conflict[] = [
    ...findConflicts(clusters, published),
    ...extractions.flatMap((x) => findDateConflicts(x.events)),
    ...roleConflicts(people),
  ].map((c) => ({ ...c, id: uniqueId(slugOf(c.topic), conflictIds) }));
  return { facts: { people, timeline, conflicts }, eventDetails, skipped: extractions.flatMap((x) => x.skipped) };
}
