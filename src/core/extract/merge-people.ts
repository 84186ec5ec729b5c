// Merge step for people: one person per name across articles (transliteration variants together), with every
// spelling and every source's role, each role citing the sentence that gives it.
import { UNSTATED_COUNTRY, type CitationRef, type Person } from '../pack-schema.ts';
import type { ArticleExtraction } from './extract-article.ts';
import { sameName, soundsAlikeAcrossScripts, type WrittenName } from './name-key.ts';
import { slugOf, uniqueId } from './story-ids.ts';

/** Shown for a person the sources name without any title. */
export const NO_TITLE = 'no title given';

interface Cluster {
  words: string[];
  /** Every name that joined the cluster, as written: a name in the other script is compared with each. */
  written: WrittenName[];
  names: Map<string, number>;
  spellings: string[];
  roles: Map<string, CitationRef[]>;
  mentions: CitationRef[];
  country?: string;
}

export interface MergedPeople {
  readonly people: Person[];
  /** `${article}#${index in that article's people}` -> person id. */
  readonly idOf: ReadonlyMap<string, string>;
}

export function mergePeople(extractions: readonly ArticleExtraction[], takenIds: Set<string>): MergedPeople {
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, Cluster>();
  for (const x of extractions) {
    x.people.forEach((p, i) => {
      // By the cluster's first name, as one article groups its mentions; across scripts, by any name of the other.
      let cluster = clusters.find(
        (c) => sameName(c.words, p.words) || c.written.some((w) => soundsAlikeAcrossScripts(w, p)),
      );
      if (!cluster) {
        cluster = { words: p.words, written: [], names: new Map(), spellings: [], roles: new Map(), mentions: [] };
        clusters.push(cluster);
      }
      cluster.written.push({ name: p.name, words: p.words });
      cluster.names.set(p.name, (cluster.names.get(p.name) ?? 0) + p.sentences.size);
      for (const s of p.spellings) if (!cluster.spellings.includes(s)) cluster.spellings.push(s);
      for (const r of p.roles)
        cluster.roles.set(r.role, [...(cluster.roles.get(r.role) ?? []), { article: x.article, quote: r.quote }]);
      if (p.roles.length === 0) cluster.mentions.push({ article: x.article, quote: p.mentionQuote });
      cluster.country ??= p.country;
      clusterOf.set(`${x.article}#${i}`, cluster);
    });
  }
  const idByCluster = new Map<Cluster, string>();
  const people = clusters.map((c): Person => {
    const name = canonicalName(c);
    const id = uniqueId(slugOf(name), takenIds);
    idByCluster.set(c, id);
    const roles = [...c.roles].map(([role, citations]) => ({ role, citations }));
    return {
      id,
      name,
      spellings: fullSpellings(c.spellings),
      otherSpellings: [],
      shortNames: c.spellings.filter((s) => !s.includes(' ') && !s.includes('-')),
      country: c.country ?? UNSTATED_COUNTRY,
      key: false,
      roles: roles.length > 0 ? roles : [{ role: NO_TITLE, citations: c.mentions.slice(0, 3) }],
    };
  });
  const idOf = new Map([...clusterOf].map(([k, c]) => [k, idByCluster.get(c) ?? '']));
  return { people, idOf };
}

/** Full names; a person named by one word only ("his wife, Dana") keeps that word. */
function fullSpellings(spellings: readonly string[]): string[] {
  const full = spellings.filter((s) => s.includes(' ') || s.includes('-'));
  return full.length > 0 ? full : [...spellings];
}

/** The spelling used most, Latin script first (readers type Latin letters). */
function canonicalName(c: Cluster): string {
  const ranked = [...c.names].sort((a, b) => latin(b[0]) - latin(a[0]) || b[1] - a[1]);
  return ranked[0]?.[0] ?? c.spellings[0] ?? '?';
}

function latin(name: string): number {
  return /^[\p{Script=Latin}\s'’.-]+$/u.test(name) ? 1 : 0;
}
