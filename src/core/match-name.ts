// Finds the person a user means: forgiving case, accents, hyphens, word order, every spelling the fact sheet lists,
// small typos, and role words ("foreign minister").
import { distance } from 'fastest-levenshtein';
import { foldText } from './normalize-text.ts';
import { indexOf, type NameKey } from './pack-index.ts';
import type { Person, StoryPack } from './story-pack.ts';

export type NameMatch =
  | { kind: 'found'; person: Person }
  | { kind: 'ambiguous'; candidates: Person[] }
  | { kind: 'unknown'; closest?: Person };

/** Below this score a candidate is not offered as a match. */
const MATCH_THRESHOLD = 50;

export interface MatchOptions {
  /** Also match role words ("foreign minister"); off where a keyword search follows (timeline filters). */
  readonly byRole: boolean;
}

export function matchName(pack: StoryPack, query: string, options: MatchOptions = { byRole: true }): NameMatch {
  const ranked = rankPeople(pack, query, options);
  const top = ranked[0];
  if (!top || top.score < MATCH_THRESHOLD) {
    return { kind: 'unknown', closest: closestByDistance(pack, query) };
  }
  const tied = ranked.filter((r) => r.score === top.score);
  if (tied.length > 1) return { kind: 'ambiguous', candidates: tied.map((r) => r.person) };
  return { kind: 'found', person: top.person };
}

/** People ranked best first, for autocomplete and for matchName. */
export function rankPeople(
  pack: StoryPack,
  query: string,
  options: MatchOptions = { byRole: true },
): { person: Person; score: number }[] {
  const folded = foldText(query);
  if (folded === '') return [];
  const tokens = folded.split(' ');
  const index = indexOf(pack);
  const best = new Map<Person, number>();
  for (const key of index.nameKeys) {
    const score = scoreKey(folded, tokens, key);
    if (score > (best.get(key.person) ?? 0)) best.set(key.person, score);
  }
  for (const person of options.byRole ? pack.facts.people : []) {
    const roles = index.roleTokens.get(person.id);
    if (roles && tokens.every((t) => roles.has(t)) && (best.get(person) ?? 0) < MATCH_THRESHOLD) {
      best.set(person, MATCH_THRESHOLD);
    }
  }
  return [...best]
    .map(([person, score]) => ({ person, score }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.person.name.localeCompare(b.person.name));
}

function scoreKey(folded: string, tokens: readonly string[], key: NameKey): number {
  const compact = folded.replace(/ /g, '');
  if (compact === key.compact) return 100;
  if ([...tokens].sort().join(' ') === [...key.tokens].sort().join(' ')) return 95;
  if (tokens.every((t) => key.tokens.includes(t))) return 80;
  const typoTokens = tokens.map((t) => Math.min(...key.tokens.map((k) => tokenDistance(t, k))));
  if (typoTokens.every((d) => Number.isFinite(d))) return 70 - 5 * typoTokens.reduce((a, b) => a + b, 0);
  const whole = distance(compact, key.compact);
  if (whole <= allowedTypos(compact.length)) return 60 - 5 * whole;
  if (tokens.every((t) => key.tokens.some((k) => t.length >= 2 && k.startsWith(t)))) return 55;
  return 0;
}

/** Distance between two words when small enough to be a typo, else Infinity. */
function tokenDistance(typed: string, known: string): number {
  const d = distance(typed, known);
  return d <= allowedTypos(known.length) ? d : Infinity;
}

/**
 * The one typo policy for names (`who`, `timeline` filters and names in `ask` questions): edits forgiven in a word
 * or a run-together name of this many letters.
 */
export function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return length <= 9 ? 2 : 3;
}

function closestByDistance(pack: StoryPack, query: string): Person | undefined {
  const compact = foldText(query).replace(/ /g, '');
  let closest: { person: Person; d: number } | undefined;
  for (const key of indexOf(pack).nameKeys) {
    const d = distance(compact, key.compact) / Math.max(compact.length, key.compact.length);
    if (!closest || d < closest.d) closest = { person: key.person, d };
  }
  // Suggest only when the guess shares at least half its letters with the query.
  return closest && closest.d <= 0.5 ? closest.person : undefined;
}
