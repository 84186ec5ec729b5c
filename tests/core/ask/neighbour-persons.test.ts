// A person asked about may be met in the sentence before or after the answering one ("Berg sailed home. He landed
// at noon."), but not where the answering sentence names someone else: it is then about that someone ("Lund had
// left the day before" does not say when Berg left). A question whose answer is a person is the exception: its
// answer names someone the question does not.
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../../src/core/ask/answer-ask.ts';
import { memoryArticle, memoryPack, memoryPerson } from '../../support/memory-pack.ts';

const FILLER = ['The weather was calm all week.', 'Fishing boats stayed in port.', 'Tourists filled the cafes.'];
const PEOPLE = [memoryPerson('ole-berg', 'Ole Berg', 'Mayor'), memoryPerson('eva-lund', 'Eva Lund', 'Harbour master')];
const packOf = (sentences: string[]) =>
  memoryPack([memoryArticle('001', 'Harbour News', [...sentences, ...FILLER])], { people: PEOPLE });

describe('a person met only in a neighbouring sentence (sentence-coverage.ts)', () => {
  it('does not make a sentence naming someone else an answer about them', () => {
    const pack = packOf(['Mayor Ole Berg spoke to reporters.', 'Eva Lund had left Oslo on Sunday.']);
    const answer = answerAsk(pack, 'When did Berg leave Oslo?');
    expect(answer.status).toBe('not-found');
  });
  it('still lets a sentence that names no one else answer through its neighbour', () => {
    const pack = packOf(['Mayor Ole Berg spoke to reporters.', 'He had left Oslo on Sunday.']);
    const answer = answerAsk(pack, 'When did Berg leave Oslo?');
    expect(answer.status).toBe('answered');
  });
  it('does not apply when the answer is a person: it names someone the question does not', () => {
    const pack = packOf([
      'Mayor Ole Berg reached Bergen on Monday.',
      'There harbour master Eva Lund welcomed the guests.',
    ]);
    const answer = answerAsk(pack, 'Who welcomed Berg in Bergen?');
    expect(answer.status).toBe('answered');
  });
});
