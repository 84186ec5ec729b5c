// Question-shaped free text (question words, adjunct openers, commas, capitals, other scripts) through the question
// reader: it never throws, an adjunct is only ever made of the question's own words past its question words, and
// every concept weighs something finite and positive. fast-check runs from the suite's fixed seed
// (tests/support/seed-fast-check.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askIndexOf } from '../../../src/core/ask/ask-index.ts';
import { parseQuestion } from '../../../src/core/ask/parse-question.ts';
import { adjunctPositions } from '../../../src/core/ask/question-adjuncts.ts';
import { questionKind } from '../../../src/core/ask/question-type.ts';
import { foldWords } from '../../../src/core/ask/tokenize.ts';
import { memoryArticle, memoryPack } from '../../support/memory-pack.ts';

const index = askIndexOf(
  memoryPack([
    memoryArticle('001', 'Harbour News', [
      'By Anna Lind, Harbour News',
      'The ferry left Bergen at noon, soon after the storm had passed.',
      'According to the harbour office, the pilot was seated on the left.',
    ]),
    { ...memoryArticle('002', 'Diario del Puerto', ['El desfile empezó a las 09.00 hora local.']), language: 'es' },
  ]),
);

const pieces = [
  'what',
  'what exactly',
  'what was the name of',
  'what kind of',
  'which',
  'who',
  'when',
  'how many',
  'did',
  'the',
  'a',
  'ferry',
  'pilot',
  'Bergen',
  'GMT',
  'before',
  'soon after',
  'during',
  'as she',
  'according to',
  'relative to',
  'each side',
  'next',
  'debrief',
  'sit',
  ',',
  '?',
  'Ким',
  'desfile',
];
const question = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(' ')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

describe('the question reader on any question-shaped text', () => {
  it('never throws; adjuncts are words of the question past its question words; weights are finite and positive', () => {
    fc.assert(
      fc.property(question, (text) => {
        const words = foldWords(text);
        const kind = questionKind(words);
        const adjuncts = adjunctPositions(text, words, kind.consumed);
        for (const at of adjuncts) {
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThan(words.length);
          expect(kind.consumed.has(at)).toBe(false);
        }
        const parsed = parseQuestion(index, text);
        for (const concept of parsed.concepts) {
          expect(Number.isFinite(concept.weight)).toBe(true);
          expect(concept.weight).toBeGreaterThan(0);
          expect(concept.also.length).toBe(concept.alsoFactor.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});
