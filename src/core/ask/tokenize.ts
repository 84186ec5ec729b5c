// Turns article sentences and questions into the same index terms: folded, shorthand rewritten, stopwords dropped,
// Porter-stemmed and cut to a 5-letter prefix. Both sides go through here, so a question term matches exactly when
// it should.
import { stemmer } from 'stemmer';
import { isCyrillic, wordKey } from '../extract/name-key.ts';
import { foldText } from '../normalize-text.ts';
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

/** The one fold (foldText), then Cyrillic words transliterated as names are (extract/name-key.ts), so "Ким" meets
 * "Kim" and "Путин" "Putin". */
function foldUnicode(text: string): string[] {
  return foldText(text)
    .split(' ')
    .map((w) => (isCyrillic(w) ? wordKey(w) || w : w))
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

/** Letters an index term keeps (docs/ask.md: the prefix that did best on the development questions). */
export const PREFIX_LETTERS = 6;

/**
 * The index term of a word: the first PREFIX_LETTERS letters of its Porter stem. The prefix joins what Porter
 * leaves apart ("armoured"/"armored", "ministers"/"ministros", "parade"/"parada" across languages); digits and
 * mixed tokens pass through whole.
 */
export function canonicalStem(word: string): string {
  if (/\d/.test(word)) return word;
  return porterStem(word).slice(0, PREFIX_LETTERS);
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
