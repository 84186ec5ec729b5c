// Conflicts found, not written: sources that give different numbers for the same thing (how long an event of one kind
// lasted on one day, how many of a noun were counted), different times of day for an event of one kind on one day, or,
// inside one article, say both "done" and "still expected" of it, or date it on two nearby days. The topic names what
// differs ("How long the parade lasted, 3 Sep 2025"); each claim is the source's own short span, with its quote.
import type { CitationRef, Conflict } from '../pack-schema.ts';
import { formatDate } from '../dates.ts';
import type { ArticleEvent, EventQuantity } from './article-events.ts';
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

interface Entry {
  readonly id: string;
  readonly e: ArticleEvent;
}

type Found = Omit<Conflict, 'id'>;

/** How a topic names an event of each kind; a kind without a name here is named by its own word. */
const KIND_NOUNS: Readonly<Record<string, string>> = {
  talks: 'the talks',
  border: 'the border crossing',
  banquet: 'the dinner',
};

export function findConflicts(events: readonly ClusterWithId[], published: ReadonlyMap<string, string>): Found[] {
  const entries: Entry[] = events.flatMap(({ id, cluster }) => cluster.sources.map((s) => ({ id, e: s.event })));
  return [...quantityConflicts(entries), ...timeOfDayConflicts(entries), ...doneOrExpected(entries, published)];
}

/** Durations of one kind of event on one day, and counts of one noun, that differ between sources. */
function quantityConflicts(entries: readonly Entry[]): Found[] {
  const groups = new Map<string, { entry: Entry; q: EventQuantity }[]>();
  for (const entry of entries) {
    for (const q of entry.e.quantities) {
      const key = q.unit === 'minutes' ? `${entry.e.date}|minutes|${kindOf(q.kinds, entry.e)}` : `count|${q.unit}`;
      groups.set(key, [...(groups.get(key) ?? []), { entry, q }]);
    }
  }
  const found: Found[] = [];
  for (const [key, items] of groups) {
    const [first] = items;
    if (!first) continue;
    const duration = key.includes('|minutes|');
    const topic = duration
      ? `How long ${nounOf(kindOf(first.q.kinds, first.entry.e))} lasted, ${formatDate(first.entry.e.date)}`
      : `How many ${first.q.unit}s`;
    push(found, topic, items.map((i) => i.entry), claimsBy(items, (i) => ({
      key: `${Math.round(i.q.value * 10) / 10}${i.q.besides ? '+' : ''}`,
      words: i.q.span,
      e: i.entry.e,
    }))); // prettier-ignore
  }
  return found;
}

/** Parts of the day for one kind of event on one day. The small hours run into the morning: those two agree. */
function timeOfDayConflicts(entries: readonly Entry[]): Found[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (!entry.e.partOfDay || entry.e.granularity !== 'day') continue;
    const key = `${entry.e.date}|${kindOf(entry.e.lineKinds, entry.e)}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const found: Found[] = [];
  for (const items of groups.values()) {
    const first = items[0]!.e;
    const topic = `Time of day of ${nounOf(kindOf(first.lineKinds, first))}, ${formatDate(first.date)}`;
    push(found, topic, items, claimsBy(items, ({ e }) => ({
      key: e.partOfDay === 'night' ? 'morning' : (e.partOfDay ?? ''),
      words: e.line,
      e,
    }))); // prettier-ignore
  }
  return found;
}

/** One article that says of one kind of event on one day both that it happened and that it is still expected. */
function doneOrExpected(entries: readonly Entry[], published: ReadonlyMap<string, string>): Found[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const { e } = entry;
    // Only sentences that date the event themselves, in an article published on or after that day.
    if (e.wording === undefined || (published.get(e.article) ?? '') < e.date || e.lineKinds.size === 0) continue;
    const key = `${e.article}|${e.date}|${kindOf(e.lineKinds, e)}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const found: Found[] = [];
  for (const items of groups.values()) {
    const first = items[0]!.e;
    const topic = `Done or still expected in one report: ${nounOf(kindOf(first.lineKinds, first))}, ${formatDate(first.date)}`;
    const claims = claimsBy(items, ({ e }) => ({ key: e.status, words: `${e.line} (${e.status === 'happened' ? 'reported done' : 'still expected'})`, e })); // prettier-ignore
    if (claims.length >= 2) found.push({ topic, people: [], events: [...new Set(items.map((i) => i.id))], claims });
  }
  return found;
}

/** One article dating the same kind of event, with the same people, on two days close together. */
export function findDateConflicts(events: readonly ArticleEvent[]): Found[] {
  const found: Found[] = [];
  const days = events.filter((e) => e.granularity === 'day' && e.lineKinds.size > 0 && e.people.size > 0);
  days.forEach((a, i) =>
    days.slice(i + 1).forEach((b) => {
      const apart = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / 86_400_000;
      const sameKind = a.lineKinds.size === b.lineKinds.size && [...a.lineKinds].every((k) => b.lineKinds.has(k));
      const samePeople = [...a.people].some((p) => b.people.has(p));
      // One of the two days comes from a relative word ("yesterday", a weekday) and the other is written out: the
      // article's relative words disagree with its own dates. Two written-out days are two events (a summit, then talks).
      const oneRelative = a.inferred !== b.inferred;
      if (apart === 0 || apart > 2 || !sameKind || !samePeople || !oneRelative || a.sentence === b.sentence) return;
      found.push({
        topic: `Two dates in one report: ${nounOf(kindOf(a.lineKinds, a))}`,
        people: [],
        events: [],
        claims: [a, b].map((e) => ({
          claim: `${e.line} (${formatDate(e.date)})`.slice(0, 300),
          citations: [{ article: e.article, quote: e.quote }],
        })),
      });
    }),
  );
  return found;
}

/** Two or more claims from two or more articles make a conflict. */
function push(found: Found[], topic: string, items: readonly Entry[], claims: Claim[]): void {
  const articles = new Set(claims.flatMap((c) => c.citations.map((x) => x.article)));
  if (claims.length < 2 || articles.size < 2) return;
  found.push({ topic: topic.slice(0, 200), people: [], events: [...new Set(items.map((i) => i.id))], claims });
}

function claimsBy<T>(items: readonly T[], pick: (item: T) => { key: string; words: string; e: ArticleEvent }): Claim[] {
  const claims = new Map<string, Claim>();
  for (const item of items) {
    const { key, words, e } = pick(item);
    const claim = claims.get(key) ?? { claim: words.slice(0, 300), citations: [] };
    if (!claim.citations.some((c) => c.article === e.article && c.quote === e.quote))
      claim.citations.push({ article: e.article, quote: e.quote });
    claims.set(key, claim);
  }
  return [...claims.values()];
}

/** The kind a conflict groups by: the first (alphabetically, so the same for every source) of the narrowest kinds. */
function kindOf(narrow: ReadonlySet<string>, e: ArticleEvent): string {
  return [...(narrow.size > 0 ? narrow : e.kinds)].sort()[0] ?? '';
}

function nounOf(kind: string): string {
  return kind === '' ? 'the event' : (KIND_NOUNS[kind] ?? `the ${kind}`);
}
