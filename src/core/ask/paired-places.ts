// "The two countries", "both nations": a definite description of a pair stands for the two countries the sentences
// just before it name (anaphora by a numbered plural). "The pact the two countries agreed last year binds each of
// them ..." is then about the two named a sentence earlier, and a question naming either meets it.
import { foldWords } from './tokenize.ts';
import { isCountry } from './nationality.ts';
import { sensesWithCounts, synsetAt } from './wordnet.ts';

const PAIR = /\b(?:the\s+two|both)\s+(?:countries|nations|states|neighbours|neighbors)\b/i;
/** Sentences looked back over for the pair: the description refers to what was just said. */
const LOOK_BACK = 2;
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * The folded words of the two countries that sentence n's "the two countries" stands for ([] if none or unsure);
 * `words` are the sentence's folded words.
 */
export function pairedCountryWords(sentences: readonly string[], n: number, words: readonly string[]): string[] {
  // The folded words first: most sentences have neither "two" nor "both", and 300,000 are indexed.
  if (!words.includes('two') && !words.includes('both')) return [];
  if (!PAIR.test(sentences[n] ?? '')) return [];
  const found = new Map<string, string[]>();
  for (let back = n - 1; back >= Math.max(0, n - LOOK_BACK) && found.size < 2; back--) {
    for (const m of (sentences[back] ?? '').matchAll(CAPITALISED_RUN)) {
      for (const name of countriesIn(m[0].split(/\s+/))) found.set(name.toLowerCase(), foldWords(name));
    }
  }
  // Two and only two: with one, the pair is not both named here; with more, which two is a guess.
  return found.size === 2 ? [...found.values()].flat() : [];
}

/**
 * The country names inside a run of capitalised words, longest first and not overlapping: a run also takes in the
 * words around a name ("On Monday Sweden", "North Korea's Kim").
 */
function countriesIn(words: readonly string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j > i; j--) {
      const name = words
        .slice(i, j)
        .join(' ')
        .replace(/['’]s$/, '');
      if (!namesCountry(name.toLowerCase().replace(/ /g, '_'))) continue;
      names.push(name);
      i = j - 1;
      break;
    }
  }
  return names;
}

function namesCountry(lemma: string): boolean {
  return sensesWithCounts(lemma).some((sense) => sense.pos === 'n' && isCountry(synsetAt('n', sense.offset)));
}
