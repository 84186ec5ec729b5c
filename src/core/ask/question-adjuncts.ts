// The question's adjuncts: phrases and clauses that only situate what is asked, "according to the harbour daily",
// "before heading to Oslo", "during her Bergen trip", "as she saw him off". A sentence answering states the asked
// relation; it seldom restates the circumstances around it (they are in the article's other sentences), so the
// words of an adjunct weigh less, and its verb is not the question's main verb nor its place a place the answer must
// name.
import { foldWords } from './tokenize.ts';

/**
 * Words that open a time clause running to the next comma (or the end). The words describing a source in a part
 * that starts "according to" are adjuncts too, found in the text (clausesOf): tokenize.ts rewrites the phrase away.
 */
const OPENERS = new Set(['before', 'after', 'during', 'while', 'once', 'until', 'when', 'whilst']);
/** "As" opens a time clause when a pronoun, its subject, follows ("as he saw him off"), not in "as part of". */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Adverbs that go with the opener: "soon after", "shortly before", "right after". */
const DEGREE = new Set(['soon', 'shortly', 'just', 'right', 'immediately', 'long', 'moments', 'hours', 'days']);

/**
 * Positions (in the question's folded words) of the words of its adjuncts. `questionWords`: positions that say the
 * question's kind ("when" of "when did ..."), which open no adjunct. Clause ends are the question's commas, so the
 * text is folded one comma-separated part at a time; when that does not give the same words (a rewritten phrase
 * across a comma), an adjunct runs to the end of the question.
 */
export function adjunctPositions(
  text: string,
  words: readonly string[],
  questionWords: ReadonlySet<number>,
): Set<number> {
  const { ends, describing } = clausesOf(text, words.length);
  const adjunct = new Set(describing.filter((j) => !questionWords.has(j)));
  for (let i = 0; i < words.length; i++) {
    if (questionWords.has(i) || !opensAdjunct(words, i)) continue;
    const end = ends.find((e) => e > i) ?? words.length;
    const start = DEGREE.has(words[i - 1] ?? '') && !questionWords.has(i - 1) ? i - 1 : i;
    for (let j = start; j < end; j++) if (!questionWords.has(j)) adjunct.add(j);
    i = end - 1;
  }
  return adjunct;
}

/**
 * Openers a sentence can state its own time clause with: "as" and "when" open too many other things ("as part of",
 * the question's "when") to show that a sentence situates its event as the question does.
 */
const SITUATING = new Set([...OPENERS].filter((w) => w !== 'when'));

/** The time-clause openers among the adjunct words, those a sentence can be checked for: "after" of "soon after ...". */
export function situatingOpeners(words: readonly string[], adjuncts: ReadonlySet<number>): string[] {
  return [...new Set([...adjuncts].map((i) => words[i] ?? '').filter((w) => SITUATING.has(w)))];
}

/** A time clause of a sentence: its folded words and where it runs in the sentence's text. */
export interface TimeClause {
  readonly words: readonly string[];
  readonly start: number;
  readonly end: number;
}

/**
 * A sentence's own time clauses opened by one of `openers` (SITUATING when not given): each from its opener (and the
 * degree word just before it, "shortly after") to the next comma or the sentence's end.
 */
export function timeClausesIn(sentence: string, openers: readonly string[] = [...SITUATING]): TimeClause[] {
  const clauses: TimeClause[] = [];
  for (const part of sentence.matchAll(/[^,;:]+/g)) {
    const words = foldWords(part[0]);
    const at = words.findIndex((w) => openers.includes(w));
    if (at < 0) continue;
    const opener = wordPattern(words[at] ?? '').exec(part[0]);
    if (!opener) continue;
    // The degree word is the one right before this opener, not an earlier one of the same spelling.
    const before = /(\p{L}+)\s+$/u.exec(part[0].slice(0, opener.index));
    const degree = before !== null && DEGREE.has(words[at - 1] ?? '') && before[1]?.toLowerCase() === words[at - 1];
    const start = part.index + (degree ? before.index : opener.index);
    clauses.push({ words: words.slice(degree ? at - 1 : at), start, end: part.index + part[0].length });
  }
  return clauses;
}

/** Whether a word only frames a time clause (its opener or degree word): it says nothing of the moment itself. */
export function framesClause(word: string): boolean {
  return OPENERS.has(word) || DEGREE.has(word);
}

const wordPatterns = new Map<string, RegExp>();

/** A whole word, case-insensitive: the opener words are plain ASCII. */
function wordPattern(word: string): RegExp {
  let re = wordPatterns.get(word);
  if (!re) {
    re = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu');
    wordPatterns.set(word, re);
  }
  return re;
}

function opensAdjunct(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  if (OPENERS.has(word)) return true;
  return word === 'as' && CLAUSE_SUBJECTS.has(words[i + 1] ?? '');
}

/**
 * Word positions at which each comma-separated part of the question ends (the last is the word count), and the
 * positions of the words that describe a source in a part naming one ("according to the Russian daily": "according
 * to" itself is rewritten away by tokenize.ts, so it is read in the text). The source's name ("AP", "Xinhua", the
 * "Spanish" of "Spanish-language") says whose account is asked for and is no adjunct: it keeps its full weight.
 */
function clausesOf(text: string, count: number): { ends: number[]; describing: number[] } {
  const ends: number[] = [];
  const describing: number[] = [];
  let at = 0;
  for (const part of text.split(/[,;:]/)) {
    const start = at;
    const words = foldWords(part);
    at += words.length;
    ends.push(at);
    if (!/^\s*according\s+to\b/i.test(part)) continue;
    const names = new Set((part.match(/\p{Lu}[\p{L}\p{N}'’]*/gu) ?? []).flatMap((name) => foldWords(name)));
    words.forEach((word, j) => {
      if (!names.has(word)) describing.push(start + j);
    });
  }
  return at === count ? { ends, describing } : { ends: [count], describing: [] };
}
