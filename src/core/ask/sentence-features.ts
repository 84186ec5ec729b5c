// What kind of answer a text can give, as bit flags: a "how many" question needs a number, a "where" a place.
// Computed once per sentence at index time from its folded words.

export const HAS_TIME = 1;
export const HAS_NUMBER = 2;
export const HAS_DURATION = 4;
export const HAS_PLACE = 8;
/** Names a person from the fact sheet. */
export const HAS_PERSON = 16;
/** Speaks of people by role ("leader", "officials", "observers"). */
export const HAS_PERSON_NOUN = 32;
/** Names a day, not only a year or "recently": the best answer to "when". */
export const NAMES_DAY = 64;

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
/** Words that are places wherever they stand. */
const LOCATIONS = new Set(
  `beijing tiananmen square capital pyongyang border city cities station moscow seoul tokyo washington tehran minsk
  kremlin street streets venue stadium abroad overseas`.split(/\s+/),
);
/** Countries are places only after a preposition of place: "in China", not "China's victory". */
const COUNTRIES = new Set('china korea russia ukraine japan usa iran belarus asia region country'.split(' '));
const PLACE_PREPOSITIONS = new Set('in at to into through from across near inside outside'.split(' '));
const PERSON_NOUNS = new Set(
  `leader leaders president presidents minister ministers official officials observers experts expert troops soldiers
  personnel delegation delegates guests guest heads head diplomats diplomat admin sister wife daughter envoy envoys
  spokesman spokeswoman spokesperson premier chairman general generals citizens populace`.split(/\s+/),
);

const YEAR = /^(19|20)\d\d$/;
const DIGITS = /^\d+(?:st|nd|rd|th)?$/;

export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word) || (DIGITS.test(word) && !YEAR.test(word));
}

/** Flags for a folded text; HAS_TIME and HAS_PERSON come from time-words.ts and name-keys.ts. */
export function featureFlags(words: readonly string[]): number {
  let flags = 0;
  let lastNumberAt = -10;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (isNumberWord(w)) {
      flags |= HAS_NUMBER;
      lastNumberAt = i;
    } else if (DURATION_UNITS.has(w) && i - lastNumberAt <= 3) flags |= HAS_DURATION;
    if (LOCATIONS.has(w) || (COUNTRIES.has(w) && isAfterPreposition(words, i))) flags |= HAS_PLACE;
    if (PERSON_NOUNS.has(w)) flags |= HAS_PERSON_NOUN;
  }
  return flags;
}

/** A preposition of place one or two words before ("in China", "to North Korea", "through the capital"). */
function isAfterPreposition(words: readonly string[], i: number): boolean {
  return PLACE_PREPOSITIONS.has(words[i - 1] ?? '') || PLACE_PREPOSITIONS.has(words[i - 2] ?? '');
}
