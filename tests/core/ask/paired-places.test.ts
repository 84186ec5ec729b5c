// Two rules on sentences of their own: "the two countries" stands for the two countries named just before it
// (paired-places.ts, indexed by ask-index.ts), and a lemma SemCor tagged only a few times keeps every tagged sense
// (related-words.ts), so "oblige" reaches "bind".
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../../src/core/ask/answer-ask.ts';
import { pairedCountryWords } from '../../../src/core/ask/paired-places.ts';
import { relatedWords } from '../../../src/core/ask/related-words.ts';
import { foldWords } from '../../../src/core/ask/tokenize.ts';
import { memoryArticle, memoryPack } from '../../support/memory-pack.ts';

const FILLER = ['The weather was calm all week.', 'Fishing boats stayed in port.', 'Tourists filled the cafes.'];
const paired = (sentences: string[]) =>
  pairedCountryWords(sentences, sentences.length - 1, foldWords(sentences.at(-1) ?? ''));

describe('"the two countries" (paired-places.ts)', () => {
  it("stands for the two countries the sentence before names, a possessive's name included", () => {
    expect(paired(["Norway thanked Sweden's navy for its help.", 'The two countries signed a fishing deal.'])).toEqual([
      'norway',
      'sweden',
    ]);
    expect(paired(['Trade between Norway and New Zealand grew.', 'Both nations cut tariffs.'])).toEqual([
      'norway',
      'new',
      'zealand',
    ]);
  });
  it('finds a country inside a run of capitalised words, and a kingdom or a republic too', () => {
    expect(
      paired(['Norway protested.', 'On Monday Sweden and Finland signed a pact.', 'The two countries met.']),
    ).toEqual(['sweden', 'finland']);
    expect(paired(["Britain's navy helped Estonia.", 'The two countries trained together.'])).toEqual([
      'britain',
      'estonia',
    ]);
  });
  it('looks one sentence further back when the one before names fewer than two', () => {
    expect(paired(['Norway hosted Sweden.', 'The talks ran late.', 'The two countries agreed on quotas.'])).toEqual([
      'norway',
      'sweden',
    ]);
  });
  it('stands for nothing when the countries are not exactly two, or no pair is described', () => {
    expect(paired(['Norway met Sweden and Finland.', 'The two countries signed a deal.'])).toEqual([]);
    expect(paired(['Norway met Oslo officials.', 'The two countries signed a deal.'])).toEqual([]);
    expect(paired(['Norway hosted Sweden.', 'The two mayors signed a deal.'])).toEqual([]);
  });
  it('a question naming either country meets the sentence, which names neither', () => {
    const pack = memoryPack([
      memoryArticle('001', 'Harbour News', [
        'Norway thanked Sweden for its help in the storm.',
        'The fishing pact the two countries agreed last year binds each of them to share the catch.',
        ...FILLER,
      ]),
    ]);
    const answer = answerAsk(
      pack,
      'What does the fishing pact Norway and Sweden agreed last year oblige each side to do?',
    );
    expect(answer.status).toBe('answered');
    const text = answer.sections[0]?.lines[0]?.parts.map((p) => ('text' in p ? p.text : '')).join('') ?? '';
    expect(text).toContain('binds each of them to share the catch');
  });
});

describe('a lemma tagged only a few times keeps every tagged sense (related-words.ts)', () => {
  it('"oblige" (15 tagged uses, one meaning "bind") reaches "bind"; "give" (thousands) keeps to its common senses', () => {
    expect(relatedWords('oblige').map((r) => r.word)).toContain('bind');
    // "give" in its rare sense of "collapse" is no paraphrase a news question means.
    expect(relatedWords('give').map((r) => r.word)).not.toContain('collapse');
  });
});
