// What WordNet says a word is: a kind of person or place, or a dictionary word at all. Used to check that a
// sentence gives the kind of thing asked for ("which official" -> a person).
import lemmatize from 'wink-lemmatizer';
import { senses, synsetAt } from './wordnet.ts';

/** Is-a ancestors the answer-kind check asks about, by their WordNet lemma. */
export type Category = 'person' | 'location' | 'structure' | 'way' | 'organization' | 'time_period' | 'document';
/** Levels of hypernyms walked: WordNet trees are rarely deeper than this below the categories above. */
const MAX_DEPTH = 10;
/** Senses whose ancestry counts: "station" is first a facility; rare senses would make everything a place. */
const SENSES = 2;

const cache = new Map<string, boolean>();
const CACHE_LIMIT = 50_000;

/** Whether a folded word (its noun lemma) is, in one of its commonest senses, a kind of `category`. */
export function isA(word: string, category: Category): boolean {
  const key = `${category}:${word}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const lemma = lemmatize.noun(word);
  let frontier = senses(lemma, 'n').slice(0, SENSES);
  const seen = new Set<number>();
  let found = false;
  for (let depth = 0; depth <= MAX_DEPTH && frontier.length > 0 && !found; depth++) {
    const next: number[] = [];
    for (const offset of frontier) {
      if (seen.has(offset)) continue;
      seen.add(offset);
      const synset = synsetAt('n', offset);
      if (depth > 0 && synset.words.includes(category)) found = true;
      for (const p of synset.pointers) if (p.symbol === '@' || p.symbol === '@i') next.push(p.offset);
    }
    frontier = next;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, found);
  return found;
}

/** Whether WordNet knows the word at all (in any part of speech, as itself or its lemma). */
export function isDictionaryWord(word: string): boolean {
  return (
    senses(lemmatize.noun(word), 'n').length > 0 ||
    senses(lemmatize.verb(word), 'v').length > 0 ||
    senses(lemmatize.adjective(word), 'a').length > 0 ||
    senses(word, 'r').length > 0
  );
}
