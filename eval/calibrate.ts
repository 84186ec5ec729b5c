// The written procedure that sets the coverage thresholds (docs/ask.md): on calibration half A, the pair (span
// kinds, whole-sentence kinds) with the best score (right answers + unanswerable questions refused - 2 x every wrong
// answer), the lower pair on a tie (refusal comes from reading; a threshold removes only what half A shows to be
// wrong); the figures of half B, which took no part in the choice, are what the thresholds are expected to do.
import type { Thresholds } from '../src/core/ask/ask-question.ts';
import type { Answering } from './ask-engines.ts';
import type { CorpusQuestion } from './corpus-questions.ts';
import { hasKeyWords } from './corpus-questions.ts';

/** Lines of an answer that count: the key words must be in the first lines a journalist reads. */
export const FIRST_LINES = 3;
/** Thresholds tried, 0.20 to 1.00 by 0.05, for each of the three. */
const STEPS = Array.from({ length: 17 }, (_, i) => Math.round((0.2 + i * 0.05) * 100) / 100);
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

export function figuresAt(prepared: readonly Prepared[], thresholds: Thresholds): Figures {
  let right = 0;
  let wrong = 0;
  let refused = 0;
  for (const { question, answering } of prepared) {
    const lines = answering(thresholds).slice(0, FIRST_LINES);
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

/**
 * The thresholds the procedure picks: the pair first, with conflicts off (a conflict answers only when its quotes
 * cover the question fully), then the conflict threshold with the pair fixed, the lowest on a tie as for the pair.
 */
export function chooseThresholds(prepared: readonly Prepared[]): Thresholds {
  const off = 1.01;
  let best = { thresholds: { span: STEPS[0] ?? 0.2, free: STEPS[0] ?? 0.2, conflict: off }, score: -Infinity };
  for (const span of STEPS) {
    for (const free of STEPS) {
      const s = score(figuresAt(prepared, { span, free, conflict: off }));
      if (s > best.score) best = { thresholds: { span, free, conflict: off }, score: s };
    }
  }
  // Ascending, replaced only when strictly better: the lowest threshold that beats conflicts off, or off.
  let conflictBest = { conflict: off, score: best.score };
  for (const conflict of STEPS) {
    const s = score(figuresAt(prepared, { ...best.thresholds, conflict }));
    if (s > conflictBest.score) conflictBest = { conflict, score: s };
  }
  return { ...best.thresholds, conflict: conflictBest.conflict };
}
