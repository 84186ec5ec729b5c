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
  for (const source of sources) {
    const e = source.event;
    const cluster = clusters.find((c) => c.date === e.date && c.granularity === e.granularity && belongs(c, source));
    if (cluster) {
      cluster.sources.push(source);
      for (const k of e.kinds) cluster.kinds.add(k);
      for (const p of source.people) cluster.people.add(p);
    } else {
      clusters.push({
        date: e.date,
        granularity: e.granularity,
        sources: [source],
        kinds: new Set(e.kinds),
        people: new Set(source.people),
      });
    }
  }
  return clusters;
}

function belongs(cluster: EventCluster, source: StoryEventSource): boolean {
  const sharedKind = [...source.event.kinds].some((k) => cluster.kinds.has(k));
  const peopleAgree =
    source.people.size === 0 || cluster.people.size === 0 || [...source.people].some((p) => cluster.people.has(p));
  if (sharedKind && peopleAgree) return true;
  return cluster.sources.some((s) => similarity(s.event.line, source.event.line) >= SAME_WORDS);
}

/** Share of content words (4+ letters) the two lines have in common (Jaccard). */
export function similarity(a: string, b: string): number {
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}
