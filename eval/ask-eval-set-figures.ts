// `ask`'s own evaluation set on the bundled pack: recall (an expected sentence in the top three article lines) on
// questions the articles answer, precision (answers given that are right, every answer to an unanswerable question
// counting as wrong) and the share of unanswerable questions refused. Shared by npm run eval and the quality test.
import { answerAsk } from '../src/core/ask/answer-ask.ts';
import { ANSWERABLE, UNANSWERABLE, type AnswerableQuestion } from '../tests/core/ask-eval-set.ts';
import { bundledPack } from '../tests/support/bundled-pack.ts';

const TOP = 3;

export interface EvalSetFigures {
  readonly answerable: number;
  readonly unanswerable: number;
  readonly right: number;
  readonly answered: number;
  readonly refused: number;
  readonly recall: number;
  readonly precision: number;
  readonly rejection: number;
  readonly missed: readonly string[];
  readonly falseAnswers: readonly string[];
}

export function evalSetFigures(): EvalSetFigures {
  const pack = bundledPack();
  const answerable = ANSWERABLE.map((q) => ({ q, answer: answerAsk(pack, q.q) }));
  const unanswerable = UNANSWERABLE.map((q) => ({ q, answer: answerAsk(pack, q) }));
  const rightOnes = answerable.filter(({ q, answer }) => answer.status === 'answered' && isRight(answer, q));
  const answered = [...answerable, ...unanswerable].filter((r) => r.answer.status === 'answered').length;
  const refused = unanswerable.filter((r) => r.answer.status === 'not-found').length;
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    right: rightOnes.length,
    answered,
    refused,
    recall: rightOnes.length / answerable.length,
    precision: answered === 0 ? 0 : rightOnes.length / answered,
    rejection: refused / unanswerable.length,
    missed: answerable.filter((r) => !rightOnes.includes(r)).map((r) => r.q.q),
    falseAnswers: unanswerable.filter((r) => r.answer.status === 'answered').map((r) => r.q),
  };
}

function isRight(answer: ReturnType<typeof answerAsk>, question: AnswerableQuestion): boolean {
  const lines = answer.sections.find((s) => s.heading === 'What the articles say')?.lines ?? [];
  return lines.slice(0, TOP).some((line) =>
    question.expect.some(
      ([id, fragment]) =>
        line.citations[0]?.article.id === id &&
        // The answer span is a part of its own: the line's text is its parts joined.
        line.parts
          .map((p) => (p.type === 'text' ? p.text : ''))
          .join('')
          .includes(fragment),
    ),
  );
}
