// The country a nationality word names, from WordNet: "French" is France's (the adjective's pertainym), "Japanese"
// Japan's, "Chinese" China's (a member holonym of the people, or the domain region of the language). "Which French
// officials ..." is then not answered by someone the pack knows to be of another country.
import { lemmatizer } from './lemmatizer.ts';
import { foldWords } from './tokenize.ts';
import { sensesWithCounts, synsetAt, type Synset } from './wordnet.ts';

/** Pointers from a nationality word to a country: pertainym (adjective), member holonym, domain region (noun). */
const TO_COUNTRY = new Set(['\\', '#m', ';r']);

/** The countries a word names as a nationality, each as all its names folded ("north korea"); [] for other words. */
export function countriesOf(word: string): string[][] {
  const found = new Map<string, string[]>();
  for (const lemma of new Set([word, lemmatizer().noun(word)])) {
    for (const sense of sensesWithCounts(lemma)) {
      if (sense.pos !== 'a' && sense.pos !== 'n') continue;
      for (const pointer of synsetAt(sense.pos, sense.offset).pointers) {
        if (!TO_COUNTRY.has(pointer.symbol) || pointer.pos !== 'n') continue;
        const target = synsetAt('n', pointer.offset);
        if (!isCountry(target)) continue;
        // Every name of the country, each whole ("soviet union" and "russia" are one synset; "republic" alone is
        // no country's name).
        found.set(
          target.words[0] ?? '',
          target.words.map((w) => foldWords(w.replace(/_/g, ' ')).join(' ')),
        );
      }
    }
  }
  return [...found.values()];
}

/**
 * A synset that is an instance of a country, nation, kingdom or republic ("France": an instance of "European
 * country"; "Britain" of "kingdom"; "Estonia" of "Baltic republic"), not of a "national capital" (Oslo).
 */
export function isCountry(synset: Synset): boolean {
  return synset.pointers.some(
    (p) =>
      p.symbol === '@i' &&
      synsetAt(p.pos, p.offset).words.some((w) => /(?:^|_)(?:country|nation|kingdom|republic)$/.test(w)),
  );
}

/**
 * A word WordNet has as an adjective pertaining to a noun (a pertainym): a nationality ("Korean", "Norwegian"), and
 * others ("royal", "Atlantic"). Before a common noun ("a Korean flag") it describes the noun; it names no place.
 */
export function isPertainymAdjective(word: string): boolean {
  return sensesWithCounts(word).some(
    (sense) => sense.pos === 'a' && synsetAt('a', sense.offset).pointers.some((p) => p.symbol === '\\'),
  );
}
