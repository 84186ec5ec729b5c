// The question's main verb and the head of "which X": a sentence that answers states the asked relation about the
// asked thing. Each rule on sentences of its own.
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../../src/core/ask/answer-ask.ts';
import { questionKind } from '../../../src/core/ask/question-type.ts';
import { mainVerb, possessorsIn, subjectWords } from '../../../src/core/ask/question-verb.ts';
import { foldWords } from '../../../src/core/ask/tokenize.ts';
import type { Person } from '../../../src/core/pack-schema.ts';
import { memoryArticle, memoryPack } from '../../support/memory-pack.ts';

function verbOf(question: string): string | undefined {
  const words = foldWords(question);
  const at = mainVerb(words, new Set(), possessorsIn(question));
  return at === undefined ? undefined : words[at];
}

function headOf(question: string): string | undefined {
  const words = foldWords(question);
  const head = questionKind(words).head;
  return head === undefined ? undefined : words[head];
}

const packOf = (sentences: string[]) => memoryPack([memoryArticle('001', 'Harbour News', sentences)]);

describe('the main verb of a question (question-verb.ts)', () => {
  it.each([
    ['after "did" and the subject', 'When did the ferry return to port?', 'return'],
    ['past a possessive noun phrase', "At what time did the mayor's train arrive?", 'arrive'],
    ['a passive or perfect participle', 'How many sailors were rescued from the wreck?', 'rescued'],
    ['the past form after "which X"', 'Which harbour pilot steered the tanker?', 'steered'],
    ['a past form in -ed, though its stem is mostly a noun', 'Who filmed the regatta?', 'filmed'],
    ['a past form in -ed, though its stem is mostly a noun', 'Which club hosted the regatta?', 'hosted'],
    ['an irregular past form the ending does not show', 'Who paid for the regatta?', 'paid'],
    ['an irregular past form the ending does not show', 'Which sailor led the regatta?', 'led'],
  ])('%s: "%s" -> %s', (_rule, question, verb) => {
    expect(verbOf(question)).toBe(verb);
  });
  it('a light verb says nothing by itself: its particle, its object noun or its infinitive does', () => {
    expect(verbOf('At what time did the ferry get back to port?')).toBe('back');
    expect(verbOf('When is the mayor expected to make her next visit to Oslo?')).toBe('visit');
    expect(verbOf('What did the mayor say about the bridge?')).toBeUndefined();
    expect(verbOf('Which aide called the trip rare?')).toBeUndefined();
  });
  it('a sentence that does not state the relation does not answer, however much else it shares', () => {
    const pack = packOf(['The ferry left the port at noon on Monday.', 'The weather was calm all week.']);
    expect(answerAsk(pack, 'At what time did the ferry return to the port on Monday?').status).toBe('not-found');
    const returned = packOf(['The ferry returned to the port at noon on Monday.', 'The weather was calm all week.']);
    expect(answerAsk(returned, 'At what time did the ferry return to the port on Monday?').status).toBe('answered');
  });
});

describe('the subject of a question (question-verb.ts)', () => {
  it('is the noun phrase after the inverted auxiliary, without its adjectives and verbs', () => {
    const subjectOf = (question: string) => {
      const words = foldWords(question);
      return subjectWords(words, new Set(), possessorsIn(question)).map((i) => words[i]);
    };
    expect(subjectOf('What time was the regatta due to start?')).toEqual(['regatta']);
    expect(subjectOf('How long was the ferry crossing from Bergen expected to take?')).toEqual(['ferry', 'crossing']);
    expect(subjectOf('Who opened the bridge?')).toEqual([]);
  });
  it('a sentence that speaks of something else does not answer, though it gives a time of day', () => {
    const regatta = ['The regatta drew crowds.', 'The regatta is held every year.', 'Its boats came from far away.'];
    const pack = packOf(['The ferry was due to start from the harbour at 4 p.m. on Monday.', ...regatta]);
    const question = 'What time was the regatta due to start from the harbour on Monday?';
    expect(answerAsk(pack, question).status).toBe('not-found');
    const said = packOf(['The regatta was due to start from the harbour at 4 p.m. on Monday.', ...regatta]);
    expect(answerAsk(said, question).status).toBe('answered');
  });
});

describe('a place the question names (parse-question.ts, sentence-coverage.ts)', () => {
  it('a sentence about another place does not answer a question about this one', () => {
    const question = 'When will the mayor make her next visit to Oslo?';
    const elsewhere = packOf(['The mayor will travel to Bergen next week.', 'The weather was calm all week.']);
    expect(answerAsk(elsewhere, question).status).toBe('not-found');
    const there = packOf(['The mayor will visit Oslo next week.', 'The weather was calm all week.']);
    expect(answerAsk(there, question).status).toBe('answered');
  });
});

describe('the head of "which X" (question-type.ts)', () => {
  it('is the noun the phrase ends with, before the verb; "what kind of X" asks for an X', () => {
    expect(headOf('Which Danish museum official opened the exhibition?')).toBe('official');
    expect(headOf('What kind of boat sank near the pier?')).toBe('boat');
    expect(headOf('What earlier meeting was the mayor asked about?')).toBe('meeting');
  });
  it('a sentence that speaks of no such thing does not answer; one naming an X by its kind does', () => {
    const berg: Person = {
      id: 'ole-berg',
      name: 'Ole Berg',
      spellings: ['Ole Berg'],
      otherSpellings: [],
      shortNames: ['Berg'],
      country: 'Denmark',
      key: false,
      roles: [{ role: 'Visitor', citations: [{ article: '001', quote: 'Ole Berg' }] }],
    };
    const question = 'Which Danish museum official opened the exhibition?';
    const withBerg = (sentence: string) =>
      memoryPack([memoryArticle('001', 'Harbour News', [sentence, 'It was busy.'])], { people: [berg] });
    expect(answerAsk(withBerg('The Danish visitor Ole Berg opened the exhibition on Monday.'), question).status).toBe(
      'not-found',
    );
    // A minister is a kind of official (WordNet, two steps down): the sentence names an official.
    expect(answerAsk(withBerg('The Danish minister Ole Berg opened the exhibition on Monday.'), question).status).toBe(
      'answered',
    );
  });
});
