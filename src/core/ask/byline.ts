// A byline ("By Jane Roe and John Doe, Reuters") says who wrote the article: it answers "who wrote the story about
// ...", whose other words are the article's subject, which its title states. The sentence itself holds only names.
import type { ParsedQuestion } from './parse-question.ts';
import { foldWords } from './tokenize.ts';

/** A byline opens the article: its first sentences only. */
const BYLINE_SENTENCES = 2;
const MAX_BYLINE_WORDS = 25;
/** Lower-case words a byline holds besides names: "By Jane Roe and John Doe in Oslo, for Reuters". */
const BYLINE_FUNCTION_WORDS = new Set(['and', 'in', 'for', 'of', 'the', 'with', 'de', 'van', 'von', 'da', 'bin']);
/** What a byline states, as a question asks it: "who wrote", "the author of the article", "whose report". */
export const AUTHORSHIP_WORDS = 'write wrote written writer author byline story article report reporter'.split(' ');

export function isByline(text: string, sentenceNo: number): boolean {
  if (sentenceNo >= BYLINE_SENTENCES) return false;
  const words = text.split(/[\s,;]+/).filter((w) => w !== '');
  if (words[0] !== 'By' || words.length < 3 || words.length > MAX_BYLINE_WORDS) return false;
  return words.slice(1).every((w) => /^\p{Lu}/u.test(w) || BYLINE_FUNCTION_WORDS.has(w));
}

/** The words a byline is indexed with besides its names: what it states, and the article it heads. */
export function bylineWords(title: string): string[] {
  return [...AUTHORSHIP_WORDS, ...foldWords(title)];
}

/** Whether a question asks who wrote something ("who wrote", "the author of", "whose report"). */
export function asksAuthorship(question: ParsedQuestion): boolean {
  return AUTHORSHIP_WORDS.some((w) => question.words.has(w));
}
