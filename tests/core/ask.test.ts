// `ask` as a user meets it: verbatim cited sentences with the answer marked, roles from the fact sheet, a plain
// not-found that says what no article gives and lists the closest passages as not answering, and a property test
// that no question — however odd — makes it throw or return a line that is not an article sentence or a fact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictSections } from '../../src/core/answer-conflicts.ts';
import type { DraftPart } from '../../src/core/answer-draft.ts';
import { partsToPlain } from '../../src/core/answer-plain-text.ts';
import { eventLine } from '../../src/core/answer-timeline.ts';
import { CLOSEST_HEADING } from '../../src/core/ask/answer-ask.ts';
import { roleLine } from '../../src/core/ask/role-line.ts';
import { answerText } from '../support/answer-text.ts';
import { allLines, citedIds, lineText, summaryText } from '../support/answer-view.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const pack = bundledPack();
/** A draft line's words; fact lines carry no quotes, so their text and person parts are the whole line. */
const draftText = (parts: readonly DraftPart[]): string =>
  partsToPlain(parts.flatMap((p) => (p.type === 'quote' ? [{ type: 'text' as const, text: p.text }] : [p])));
const factTexts = new Set([
  ...pack.facts.timeline.map((e) => draftText(eventLine(pack, e).parts)),
  ...pack.facts.people.flatMap((p) => p.roles.map((r) => draftText(roleLine(pack, p, r).parts))),
  ...conflictSections(pack, () => true).flatMap((s) => s.lines.map((l) => draftText(l.parts))),
]);
const SEED = 12;

function checkLines(question: string): void {
  const answer = answerText(pack, `ask ${question}`);
  for (const line of allLines(answer)) {
    expect(line.citations.length).toBeGreaterThan(0);
    const text = lineText(line);
    const [id] = citedIds(answer, line);
    const isSentence =
      line.citations.length === 1 &&
      line.citations[0]?.quote === text &&
      (pack.articleById.get(id ?? '')?.sentences.includes(text) ?? false);
    expect(isSentence || factTexts.has(text), text).toBe(true);
  }
}

describe('ask', () => {
  it('answers "what did kim inspect before the trip" with the sentence that says so, cited', () => {
    const answer = answerText(pack, 'ask what did kim inspect before the trip?');
    expect(answer.status).toBe('answered');
    const first = answer.sections[0]?.lines[0];
    expect(first && lineText(first)).toMatch(/^Before embarking on this trip, Kim Jong-un inspected/);
    expect(citedIds(answer, first)).toEqual(['000']);
    expect(first?.citations[0]?.quote).toBe(first && lineText(first));
  });

  it('marks the answer in bold: "how long is the parade" -> about 70 minutes', () => {
    const answer = answerText(pack, 'ask how long is the parade?');
    const first = answer.sections[0]?.lines[0];
    expect(first?.parts.filter((p) => p.type === 'text' && p.strong)).toEqual([
      { type: 'text', text: 'about 70 minutes', strong: true },
    ]);
  });

  it('answers "who is choe son hui" with her role from the fact sheet first', () => {
    const answer = answerText(pack, 'ask who is choe son hui');
    expect(answer.sections[0]?.heading).toBe('What the fact sheet says');
    expect(lineText(answer.sections[0]!.lines[0]!)).toMatch(/^Choe Son Hui: .*Foreign Minister/);
  });

  it('answers how two named people are related with their roles from the fact sheet', () => {
    const answer = answerText(pack, 'ask how is choe son hui related to kim jong un');
    expect(answer.sections[0]?.heading).toBe('What the fact sheet says');
    const names = answer.sections[0]?.lines.map((l) => lineText(l).split(':')[0]);
    expect(new Set(names)).toEqual(new Set(['Choe Son Hui', 'Kim Jong Un']));
  });

  it('says plainly what no article gives', () => {
    const answer = answerText(pack, 'ask who paid for the train');
    expect(answer.status).toBe('not-found');
    expect(answer.title).toMatch(/^The sources don’t say/);
    expect(summaryText(answer)).toContain('No article gives a person about “paid for the train”');
  });

  it('lists the closest passages under a heading that says they do not answer', () => {
    const answer = answerText(pack, 'ask how many tanks were in the parade');
    expect(summaryText(answer)).toContain('No article gives a number about “tanks were in the parade”');
    expect(answer.sections.map((s) => s.heading)).toEqual([CLOSEST_HEADING]);
    expect(answer.sections[0]?.lines.some((l) => lineText(l).includes('tanks'))).toBe(true);
  });

  it('does not answer "how many tanks" with a sentence that mentions tanks but no number of them', () => {
    expect(answerText(pack, 'ask how many tanks were in the parade').status).toBe('not-found');
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
      { numRuns: 300, seed: SEED },
    );
  });

  it('survives a question far over the length limit', () => {
    expect(() => answerText(pack, `ask ${'kim '.repeat(100)}`)).not.toThrow();
  });
});
