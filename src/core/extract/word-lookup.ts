// Fast membership tests over one language's word lists, built once per language.
import type { LanguageWords } from './language-words.ts';

export interface WordLookup {
  readonly words: LanguageWords;
  readonly title: ReadonlySet<string>;
  readonly relation: ReadonlySet<string>;
  readonly nonName: ReadonlySet<string>;
  readonly place: ReadonlySet<string>;
  readonly classifier: ReadonlySet<string>;
  readonly determiner: ReadonlySet<string>;
  /** Months, weekdays and relative day words: never part of a name. */
  readonly calendar: ReadonlySet<string>;
}

const cache = new WeakMap<LanguageWords, WordLookup>();

export function lookupFor(words: LanguageWords): WordLookup {
  const cached = cache.get(words);
  if (cached) return cached;
  const lookup: WordLookup = {
    words,
    title: new Set(words.titleWords),
    relation: new Set(words.relationWords),
    nonName: new Set(words.nonNameWords),
    place: new Set(words.placeWords),
    classifier: new Set(words.nonPersonClassifiers),
    determiner: new Set(words.determiners),
    calendar: new Set([
      ...Object.keys(words.months),
      ...Object.keys(words.weekdays),
      ...Object.keys(words.relativeDays),
    ]),
  };
  cache.set(words, lookup);
  return lookup;
}

/** "Korea's" -> "korea": possessives are looked up without their ending. */
export function bareLower(word: string): string {
  return word.toLowerCase().replace(/['’]s$/u, '');
}

export function countryOf(words: LanguageWords, phrase: string): string | undefined {
  const lower = phrase.toLowerCase();
  // Longest names first, so "north korean" wins over "korean".
  const keys = Object.keys(words.countries).sort((a, b) => b.length - a.length);
  for (const key of keys) {
    const at = lower.indexOf(key);
    if (at < 0) continue;
    const before = lower[at - 1];
    const after = lower[at + key.length];
    if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) {
      return words.countries[key];
    }
  }
  return undefined;
}
