// `ask` as data, before any rendering: the candidate answers of a question, each with one confidence score, best
// first. answer-ask.ts renders the lines at or above CONFIDENCE_THRESHOLD; eval/ask-eval.ts calibrates it.
import type { AskIndex } from './ask-index.ts';
import { confidenceOf, fitsKind } from './judge-sentence.ts';
import { parseQuestion, type ParsedQuestion } from './parse-question.ts';
import { searchSentences, textOf } from './search-sentences.ts';

/**
 * Chosen by the written procedure in docs/ask.md (corpus questions split by article; the threshold that does best
 * on half A, reported on half B). `npm run eval` prints the threshold the procedure picks today.
 */
export const CONFIDENCE_THRESHOLD = 0.6;
/** Lines shown: the best answers, not every sentence that passes. */
export const MAX_LINES = 5;

export interface AskCandidate {
  readonly sentence: number;
  readonly text: string;
  readonly articleId: string;
  readonly confidence: number;
  readonly score: number;
}

export interface AskResult {
  readonly question: ParsedQuestion;
  /** Candidates that give the kind of answer asked, best first (any confidence). */
  readonly candidates: readonly AskCandidate[];
  /** Candidates that cover the question well enough but give the wrong kind of answer. */
  readonly wrongKind: number;
}

export function askQuestion(index: AskIndex, text: string): AskResult {
  const question = parseQuestion(index, text);
  const scored: AskCandidate[] = [];
  const seen = new Set<string>();
  for (const hit of searchSentences(index, question)) {
    const sentenceText = textOf(index, hit.sentence);
    // The same sentence syndicated in two articles is one answer, cited once (the first, best-ranked source).
    if (seen.has(sentenceText)) continue;
    seen.add(sentenceText);
    const article = index.pack.articles[index.sentenceArticle[hit.sentence]!];
    scored.push({
      sentence: hit.sentence,
      text: sentenceText,
      articleId: article?.id ?? '',
      confidence: confidenceOf(index, question, hit.sentence),
      score: hit.score,
    });
  }
  scored.sort((a, b) => rank(b) - rank(a));
  // The answer-kind check reads words and WordNet: it runs best first and stops once enough candidates fit.
  const candidates: AskCandidate[] = [];
  let wrongKind = 0;
  for (const candidate of scored) {
    if (candidates.length === CHECKED_FITS) break;
    if (fitsKind(index, question, candidate.sentence)) candidates.push(candidate);
    else if (candidate.confidence >= CONFIDENCE_THRESHOLD) wrongKind++;
  }
  return { question, candidates, wrongKind };
}

/** Candidates that fit kept per question: twice the lines shown, so a higher threshold still has some to show. */
const CHECKED_FITS = MAX_LINES * 2;

/** Confidence first; among near-equal confidences, the stronger BM25 match. */
function rank(c: AskCandidate): number {
  return c.confidence * c.confidence * Math.log(1 + c.score);
}

/** The lines to show at a threshold: candidates at or above it, best first. */
export function shownCandidates(result: AskResult, threshold = CONFIDENCE_THRESHOLD): AskCandidate[] {
  return result.candidates.filter((c) => c.confidence >= threshold - 1e-9).slice(0, MAX_LINES);
}
