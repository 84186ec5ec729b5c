// Turns article sentences and questions into the same index terms: folded, shorthand rewritten, stopwords dropped,
// Porter-stemmed. Both sides go through here, so a question term matches exactly when it should; words said in
// other words are matched at question time (related-words.ts), not merged here.
import { stemmer } from 'stemmer';
import lemmatize from 'wink-lemmatizer';
import { PHRASES } from './domain-words.ts';
import { STOPWORDS } from './stopwords.ts';

/** Phrases by their first word: rewriting costs one set lookup per word. */
const PHRASES_BY_FIRST = new Map<string, { from: string[]; to: string[] }[]>();
for (const [from, to] of PHRASES) {
  const words = from.split(' ');
  const list = PHRASES_BY_FIRST.get(words[0] ?? '') ?? [];
  list.push({ from: words, to: to === '' ? [] : to.split(' ') });
  list.sort((a, b) => b.from.length - a.from.length);
  PHRASES_BY_FIRST.set(words[0] ?? '', list);
}
// "U.S." and an upper-case "US" are the country; a lower-case "us" in a question is the pronoun.
const US_RE = /\bU\.\s?S\.(?:\s?A\.)?|\bUSA?\b/g;
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/** Lower-case words of a text, accents and punctuation dropped, phrases rewritten ("world war two" -> "ww2"). */
export function foldWords(text: string): string[] {
  const t = text.includes('U') ? text.replace(US_RE, ' usa ') : text;
  // Plain ASCII (most sentences) takes the fast path: one scan, no Unicode normalisation or Unicode-aware regex.
  const words = NON_ASCII.test(t) ? foldUnicode(t) : scanAscii(t.toLowerCase());
  return rewritePhrases(words);
}

function foldUnicode(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const APOSTROPHE = 39;
const LETTER_S = 115;

function scanAscii(lower: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) words.push(lower.slice(start, i));
    start = -1;
    // "Kim's" is "kim": the possessive 's goes with its apostrophe.
    if (c === APOSTROPHE && lower.charCodeAt(i + 1) === LETTER_S && !isWordChar(lower.charCodeAt(i + 2))) i++;
  }
  return words;
}

function rewritePhrases(words: string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const candidates = PHRASES_BY_FIRST.get(words[i]!);
    const phrase = candidates?.find((p) => p.from.every((w, j) => words[i + j] === w));
    if (!phrase) {
      out?.push(words[i]!);
      continue;
    }
    out ??= words.slice(0, i);
    out.push(...phrase.to);
    i += phrase.from.length - 1;
  }
  return out ?? words;
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

/**
 * Porter (1980) from the `stemmer` package (a well-kept implementation, about twice as fast as our own copy was).
 * Only plain a-z words are stemmed: "1930s" stays a decade rather than becoming the year 1930, and non-English
 * words keep their endings (Porter's rules are English).
 */
export function porterStem(word: string): string {
  return /^[a-z]+$/.test(word) ? stemmer(word) : word;
}

/** The index term of a word: the Porter stem of its lemma; digits and mixed tokens pass through. */
export function canonicalStem(word: string): string {
  return singleFinal(porterStem(lemmaOf(word)));
}

/**
 * The lemmatizer's base form, where it has one: irregular forms Porter cannot join to their base ("ran" -> "run",
 * "held" -> "hold", "overseen" -> "oversee", "men" -> "man"); for regular forms Porter reaches the same stem anyway.
 */
function lemmaOf(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  const verb = lemmatize.verb(word);
  return verb !== word ? verb : lemmatize.noun(word);
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
