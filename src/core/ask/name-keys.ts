// Finding the fact sheet's people in text: exactly in article sentences (every spelling and short name), and
// forgivingly in questions (typos, run-together names: "peseshkian", "kim jung un", "putn").
import { distance } from 'fastest-levenshtein';
import { allowedTypos } from '../match-name.ts';
import { isDictionaryWord } from './lexicon.ts';
import type { Person, StoryPack } from '../story-pack.ts';
import { foldWords } from './tokenize.ts';

export interface NameKey {
  /** Index into pack.facts.people. */
  readonly person: number;
  readonly words: readonly string[];
  readonly compact: string;
}

export interface NameKeys {
  readonly people: readonly Person[];
  readonly keys: readonly NameKey[];
  /** Keys by their first word, longest first: exact matching costs one map lookup per word. */
  readonly byFirstWord: ReadonlyMap<string, readonly NameKey[]>;
  /** Every word of every key, so a name word is never mistaken for an ordinary word. */
  readonly nameWords: ReadonlySet<string>;
}

export function buildNameKeys(pack: StoryPack): NameKeys {
  const people = pack.facts.people;
  const keys = people.flatMap((p, person) =>
    [p.name, ...p.spellings, ...p.otherSpellings, ...p.shortNames].map((name): NameKey => {
      const words = foldWords(name);
      return { person, words, compact: words.join('') };
    }),
  );
  const byFirstWord = new Map<string, NameKey[]>();
  for (const key of keys) {
    const first = key.words[0];
    if (first === undefined) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), key]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { people, keys, byFirstWord, nameWords: new Set(keys.flatMap((k) => k.words)) };
}

/** People named in folded words, by exact spelling; each person once. */
export function personsIn(names: NameKeys, words: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = names.byFirstWord.get(words[i] ?? '');
    if (!candidates) continue;
    const key = candidates.find((k) => k.words.every((w, j) => words[i + j] === w));
    if (key && !found.includes(key.person)) found.push(key.person);
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
    if (key.compact === compact) return key.person;
    if (key.words.length !== gram.length && Math.abs(key.words.length - gram.length) > 1) continue;
    const allowed = allowedTypos(key.compact.length);
    if (allowed === 0 || Math.abs(key.compact.length - compact.length) > allowed) continue;
    // A typo match needs every typed word to be unknown as an ordinary word, and at least 4 letters.
    if (gram.some((w) => w.length < 4 && !names.nameWords.has(w))) continue;
    if (gram.some((w) => !names.nameWords.has(w) && isOrdinaryWord(w))) continue;
    // A lone dictionary word ("chose") is not a misspelled name ("Choe"), even if no article uses it.
    if (gram.length === 1 && !names.nameWords.has(compact) && isDictionaryWord(compact)) continue;
    const d = distance(compact, key.compact);
    if (d <= allowed && (!best || d < best.d)) best = { person: key.person, d };
  }
  return best?.person;
}
