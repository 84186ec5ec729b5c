// Merge step for events: one event per happening across articles. Two reports are one event when they fall on the
// same day (or month, or year) and either report the same kind of event without naming different people, or say it
// in largely the same words. Each source keeps its own wording and status ("expected" as of its date).
import type { Granularity } from './annotated-article.ts';
import type { ArticleEvent } from './article-events.ts';

export interface StoryEventSource {
  readonly event: ArticleEvent;
  readonly people: ReadonlySet<string>;
}

export interface EventCluster {
  readonly date: string;
  readonly granularity: Granularity;
  readonly sources: StoryEventSource[];
  readonly kinds: Set<string>;
  readonly people: Set<string>;
}

const SAME_WORDS = 0.5;

export function mergeEvents(sources: readonly StoryEventSource[]): EventCluster[] {
  const clusters: EventCluster[] = [];
  // Only clusters of the same date and granularity can take a source: look those up instead of scanning all.
  const byDay = new Map<string, EventCluster[]>();
  // The distinct lines of each cluster, and each line's words, computed once: syndicated copies repeat lines, and a
  // pack of thousands of articles must not compare every pair of them again and again.
  const linesOf = new Map<EventCluster, Set<string>>();
  const words = wordSets();
  for (const source of sources) {
    const e = source.event;
    const key = `${e.granularity}\u0000${e.date}`;
    const sameDay = byDay.get(key) ?? [];
    const cluster = sameDay.find((c) => belongs(c, source, linesOf.get(c) ?? new Set(), words));
    if (cluster) {
      cluster.sources.push(source);
      linesOf.get(cluster)?.add(e.line);
      for (const k of e.kinds) cluster.kinds.add(k);
      for (const p of source.people) cluster.people.add(p);
    } else {
      const created: EventCluster = {
        date: e.date,
        granularity: e.granularity,
        sources: [source],
        kinds: new Set(e.kinds),
        people: new Set(source.people),
      };
      clusters.push(created);
      sameDay.push(created);
      byDay.set(key, sameDay);
      linesOf.set(created, new Set([e.line]));
    }
  }
  return clusters;
}

function belongs(
  cluster: EventCluster,
  source: StoryEventSource,
  lines: ReadonlySet<string>,
  words: (line: string) => ReadonlySet<string>,
): boolean {
  const sharedKind = [...source.event.kinds].some((k) => cluster.kinds.has(k));
  const peopleAgree =
    source.people.size === 0 || cluster.people.size === 0 || [...source.people].some((p) => cluster.people.has(p));
  if (sharedKind && peopleAgree) return true;
  if (lines.has(source.event.line)) return true;
  const mine = words(source.event.line);
  for (const line of lines) if (jaccard(words(line), mine) >= SAME_WORDS) return true;
  return false;
}

/** Content words (4+ letters) of a line, memoised per line text. */
function wordSets(): (line: string) => ReadonlySet<string> {
  const memo = new Map<string, ReadonlySet<string>>();
  return (line) => {
    let found = memo.get(line);
    if (!found) {
      found = new Set(line.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
      memo.set(line, found);
    }
    return found;
  };
}

/** Share of content words (4+ letters) the two lines have in common (Jaccard). */
export function similarity(a: string, b: string): number {
  const words = wordSets();
  return jaccard(words(a), words(b));
}

function jaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}
