// A whole-sentence question's time clause ("what happened to the ferry soon after the talks were over?"): a sentence
// that situates its event with a time clause of its own, the same opener, one of the clause's content words and no
// one else in it ("shortly after the talks ended"), answers without restating the rest of the clause or the people
// named only there. A sentence without such a clause, whose "after" speaks of another moment, or whose clause shares
// only its frame ("shortly after") still has to say every word. In a span question a person named only inside an
// adjunct situates it, as its words do, unless the sentence names someone else. A time clause dates its own verb.
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../../../src/core/ask/answer-ask.ts';
import { askIndexOf } from '../../../src/core/ask/ask-index.ts';
import { parseQuestion } from '../../../src/core/ask/parse-question.ts';
import { timeClausesIn } from '../../../src/core/ask/question-adjuncts.ts';
import { irregularForms } from '../../../src/core/ask/irregular-forms.ts';
import { relatedWords } from '../../../src/core/ask/related-words.ts';
import { answersOf, memoryArticle, memoryPack, memoryPerson } from '../../support/memory-pack.ts';

const FILLER = ['The weather was calm all week.', 'Fishing boats stayed in port.', 'Tourists filled the cafes.'];
const LUND = memoryPerson('eva-lund', 'Eva Lund', 'Harbour master');
const BERG = memoryPerson('ole-berg', 'Ole Berg', 'Mayor');
const HALD = memoryPerson('per-hald', 'Per Hald', 'Pilot');
const packOf = (sentences: string[]) =>
  memoryPack([memoryArticle('001', 'Harbour News', [...sentences, ...FILLER])], { people: [LUND, BERG, HALD] });

const QUESTION = "What happened to Berg's ferry soon after his talks with Lund were over?";

describe('a time clause of the sentence its own (question-adjuncts.ts timeClausesIn)', () => {
  it('runs from the opener, with the degree word before it, to the next comma', () => {
    const sentence = 'The ferry was towed away shortly after the storm passed, the daily said.';
    const [clause, ...more] = timeClausesIn(sentence, ['after']);
    expect(more).toEqual([]);
    expect(clause?.words).toEqual('shortly after the storm passed'.split(' '));
    expect(sentence.slice(clause?.start, clause?.end)).toBe('shortly after the storm passed');
    expect(timeClausesIn('Before dawn, the ferry left.', ['before', 'after']).map((c) => c.words)).toEqual([
      ['before', 'dawn'],
    ]);
    expect(timeClausesIn('The ferry left at dawn.', ['after'])).toEqual([]);
  });
  it('starts at the degree word right before the opener, not at an earlier word spelt the same', () => {
    const sentence = 'The ferry just docked at 4 p.m. just after it had left Oslo.';
    const [clause] = timeClausesIn(sentence);
    expect(sentence.slice(clause?.start, clause?.end)).toBe('just after it had left Oslo.');
  });
  it('a whole-sentence question\'s openers are those of its time clauses a sentence can state: not "as"', () => {
    const index = askIndexOf(packOf(['The ferry left.']));
    expect(parseQuestion(index, QUESTION).openers).toEqual(['after']);
    expect(parseQuestion(index, 'What did Berg say as he left the harbour?').openers).toEqual([]);
    // A span question's adjuncts always situate it: nothing to check.
    expect(parseQuestion(index, 'When did the ferry leave after the talks?').openers).toEqual([]);
  });
});

