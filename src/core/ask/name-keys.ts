// Finding the fact sheet's people in text: exactly in article sentences (every spelling and short name), and
// forgivingly in questions (typos, run-together names: "peseshkian", "kim jung un", "putn").
import { distance } from 'fastest-levenshtein';
import { allowedTypos } from '../match-name.ts';
import { isDictionaryWord } from './lexicon.ts';
import { indexOf, type NameKey } from '../pack-index.ts';
import type { Person, StoryPack } from '../story-pack.ts';

/** ask's view of the pack's one name index (pack-index.ts). */
export interface NameKeys {
  readonly people: readonly Person[];
  readonly keys: readonly NameKey[];
  readonly byFirstWord: ReadonlyMap<string, readonly NameKey[]>;
  readonly nameWords: ReadonlySet<string>;
}

export function buildNameKeys(pack: StoryPack): NameKeys {
  const index = indexOf(pack);
  return {
    people: pack.facts.people,
    keys: index.nameKeys,
    byFirstWord: index.nameKeysByFirstWord,
    nameWords: index.nameWords,
  };
}

/** People named in folded words, by exact spelling; each person once. */
export function personsIn(names: NameKeys, words: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = names.byFirstWord.get(words[i] ?? '');
    if (!candidates) continue;
    const key = candidates.find((k) => k.words.every((w, j) => words[i + j] === w));
    if (key && !found.includes(key.personIndex)) found.push(key.personIndex);
  }
  return found;
}

export interface PersonsInQuestion {
  readonly persons: number[];
  /** Positions of the words that named them: they are not also searched as ordinary words. */
  readonly consumed: ReadonlySet<number>;
}

/**
 * People named in a question, allowing typos. `isOrdinaryWord` says a word is in the articles' vocabulary as a
 * common word: those are never bent into a name ("chose" is not "Choe").
 */
export function personsInQuestion(
  names: NameKeys,
  words: readonly string[],
  isOrdinaryWord: (word: string) => boolean,
  skip: ReadonlySet<number> = new Set(),
): PersonsInQuestion {
  const persons: number[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (consumed.has(i) || skip.has(i)) continue;
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      if (Array.from({ length: n }, (_, j) => i + j).some((j) => skip.has(j))) continue;
      const gram = words.slice(i, i + n);
      const person = bestKey(names, gram, isOrdinaryWord);
      if (person === undefined) continue;
      if (!persons.includes(person)) persons.push(person);
      for (let j = i; j < i + n; j++) consumed.add(j);
      break;
    }
  }
  return { persons, consumed };
}

function bestKey(names: NameKeys, gram: readonly string[], isOrdinaryWord: (w: string) => boolean): number | undefined {
  const compact = gram.join('');
  let best: { person: number; d: number } | undefined;
  for (const key of names.keys) {
    if (key.wordsCompact === compact) return key.personIndex;
    if (key.words.length !== gram.length && Math.abs(key.words.length - gram.length) > 1) continue;
    const allowed = allowedTypos(key.wordsCompact.length);
    if (allowed === 0 || Math.abs(key.wordsCompact.length - compact.length) > allowed) continue;
    // A typo match needs every typed word to be unknown as an ordinary word, and at least 4 letters.
    if (gram.some((w) => w.length < 4 && !names.nameWords.has(w))) continue;
    if (gram.some((w) => !names.nameWords.has(w) && isOrdinaryWord(w))) continue;
    // A lone dictionary word ("chose") is not a misspelled name ("Choe"), even if no article uses it.
    if (gram.length === 1 && !names.nameWords.has(compact) && isDictionaryWord(compact)) continue;
    const d = distance(compact, key.wordsCompact);
    if (d <= allowed && (!best || d < best.d)) best = { person: key.personIndex, d };
  }
  return best?.person;
}
