// One confidence score per candidate: the share of the question's weight the sentence covers, each concept at the
// factor of its best alternative found (the word itself 1, a WordNet relative less), a concept covered only by the
// article's attribution ("according to AP") at ATTRIBUTION_FACTOR; and whether it gives the kind of answer asked.
import type { AskIndex } from './ask-index.ts';
import { givesKind } from './answer-kinds.ts';
import type { ParsedQuestion } from './parse-question.ts';
import { textOf } from './search-sentences.ts';

/** A concept met only in the article's outlet or language is weaker than one the sentence states. */
const ATTRIBUTION_FACTOR = 0.8;
/** Confidence kept per head word (main verb, focus noun) the sentence lacks entirely (docs/ask.md). */
export const HEAD_MISSING_FACTOR = 0.6;
/** A head met only by a distant relative (a hypernym, a rarely-so-used synonym) is as good as missing. */
const HEAD_MIN_FACTOR = 0.6;

export interface Judgement {
  readonly confidence: number;
  readonly fits: boolean;
}

export function judgeSentence(index: AskIndex, question: ParsedQuestion, s: number): Judgement {
  return { confidence: confidenceOf(index, question, s), fits: fitsKind(index, question, s) };
}

export function confidenceOf(index: AskIndex, question: ParsedQuestion, s: number): number {
  const start = index.termStart[s]!;
  const end = index.termStart[s + 1]!;
  const attribution = index.articleTerms[index.sentenceArticle[s]!];
  return coverage(question, (term) => contains(index.sentenceTerms, start, end, term), attribution);
}

export function fitsKind(index: AskIndex, question: ParsedQuestion, s: number): boolean {
  const persons = Array.from(index.personList.subarray(index.personStart[s]!, index.personStart[s + 1]!));
  return givesKind(index, question, { text: textOf(index, s), flags: index.flags[s]!, persons });
}

/**
 * The confidence formula, for a sentence or a fact: `has` says whether the text holds a term. `strictHeads` (for
 * facts, which are bags of words from several fields) gives 0 when any head is missing instead of a penalty.
 */
export function coverage(
  question: ParsedQuestion,
  has: (term: number) => boolean,
  attribution?: ReadonlySet<number>,
  strictHeads = false,
): number {
  let total = 0;
  let covered = 0;
  let penalty = 1;
  for (const concept of question.concepts) {
    const weight = concept.weight;
    total += weight;
    let best = 0;
    for (const { term, factor } of concept.alternatives) {
      if (factor <= best) break;
      if (has(term)) best = factor;
      else if (attribution?.has(term)) best = Math.max(best, factor * ATTRIBUTION_FACTOR);
    }
    covered += weight * best;
    if (concept.head && best < HEAD_MIN_FACTOR) penalty *= strictHeads ? 0 : HEAD_MISSING_FACTOR;
  }
  return total === 0 ? 0 : (covered / total) * penalty;
}

/** Binary search in the ascending slice terms[start, end). */
function contains(terms: Int32Array, start: number, end: number, term: number): boolean {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = terms[mid]!;
    if (v === term) return true;
    if (v < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