describe('a whole-sentence answer that situates its event as the question does (sentence-coverage.ts)', () => {
  it('answers without restating the clause, nor the person named only in it', () => {
    const towed = "Berg's ferry was towed out of the harbour shortly after the talks ended.";
    const answer = answerAsk(packOf([towed]), QUESTION);
    expect(answer.status).toBe('answered');
    expect(answer.sections[0]?.lines[0]?.parts.map((p) => ('text' in p ? p.text : '')).join('')).toContain(towed);
  });
  it('the same sentence without its time clause does not: the words of the clause are then missing', () => {
    const answer = answerAsk(packOf(["Berg's ferry was towed out of the harbour on Monday."]), QUESTION);
    expect(answer.status).toBe('not-found');
  });
  it('an "after" that speaks of another moment does not situate the sentence', () => {
    const answer = answerAsk(packOf(["After the storm, Berg's ferry was towed out of the harbour."]), QUESTION);
    expect(answer.status).toBe('not-found');
  });
  it('nor does a clause that shares only its frame ("shortly after"), or names someone else', () => {
    for (const sentence of [
      "Berg's ferry was towed out of the harbour shortly after the storm passed.",
      "Berg's ferry was towed out of the harbour shortly after his talks with Hald.",
    ]) {
      expect(answerAsk(packOf([sentence]), QUESTION).status, sentence).toBe('not-found');
    }
    expect(
      answerAsk(packOf(['Berg resigned shortly after the vote.']), "Did Berg resign soon after Lund's visit?").status,
    ).toBe('not-found');
  });
  it('an "as" clause is never taken as situating: the question\'s circumstances must be said', () => {
    const pack = packOf(['Berg said the harbour would reopen, as the talks ended.']);
    expect(answerAsk(pack, 'What did Berg say as he saw Lund off?').status).toBe('not-found');
  });
});

describe("a person named only in a span question's adjunct (parse-question.ts, sentence-coverage.ts)", () => {
  it('need not be named by the answering sentence; a person named outside it must be', () => {
    const pack = packOf(['The ferry left Bergen at 4 p.m. on Monday.']);
    const index = askIndexOf(pack);
    const after = parseQuestion(index, 'When did the ferry leave Bergen after the talks with Lund?');
    expect(after.concepts.find((c) => c.kind === 'person')?.adjunct).toBe(true);
    expect(answerAsk(pack, 'When did the ferry leave Bergen after the talks with Lund?').status).toBe('answered');
    expect(answerAsk(pack, "When did Lund's ferry leave Bergen?").status).toBe('not-found');
  });
  it('must be, where the sentence names someone else in that place', () => {
    const pack = packOf(['The ferry left Bergen at 4 p.m., after the talks with Per Hald.']);
    expect(answerAsk(pack, 'When did the ferry leave Bergen after the talks with Lund?').status).toBe('not-found');
  });
});

describe('a time clause dates its own verb, not the main clause (time-clauses.ts clauseOfVerb, ask-question.ts)', () => {
  const DOCKED = 'The ferry docked in Bergen at 4 p.m., nearly a day after it had left Oslo.';
  it('a time outside the clause is not the time of the verb said only inside it', () => {
    const pack = packOf([DOCKED]);
    expect(answerAsk(pack, 'When did the ferry leave Oslo?').status).toBe('not-found');
    expect(answerAsk(pack, 'When did the ferry dock in Bergen?').status).toBe('answered');
  });
  it('the verb said outside the clause too still answers', () => {
    expect(
      answerAsk(packOf(['The ferry left Oslo at 4 p.m., soon after the storm.']), 'When did the ferry leave Oslo?')
        .status,
    ).toBe('answered');
  });
  it('a time inside the clause answers for its verb', () => {
    const pack = packOf(['The ferry docked in Bergen on Monday, a day after it left Oslo on Sunday.']);
    expect(answersOf(answerAsk(pack, 'When did the ferry leave Oslo?'))).toEqual(['Sunday']);
    expect(answersOf(answerAsk(pack, 'When did the ferry dock in Bergen?'))).toEqual(['Monday']);
  });
});

describe('irregular forms of a question word (irregular-forms.ts)', () => {
  it("are WordNet's exceptions turned round: the past of a verb, the plural of a noun", () => {
    expect(irregularForms('leave')).toContain('left');
    expect(irregularForms('meet')).toContain('met');
    expect(irregularForms('child')).toContain('children');
    expect(irregularForms('walk')).toEqual([]);
  });
  it('meet the question word, a little below the word itself ("left" may be "on her left")', () => {
    const left = relatedWords('leave').find((r) => r.word === 'left')?.factor ?? 0;
    expect(left).toBeGreaterThan(0.8);
    expect(left).toBeLessThan(1);
    expect(
      answerAsk(packOf(['The ferry left Oslo at 4 p.m. on Monday.']), 'When did the ferry leave Oslo?').status,
    ).toBe('answered');
  });
});
