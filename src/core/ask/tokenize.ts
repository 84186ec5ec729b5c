// Turns article sentences and questions into the same index terms: folded, phrases rewritten, stopwords dropped,
// Porter-stemmed, synonyms merged. Both sides go through here, so a question term matches exactly when it should.
import { porterStem } from './stem.ts';
import { STOPWORDS } from './stopwords.ts';
import { PHRASES, SYNONYM_GROUPS } from './synonyms.ts';

const CANONICAL = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const head = singleFinal(porterStem(group[0] ?? ''));
  for (const word of group) {
    const stem = singleFinal(porterStem(word));
    if (!CANONICAL.has(stem)) CANONICAL.set(stem, head);
  }
}

const PHRASE_TO = new Map(PHRASES);
// One pass for every phrase; longest first so "world war ii" wins over a shorter overlap.
const PHRASE_RE = new RegExp(
  `(?<![a-z0-9])(?:${[...PHRASE_TO.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`,
  'g',
);
// "U.S." and an upper-case "US" are the country; a lower-case "us" in a question is the pronoun.
const US_RE = /\bU\.\s?S\.(?:\s?A\.)?|\bUSA?\b/g;
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/** Lower-case words of a text, accents and punctuation dropped, phrases rewritten ("world war two" -> "ww2"). */
export function foldWords(text: string): string[] {
  let t = text.includes('U') ? text.replace(US_RE, ' usa ') : text;
  // Plain ASCII (most sentences) takes the fast path: no Unicode normalisation, no Unicode-aware regex.
  if (NON_ASCII.test(t)) {
    t = t
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['\u2018\u2019]s\b/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ');
  } else {
    t = t.toLowerCase();
    if (t.includes("'")) t = t.replace(/'s\b/g, '');
    t = t.replace(/[^a-z0-9]+/g, ' ');
  }
  t = t.replace(PHRASE_RE, (phrase) => PHRASE_TO.get(phrase) ?? phrase);
  const words = t.split(' ');
  return words[0] === '' || words.at(-1) === '' ? words.filter((w) => w !== '') : words;
}

const termCache = new Map<string, string | null>();
/** Past this many cached words the cache is dropped: a hostile stream of unique words cannot grow memory forever. */
const TERM_CACHE_LIMIT = 500_000;

/** The index term for one folded word, or null for a stopword. */
export function termOf(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    term = STOPWORDS.has(word) ? null : canonicalStem(word);
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

/** Stem merged with its synonym group; digits and mixed tokens pass through. */
export function canonicalStem(word: string): string {
  const stem = singleFinal(porterStem(word));
  return CANONICAL.get(stem) ?? stem;
}

/**
 * Porter keeps "boycott" but turns "boycotting" into "boycot"; dropping a doubled final consonant on both sides makes
 * them meet. (Applied to every stem, so article and question terms stay comparable.)
 */
function singleFinal(stem: string): string {
  const n = stem.length;
  return n > 3 && stem[n - 1] === stem[n - 2] && !'aeiou'.includes(stem[n - 1] ?? '') ? stem.slice(0, -1) : stem;
}

/** Index terms of a text, in order (duplicates kept). */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of foldWords(text)) {
    const term = termOf(word);
    if (term !== null) terms.push(term);
  }
  return terms;
}
