// A byline ("By Jane Roe and John Doe, Reuters") says who wrote the article: it answers "who wrote the story about
// ...", whose other words are the article's subject, which its title states. The sentence itself holds only names.
import { PARTICLES } from '../extract/find-names.ts';
import type { ParsedQuestion } from './parse-question.ts';
import { foldWords } from './tokenize.ts';

/** A byline opens the article: its first sentences only. */
const BYLINE_SENTENCES = 2;
const MAX_BYLINE_WORDS = 25;
/** Lower-case words a byline holds besides names: "By Jane Roe and John Doe in Oslo, for Reuters". */
const BYLINE_FUNCTION_WORDS = new Set(['and', 'in', 'for', 'of', 'the', 'with', ...PARTICLES]);
/** Words that ask who wrote something: "who wrote", "the author of", "the reporter". */
const AUTHORSHIP_WORDS = 'write wrote written writer writers author authors byline reporter reporters'.split(' ');
/** What a byline is indexed with besides: the article it heads, as a question names it ("the story about ..."). */
const ARTICLE_WORDS = 'article report'.split(' ');

export function isByline(text: string, sentenceNo: number): boolean {
  if (sentenceNo >= BYLINE_SENTENCES) return false;
  const words = text.split(/[\s,;]+/).filter((w) => w !== '');
  if (words[0] !== 'By' || words.length < 3 || words.length > MAX_BYLINE_WORDS) return false;
  return words.slice(1).every((w) => /^\p{Lu}/u.test(w) || BYLINE_FUNCTION_WORDS.has(w));
}

/** The words a byline is indexed with besides its names: what it states, and the article it heads. */
export function bylineWords(title: string): string[] {
  return [...AUTHORSHIP_WORDS, ...ARTICLE_WORDS, ...foldWords(title)];
}

/** Whether a question asks who wrote something ("who wrote", "the author of", "whose report"). */
export function asksAuthorship(question: ParsedQuestion): boolean {
  return AUTHORSHIP_WORDS.some((w) => question.words.has(w));
}
