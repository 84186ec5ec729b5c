// The pieces `ask` is built from: stemming, tokenizing, question typing, time words, names in questions.
import { describe, expect, it } from 'vitest';
import { askIndexOf } from '../../src/core/ask/ask-index.ts';
import { parseQuestion } from '../../src/core/ask/parse-question.ts';
import { questionKind } from '../../src/core/ask/question-type.ts';
import { timeIn } from '../../src/core/ask/time-words.ts';
import { foldWords, porterStem, termsOf } from '../../src/core/ask/tokenize.ts';
import { bundledPack } from '../support/bundled-pack.ts';

describe('porterStem', () => {
  it('matches the published Porter examples', () => {
    const pairs = { caresses: 'caress', ponies: 'poni', agreed: 'agre', hopping: 'hop', relational: 'relat' };
    for (const [word, stem] of Object.entries(pairs)) expect(porterStem(word)).toBe(stem);
    expect(porterStem('generalizations')).toBe('gener');
  });
  it('brings inflections of one verb together', () => {
    expect(new Set(['inspect', 'inspected', 'inspecting', 'inspection'].map(porterStem))).toEqual(new Set(['inspect']));
    expect(porterStem('arrived')).toBe(porterStem('arrival'));
  });
  it('leaves decades and non-English words as written', () => {
    expect(porterStem('1960s')).toBe('1960s');
    expect(porterStem('großes')).toBe('großes');
  });
});

describe('tokenizing', () => {
  it('folds case, accents and punctuation, and reads U.S. as the country', () => {
    expect(foldWords('Peseschkián met the U.S. envoy')).toEqual(['peseschkian', 'met', 'the', 'usa', 'envoy']);
  });
  it('rewrites phrases: "second world war" is World War II', () => {
    expect(termsOf('the second world war')).toEqual(termsOf('World War II'));
  });
  it('cuts stems to a 6-letter prefix, so spellings and close forms meet', () => {
    expect(termsOf('ministers')).toEqual(termsOf('ministry'));
    expect(termsOf('the armoured train')).toEqual(termsOf('armoured trains'));
  });
  it('transliterates Cyrillic words, so a Russian name meets its English spelling', () => {
    expect(foldWords('Ким и Путин')).toEqual(['kim', 'i', 'putin']);
  });
  it('reads "prop up" as support, "get to" as arrive and "going to the parade" as attending it', () => {
    expect(termsOf('prop up the economy')).toEqual(termsOf('support the economy'));
    expect(termsOf('how did kim get to china')).toEqual(termsOf('kim arrive china'));
    expect(termsOf('going to the parade')).toEqual(termsOf('attend parade'));
  });
  it('drops question scaffolding: "what is special about the train" asks about the train', () => {
    expect(termsOf("what's special about the train")).toEqual(termsOf('train'));
  });
});

describe('questionKind', () => {
  const kind = (q: string) => questionKind(foldWords(q)).kind;
  it('maps question words to the kind of answer', () => {
    expect(kind('when did putin arrive')).toBe('when');
    expect(kind('what day is the parade')).toBe('when');
    expect(kind('who is choe')).toBe('who');
    expect(kind('which other leaders are coming')).toBe('whichPerson');
    expect(kind('where is the parade')).toBe('where');
    expect(kind('how many troops')).toBe('count');
    expect(kind('how long is the parade')).toBe('duration');
    expect(kind('kim train')).toBe('what');
  });
  it('reads "last" in "when did kim last visit" as part of the question, but keeps "the last parade"', () => {
    expect([...questionKind(foldWords('when did kim last visit beijing')).consumed]).toEqual([0, 3]);
    expect([...questionKind(foldWords('when was the last parade')).consumed]).toEqual([0]);
  });
});

describe('time words', () => {
  it('resolves a weekday against the article date: Wednesday in a Tuesday report is the next day', () => {
    expect(timeIn(foldWords('On Wednesday, the trio'), '2025-09-02').days).toEqual(['2025-09-03']);
  });
  it('reads "sep 3" and "3 September 2025" as the same day', () => {
    expect(timeIn(foldWords('sep 3'), '2025-09-02', true).days).toEqual(['2025-09-03']);
    expect(timeIn(foldWords('3 September 2025'), '2020-01-01', true).days).toEqual(['2025-09-03']);
  });
  it('does not read the verbs "may" and "march" as months', () => {
    expect(timeIn(foldWords('troops may march through the square'), '2025-09-02').hasTime).toBe(false);
  });
  it('keeps a weekday in a question a word: which week it means is unknown', () => {
    expect(timeIn(foldWords('what happened on tuesday'), '2025-10-02', true).days).toEqual([]);
  });
  it('resolves yesterday in a question against the story’s newest day', () => {
    expect(timeIn(foldWords('what happened yesterday'), '2025-09-02', true).days).toEqual(['2025-09-01']);
  });
});

describe('names in questions', () => {
  const pack = bundledPack();
  const people = (q: string) => {
    const index = askIndexOf(pack);
    return parseQuestion(index, q).persons.map((p) => index.names.people[p]?.name);
  };
  it('finds Pezeshkian under the German spelling and a typo', () => {
    expect(people('peseschkian')).toEqual(['Masoud Pezeshkian']);
    expect(people('peseshkian at the parade')).toEqual(['Masoud Pezeshkian']);
  });
  it('finds Kim Jong Un spelled Kim Jong-un or misspelled Kim Jung Un', () => {
    expect(people('Kim Jong-un train')).toEqual(['Kim Jong Un']);
    expect(people('kim jung un train')).toEqual(['Kim Jong Un']);
  });
  it('never bends an ordinary word into a name', () => {
    expect(people('who chose the train')).toEqual([]);
  });
});
