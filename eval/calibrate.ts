// The written procedure that sets the confidence threshold (docs/ask.md): on calibration half A, the threshold
// with the best score (right answers + unanswerable questions refused - 2 x every wrong answer), the higher one on
// a tie; the figures of half B, which took no part in the choice, are what the threshold is expected to do.
import type { CorpusQuestion } from './corpus-questions.ts';
import { hasKeyWords } from './corpus-questions.ts';
import { MIN_CANDIDATE_COVERAGE } from '../src/core/ask/search-sentences.ts';
import type { Answering } from './ask-engines.ts';

/** Lines of an answer that count: the key words must be in the first lines a journalist reads. */
export const FIRST_LINES = 3;
const THRESHOLDS = Array.from({ length: 41 }, (_, i) => Math.round((MIN_CANDIDATE_COVERAGE + i * 0.01) * 100) / 100);
/** A wrong answer costs two right ones: a refusal is honest, a wrong sentence is not. */
const WRONG_COST = 2;

export interface Figures {
  readonly answerable: number;
  readonly right: number;
  readonly wrong: number;
  readonly unanswerable: number;
  readonly refused: number;
}

export interface Prepared {
  readonly question: CorpusQuestion;
  readonly answering: Answering;
}

export function figuresAt(prepared: readonly Prepared[], threshold: number): Figures {
  let right = 0;
  let wrong = 0;
  let refused = 0;
  for (const { question, answering } of prepared) {
    const lines = answering(threshold).slice(0, FIRST_LINES);
    if (!question.answerable) {
      if (lines.length === 0) refused++;
      continue;
    }
    if (lines.length === 0) continue;
    if (hasKeyWords(lines, question.keyWords)) right++;
    else wrong++;
  }
  const answerable = prepared.filter((p) => p.question.answerable).length;
  return { answerable, right, wrong, unanswerable: prepared.length - answerable, refused };
}

function score(f: Figures): number {
  return f.right + f.refused - WRONG_COST * (f.wrong + (f.unanswerable - f.refused));
}

/** The threshold the procedure picks on the given questions. */
export function chooseThreshold(prepared: readonly Prepared[]): number {
  let best = { threshold: THRESHOLDS[0] ?? 0.5, score: -Infinity };
  for (const threshold of THRESHOLDS) {
    const s = score(figuresAt(prepared, threshold));
    if (s >= best.score) best = { threshold, score: s };
  }
  return best.threshold;
}
