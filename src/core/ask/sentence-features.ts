// What kind of answer a text can give, as bit flags: a "how many" question needs a number, a "when" a time.
// Computed once per sentence at index time from its folded words (places and people are read from WordNet at
// question time, on the few best candidates: answer-kinds.ts).

export const HAS_TIME = 1;
export const HAS_NUMBER = 2;
export const HAS_DURATION = 4;
/** Names a person from the fact sheet. */
export const HAS_PERSON = 16;
/** Names a day, not only a year or "recently": the best answer to "when". */
export const NAMES_DAY = 64;

import { isTimeWord } from './time-words.ts';

const NUMBER_WORDS = new Set(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million
  millions billion billions dozen dozens half couple several`.split(/\s+/),
);
const DURATION_UNITS = new Set(
  'second seconds minute minutes min mins hour hours day days week weeks month months year years decade decades'.split(
    ' ',
  ),
);
const YEAR = /^(19|20)\d\d$/;
const DIGITS = /^\d+(?:st|nd|rd|th)?$/;

export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word) || (DIGITS.test(word) && !YEAR.test(word));
}

// What each word can contribute, as bits, cached per word: indexing 300,000 sentences looks each word up once.
const W_NUMBER = 1;
const W_UNIT = 2;
/** A word time-words.ts reacts to. */
export const W_TIME = 32;
const bitsCache = new Map<string, number>();
const BITS_CACHE_LIMIT = 500_000;

export function wordBits(word: string): number {
  let bits = bitsCache.get(word);
  if (bits === undefined) {
    bits =
      (isNumberWord(word) ? W_NUMBER : 0) | (DURATION_UNITS.has(word) ? W_UNIT : 0) | (isTimeWord(word) ? W_TIME : 0);
    if (bitsCache.size >= BITS_CACHE_LIMIT) bitsCache.clear();
    bitsCache.set(word, bits);
  }
  return bits;
}

/** Flags for a folded text, and whether any word is a time word (HAS_TIME itself comes from time-words.ts). */
export function featureFlags(words: readonly string[]): number {
  return featureFlagsOf(words, words.map(wordBits));
}

/** featureFlags with each word's wordBits already looked up (the indexer caches them with the term id). */
export function featureFlagsOf(words: readonly string[], wordBitsList: ArrayLike<number>): number {
  let flags = 0;
  let lastNumberAt = -10;
  for (let i = 0; i < words.length; i++) {
    const bits = wordBitsList[i]!;
    if (bits === 0) continue;
    if (bits & W_NUMBER) {
      flags |= HAS_NUMBER;
      lastNumberAt = i;
    } else if (bits & W_UNIT && i - lastNumberAt <= 3) flags |= HAS_DURATION;
    if (bits & W_TIME) flags |= MAY_HAVE_TIME;
  }
  return flags;
}

/** Internal to indexing: some word might say when, so time-words.ts should read the sentence. */
export const MAY_HAVE_TIME = 128;
