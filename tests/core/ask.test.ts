// `ask` as a user meets it: verbatim cited sentences, matching facts, a plain not-found, and a property test that no
// question — however odd — makes it throw or return a line that is not an article sentence or a fact-sheet fact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../src/core/ask/answer-ask.ts';
import { roleLine } from '../../src/core/ask/fact-docs.ts';
import { answerText } from '../support/answer-text.ts';
import { eventLine } from '../../src/core/answer-timeline.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const pack = bundledPack();
const factTexts = new Set([
  ...pack.facts.timeline.map((e) => eventLine(pack, e).text),
  ...pack.facts.people.flatMap((p) => p.roles.map((r) => roleLine(pack, p, r).text)),
]);

function checkLines(question: string): void {
  const answer = answerAsk(pack, question);
  for (const section of answer.sections) {
    for (const line of section.lines) {
      expect(line.citations.length).toBeGreaterThan(0);
      const [first] = line.citations;
      const isSentence =
        line.citations.length === 1 &&
        first?.quote === line.text &&
        (pack.articleById.get(first.articleId)?.sentences.includes(line.text) ?? false);
      expect(isSentence || factTexts.has(line.text), line.text).toBe(true);
    }
  }
}

describe('ask', () => {
  it('answers "what did kim inspect before the trip" with the sentence that says so, cited', () => {
    const answer = answerText(pack, 'ask what did kim inspect before the trip?');
    expect(answer.status).toBe('answered');
    const first = answer.sections[0]?.lines[0];
    expect(first?.text).toMatch(/^Before embarking on this trip, Kim Jong-un inspected/);
    expect(first?.citations[0]).toMatchObject({ articleId: '000', quote: first?.text });
  });

  it('adds the fact-sheet event for "how long is the parade"', () => {
    const answer = answerAsk(pack, 'how long is the parade?');
    const facts = answer.sections.find((s) => s.heading === 'What the fact sheet says');
    expect(facts?.lines.some((l) => l.text.includes('about 70 minutes'))).toBe(true);
  });

  it('says plainly that the sources don’t say who paid for the train', () => {
    const answer = answerAsk(pack, 'who paid for the train');
    expect(answer).toMatchObject({ status: 'not-found', sections: [] });
    expect(answer.title).toMatch(/^The sources don’t say/);
    expect(answer.summary).toContain('“paid”');
  });

  it('does not answer "how many tanks" with a sentence that mentions tanks but no number of them', () => {
    expect(answerAsk(pack, 'how many tanks were in the parade').status).toBe('not-found');
  });

  it('returns only verbatim sentences or fact-sheet facts for any question', () => {
    const words = ['kim', 'putin', 'parade', 'when', 'who', 'how many', 'train', 'tuesday', 'sep 3', 'xi', '?', 'the'];
    const question = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
      fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(question, (q) => {
        checkLines(q);
      }),
      { numRuns: 300 },
    );
  });

  it('survives a question far over the length limit', () => {
    expect(() => answerAsk(pack, 'kim '.repeat(5000))).not.toThrow();
  });
});
