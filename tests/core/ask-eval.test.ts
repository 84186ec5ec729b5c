// Measured quality of `ask` on the bundled pack (eval/ask-eval-set-figures.ts): recall (an expected sentence in the
// top three) on questions the articles answer, and precision counting every answer to a question they don't. The
// thresholds are the floors the issue sets (docs/ask.md), so quality cannot slip silently.
import { describe, expect, it } from 'vitest';
import { evalSetFigures } from '../../eval/ask-eval-set-figures.ts';
import { ANSWERABLE, UNANSWERABLE } from './ask-eval-set.ts';

const MIN_RECALL = 0.95;
const MIN_PRECISION = 0.95;
const MIN_REJECTION = 0.96;

describe('ask evaluation set', () => {
  it('has at least 40 answerable and 20 unanswerable questions', () => {
    expect(ANSWERABLE.length).toBeGreaterThanOrEqual(40);
    expect(UNANSWERABLE.length).toBeGreaterThanOrEqual(20);
  });

  it(`keeps recall >= ${MIN_RECALL}, precision >= ${MIN_PRECISION}, rejection >= ${MIN_REJECTION}`, () => {
    const f = evalSetFigures();
    console.log(
      [
        `ask eval: recall@3 ${f.recall.toFixed(3)} (${f.right}/${f.answerable})`,
        `precision ${f.precision.toFixed(3)} (${f.right}/${f.answered} answers right)`,
        `unanswerable rejected ${f.rejection.toFixed(3)} (${f.refused}/${f.unanswerable})`,
        `missed: ${JSON.stringify(f.missed)}`,
        `answered but should not: ${JSON.stringify(f.falseAnswers)}`,
      ].join('\n'),
    );
    expect(f.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(f.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(f.rejection).toBeGreaterThanOrEqual(MIN_REJECTION);
  });
});
