// Measured quality of `ask` on the bundled pack: recall (the expected sentence in the top three) on questions the
// articles answer, and precision (answers given that are right) counting every answer to a question they don't.
// Thresholds sit just under the figures measured when they were set (docs/ask.md), so quality cannot slip silently.
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../src/core/ask/answer-ask.ts';
import type { Answer } from '../../src/core/answer-model.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { ANSWERABLE, UNANSWERABLE, type AnswerableQuestion } from './ask-eval-set.ts';

const MIN_RECALL = 0.98;
const MIN_PRECISION = 0.98;
const MIN_REJECTION = 0.96;
const TOP = 3;

function articleLines(answer: Answer) {
  return answer.sections.find((s) => s.heading === 'What the articles say')?.lines ?? [];
}

function isRight(answer: Answer, question: AnswerableQuestion): boolean {
  return articleLines(answer)
    .slice(0, TOP)
    .some((line) =>
      question.expect.some(([id, fragment]) => line.citations[0]?.articleId === id && line.text.includes(fragment)),
    );
}

describe('ask evaluation set', () => {
  const pack = bundledPack();
  const answerable = ANSWERABLE.map((q) => ({ q, answer: answerAsk(pack, q.q) }));
  const unanswerable = UNANSWERABLE.map((q) => ({ q, answer: answerAsk(pack, q) }));
  const right = answerable.filter(({ q, answer }) => answer.status === 'answered' && isRight(answer, q));
  const answered =
    answerable.filter((r) => r.answer.status === 'answered').length +
    unanswerable.filter((r) => r.answer.status === 'answered').length;
  const rejected = unanswerable.filter((r) => r.answer.status === 'not-found').length;
  const recall = right.length / answerable.length;
  const precision = answered === 0 ? 0 : right.length / answered;
  const rejection = rejected / unanswerable.length;

  it('has at least 40 answerable and 20 unanswerable questions', () => {
    expect(ANSWERABLE.length).toBeGreaterThanOrEqual(40);
    expect(UNANSWERABLE.length).toBeGreaterThanOrEqual(20);
  });

  it(`keeps recall >= ${MIN_RECALL}, precision >= ${MIN_PRECISION}, rejection >= ${MIN_REJECTION}`, () => {
    const missed = answerable.filter((r) => !right.includes(r)).map((r) => r.q.q);
    const falseAnswers = unanswerable.filter((r) => r.answer.status === 'answered').map((r) => r.q);
    console.log(
      [
        `ask eval: recall@${TOP} ${recall.toFixed(3)} (${right.length}/${answerable.length})`,
        `precision ${precision.toFixed(3)} (${right.length}/${answered} answers right)`,
        `unanswerable rejected ${rejection.toFixed(3)} (${rejected}/${unanswerable.length})`,
        `missed: ${JSON.stringify(missed)}`,
        `answered but should not: ${JSON.stringify(falseAnswers)}`,
      ].join('\n'),
    );
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(rejection).toBeGreaterThanOrEqual(MIN_REJECTION);
  });
});
