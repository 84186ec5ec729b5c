// The linguistic rules of `ask`, each on a sentence of its own (none from the story's articles).
import { describe, expect, it } from 'vitest';
import { newNames } from '../../../src/core/ask/answer-kinds.ts';
import { isA } from '../../../src/core/ask/lexicon.ts';
import type { ParsedQuestion } from '../../../src/core/ask/parse-question.ts';
import { questionKind, type WordRole } from '../../../src/core/ask/question-type.ts';
import { tagWords } from '../../../src/core/ask/question-pos.ts';
import { relatedWords } from '../../../src/core/ask/related-words.ts';
import { foldWords } from '../../../src/core/ask/tokenize.ts';

const words = (q: string) => foldWords(q);
const related = (w: string, pos?: 'n' | 'v' | 'a') => relatedWords(w, pos).map((r) => r.word);

function kindOf(q: string) {
  const folded = foldWords(q);
  const tags = tagWords(q, folded);
  const roleAt = (i: number): WordRole =>
    tags[i] === 'noun' ? 'noun' : tags[i] === 'verb' || tags[i] === 'aux' ? 'other' : 'modifier';
  return questionKind(folded, roleAt);
}

describe('paraphrase from WordNet (related-words.ts)', () => {
  it('derivation: "departure" reaches "depart" and its synonym "leave"', () => {
    expect(related('departure')).toEqual(expect.arrayContaining(['depart', 'leave']));
  });
  it('lemma first: "announced" reaches "announce" and its synonym "proclaimed"', () => {
    expect(related('announced')).toEqual(expect.arrayContaining(['announce', 'proclaimed']));
  });
  it('the tagged part of speech picks the senses: the noun "train" is not the verb "discipline"', () => {
    expect(related('train', 'n')).not.toContain('discipline');
  });
  it('part holonym by the compound head: a capital reaches its country', () => {
    expect(related('paris', 'n')).toContain('france');
  });
});

describe('what a question asks for (question-type.ts)', () => {
  it('which X: the focus is the last noun before the verb', () => {
    const q = 'Which Danish museum official opened the exhibition?';
    const kind = kindOf(q);
    expect(kind.kind).toBe('which');
    expect(words(q)[kind.focus ?? -1]).toBe('official');
  });
  it('"what is the X of" asks for an X', () => {
    const q = 'What is the top speed of the new ferry?';
    expect(words(q)[kindOf(q).focus ?? -1]).toBe('speed');
  });
  it('time of day, measure, yes/no', () => {
    expect(kindOf('At what time did the ferry dock?').kind).toBe('clock');
    expect(kindOf('How fast does the ferry go?').kind).toBe('measure');
    expect(kindOf('Did the mayor open the bridge?').kind).toBe('yesno');
    expect(kindOf('What is the new bridge called?').kind).toBe('name');
  });
});

describe('answer kinds (answer-kinds.ts, lexicon.ts)', () => {
  const question = { words: new Set(foldWords('who opened the bridge in Oslo')) } as unknown as ParsedQuestion;
  it('finds names the question does not use, not the sentence-initial word or a month', () => {
    expect(newNames(question, 'The bridge in Oslo was opened in March by Ingrid Solberg.')).toEqual([
      'ingrid',
      'solberg',
    ]);
  });
  it('reads people and places from WordNet hypernyms', () => {
    expect(isA('spokesman', 'person')).toBe(true);
    expect(isA('avenue', 'way')).toBe(true);
    expect(isA('tomato', 'person')).toBe(false);
  });
});
