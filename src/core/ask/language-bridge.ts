// English words for what a sentence in another language says in words extraction already reads in that language
// (src/core/extract/lang/): its event words ("desfile" is a parade, "переговоры" talks) and its country words
// ("japonés" is Japan). An English question then meets the sentence on those, as it meets it on names and
// numbers; the rest of the sentence's words stay out of its reach (docs/ask.md, "Other languages").
import { PREFIX_MIN } from '../extract/event-kinds.ts';
import { wordsFor } from '../extract/language-words.ts';
import { foldWords } from './tokenize.ts';

interface Bridge {
  readonly prefixes: readonly (readonly [string, readonly string[]])[];
  readonly words: ReadonlyMap<string, readonly string[]>;
}

const bridges = new Map<string, Bridge>();
const NONE: readonly string[] = [];

/** The English words a folded word of a sentence in `language` stands for; [] for English or an unknown word. */
export function englishFor(language: string | undefined, word: string): readonly string[] {
  if (language === undefined || language === 'en') return NONE;
  const bridge = bridgeFor(language);
  if (!bridge) return NONE;
  const found = bridge.words.get(word) ?? NONE;
  // Called for every word of every non-English sentence: no array is made unless an event word matches.
  let kinds: string[] | undefined;
  for (const [prefix, english] of bridge.prefixes) {
    if (word.startsWith(prefix)) (kinds ??= [...found]).push(...english);
  }
  return kinds ?? found;
}

function bridgeFor(language: string): Bridge | undefined {
  const cached = bridges.get(language);
  if (cached) return cached;
  const { words, supported } = wordsFor(language);
  if (!supported) return undefined;
  const prefixes: (readonly [string, readonly string[]])[] = [];
  for (const [trigger, kind] of Object.entries(words.eventKinds)) {
    const [folded] = foldWords(trigger);
    if (folded !== undefined && folded.length >= PREFIX_MIN) prefixes.push([folded, foldWords(kind)]);
  }
  const map = new Map<string, readonly string[]>();
  for (const [name, country] of Object.entries(words.countries)) {
    const folded = foldWords(name);
    // One word only: "estados unidos" is two words of a sentence, not one.
    if (folded.length === 1 && folded[0] !== undefined) map.set(folded[0], foldWords(country));
  }
  const bridge = { prefixes, words: map };
  bridges.set(language, bridge);
  return bridge;
}
