// Conflicts found, not written: within one merged event, sources that give different numbers for the same thing
// (a duration, a count of the same noun), different times of day, or, inside one article, say both "happened" and
// "expected" of the same day's event; and one article dating the same kind of event with the same people on two
// nearby days. Each claim is the source's own words with its quote.
import type { CitationRef, Conflict } from '../pack-schema.ts';
import type { ArticleEvent } from './article-events.ts';
import type { EventCluster } from './merge-events.ts';

export interface ClusterWithId {
  readonly id: string;
  readonly title: string;
  readonly cluster: EventCluster;
}

interface Claim {
  claim: string;
  citations: CitationRef[];
}

export function findConflicts(
  events: readonly ClusterWithId[],
  published: ReadonlyMap<string, string>,
): Omit<Conflict, 'id'>[] {
  const found: Omit<Conflict, 'id'>[] = [];
  for (const { id, title, cluster } of events) {
    const sources = cluster.sources.map((s) => s.event);
    const people = [...cluster.people];
    const push = (topic: string, claims: Claim[]): void => {
      if (claims.length >= 2) found.push({ topic: `${topic}: ${title}`.slice(0, 200), people, events: [id], claims });
    };
    const units = new Set(sources.flatMap((e) => e.quantities.map((q) => q.unit)));
    for (const unit of units) {
      push(
        unit === 'minutes' ? 'How long it lasted' : `How many ${unit}s`,
        byValue(sources, (e) => e.quantities.find((q) => q.unit === unit)),
      );
    }
    push(
      'Time of day',
      byKey(sources, (e) => (e.partOfDay ? { key: e.partOfDay, words: e.wording ?? e.partOfDay } : undefined)),
    );
    for (const article of new Set(sources.map((e) => e.article))) {
      // Only sentences that date the event themselves: one dated by the article alone says nothing about its day.
      const own = sources.filter((e) => e.article === article && e.wording !== undefined);
      const pub = published.get(article) ?? '';
      if (pub < cluster.date) continue;
      push(
        'Done or still expected, in one article',
        byKey(own, (e) => ({ key: e.status, words: e.wording ?? e.line })),
      );
    }
  }
  return found;
}

/** One article dating the same kind of event, with the same people, on two days close together. */
export function findDateConflicts(events: readonly ArticleEvent[]): Omit<Conflict, 'id'>[] {
  const found: Omit<Conflict, 'id'>[] = [];
  const days = events.filter((e) => e.granularity === 'day' && e.kinds.size > 0 && e.people.size > 0);
  days.forEach((a, i) =>
    days.slice(i + 1).forEach((b) => {
      const apart = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / 86_400_000;
      const sameKind = [...a.kinds].some((k) => b.kinds.has(k));
      const samePeople = [...a.people].some((p) => b.people.has(p));
      if (apart === 0 || apart > 2 || !sameKind || !samePeople || a.sentence === b.sentence) return;
      found.push({
        topic: `Two dates for one event in one article: ${a.line}`.slice(0, 200),
        people: [],
        events: [],
        claims: [a, b].map((e) => ({
          claim: `${e.wording ?? e.date} (${e.date})`,
          citations: [{ article: e.article, quote: e.quote }],
        })),
      });
    }),
  );
  return found;
}

function byValue(
  sources: readonly ArticleEvent[],
  pick: (e: ArticleEvent) => { value: number; text: string } | undefined,
): Claim[] {
  return byKey(sources, (e) => {
    const q = pick(e);
    return q ? { key: String(Math.round(q.value * 10) / 10), words: q.text } : undefined;
  });
}

function byKey(
  sources: readonly ArticleEvent[],
  pick: (e: ArticleEvent) => { key: string; words: string } | undefined,
): Claim[] {
  const claims = new Map<string, Claim>();
  for (const e of sources) {
    const found = pick(e);
    if (!found) continue;
    const claim = claims.get(found.key) ?? { claim: found.words.slice(0, 300), citations: [] };
    if (!claim.citations.some((c) => c.article === e.article && c.quote === e.quote))
      claim.citations.push({ article: e.article, quote: e.quote });
    claims.set(found.key, claim);
  }
  return [...claims.values()];
}
