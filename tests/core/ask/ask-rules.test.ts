// The linguistic rules of `ask`, each on a sentence of its own (none from the story's articles): what a question
// asks for, where in a sentence the answer of that kind is, and who a sentence is about.
import { describe, expect, it } from 'vitest';
import { answerSpan } from '../../../src/core/ask/answer-spans.ts';
import type { ParsedQuestion } from '../../../src/core/ask/parse-question.ts';
import { buildDescriptions, describedPersons } from '../../../src/core/ask/person-descriptions.ts';
import { questionKind, type AnswerKind } from '../../../src/core/ask/question-type.ts';
import { relatedWords } from '../../../src/core/ask/related-words.ts';
import { aboutPersons } from '../../../src/core/ask/sentence-about.ts';
import { foldWords, termOf } from '../../../src/core/ask/tokenize.ts';
import { personSchema } from '../../../src/core/pack-schema.ts';

const kindOf = (q: string) => questionKind(foldWords(q)).kind;

/** A parsed question as the reader sees it; `known` are the people the pack knows, by their folded words. */
function question(q: string, kind: AnswerKind, known: string[] = []): ParsedQuestion {
  const words = foldWords(q);
  return {
    kind,
    concepts: [],
    persons: [],
    words: new Set(words),
    terms: new Set(words.map((w) => termOf(w) ?? '')),
    absent: [],
    counted: words.slice(2, 4).map((w) => termOf(w) ?? ''),
    focus: [],
    head: undefined,
    verb: undefined,
    subjectNouns: [],
    alternatives: false,
    openers: [],
    headNamesPeople: false,
    future: false,
    countries: [],
    headTerms: new Set(),
    subject: q,
    isNameWord: (w) => known.some((k) => k.split(' ').includes(w)),
    personIn: (w) => (known.includes(w.join(' ')) && !words.includes(w[0] ?? '') ? 'new' : 'unknown'),
  };
}
/** A concept as parse-question.ts makes it, for rules that read the question's head noun or verb. */
const concept = (label: string) => ({
  label,
  term: undefined,
  also: [],
  alsoFactor: [],
  weight: 1,
  kind: 'word' as const,
});
const span = (q: ParsedQuestion, text: string) => {
  const s = answerSpan(q, text, 'en');
  return s ? text.slice(s.start, s.end) : undefined;
};

describe('what a question asks for (question-type.ts)', () => {
  it('which X: a person noun asks for a person, a place noun for a place, any other noun for a name', () => {
    expect(kindOf('Which Danish museum official opened the exhibition?')).toBe('whichPerson');
    expect(kindOf('In which building did the mayor speak?')).toBe('where');
    expect(kindOf('What make of bicycle did the mayor ride?')).toBe('which');
  });
  it('a verb after "what" asks what was done, not for a name', () => {
    expect(kindOf('What happened to the ferry after the storm?')).toBe('what');
    expect(kindOf("What's happening at the harbour today?")).toBe('what');
  });
  it('"what is the X of" asks for a measure or a title by its noun', () => {
    expect(kindOf('What is the top speed of the new ferry?')).toBe('measure');
    expect(kindOf("What is the mayor's job?")).toBe('title');
    expect(kindOf('What post does the new mayor hold?')).toBe('title');
  });
  it('time of day, duration, age, yes/no', () => {
    expect(kindOf('At what time did the ferry dock?')).toBe('clock');
    expect(kindOf('How long did the crossing take?')).toBe('duration');
    expect(kindOf('To what age did the oak live?')).toBe('age');
    expect(kindOf('Did the mayor open the bridge?')).toBe('yesno');
  });
});

describe('answer spans (answer-spans.ts)', () => {
  it('a count is a number next to the counted noun, not any number', () => {
    const q = question('how many cars does the ferry carry', 'count');
    expect(span(q, 'Built in 1990, the ferry carries 120 cars and 600 people.')).toBe('120 cars');
    expect(span(q, 'The ferry has 3 decks.')).toBeUndefined();
  });
  it('a duration, but not an offset ("a day after")', () => {
    const q = question('how long did the crossing take', 'duration');
    expect(span(q, 'The crossing took nearly two hours in rough seas.')).toBe('nearly two hours');
    expect(span(q, 'It sailed a day after the storm.')).toBeUndefined();
  });
  it('a time of day in figures or words', () => {
    const q = question('at what time did the ferry dock', 'clock');
    expect(span(q, 'The ferry docked at 4 p.m. on the dot.')).toBe('4 p.m.');
    expect(span(q, 'It docked at dawn.')).toBe('dawn');
  });
  it('a date, but not an ordinal that counts ("the 80th anniversary")', () => {
    const q = question('when did the bridge open', 'when');
    expect(span(q, 'The bridge opened on the 2nd and was busy at once.')).toBe('the 2nd');
    expect(span(q, 'The bridge marks the 80th anniversary of the town.')).toBeUndefined();
    expect(span(q, 'It has been six years since the bridge opened.')).toBe('six years');
  });
  it('"since when" asks for a starting point: a date a word of beginning opens, not any date', () => {
    expect(kindOf('Since when has the mayor led the council?')).toBe('since');
    const q = question('since when has the mayor led the council', 'since');
    expect(span(q, 'The mayor, who has led the council since 2019, spoke on Monday.')).toBe('2019');
    expect(span(q, 'The council, led by the mayor, met on Monday.')).toBeUndefined();
  });
  it('a month that is an everyday word is a date only as a capitalised name', () => {
    const q = question('when did the bridge open', 'when');
    expect(span(q, 'The bridge may open soon, officials said in May.')).toBe('May');
    expect(span(q, 'The bridge may open soon.')).toBeUndefined();
  });
  it('a place is not a day: "on Thursday" after a preposition gives a time', () => {
    const q = question('where did the mayor sit', 'where');
    expect(span(q, 'The mayor sat on Thursday in the Town Hall.')).toBe('in the Town Hall');
  });
  it('"which region" is answered by the name the noun goes with', () => {
    const q = { ...question('which region did the ferry serve', 'where'), concepts: [concept('region')], head: 0 };
    expect(span(q, 'On Monday the ferry served the Nordland region again.')).toBe('Nordland region');
  });
  it('a destination ("to Oslo") answers where someone went, not where they stayed', () => {
    const stay = { ...question('where did the mayor stay', 'where'), concepts: [concept('stay')], verb: 0 };
    expect(span(stay, 'The mayor, loyal to Bergen, stayed at the Grand Hotel.')).toBe('at the Grand Hotel');
    const travel = { ...question('where did the mayor travel', 'where'), concepts: [concept('travel')], verb: 0 };
    expect(span(travel, 'The mayor travelled to Bergen.')).toBe('to Bergen');
  });
  it('an age, not any number', () => {
    const q = question('how old is the oak', 'age');
    expect(span(q, 'The oak, aged 300, has 12 branches.')).toBe('aged 300');
  });
  it('a place: a name after a preposition of place, or a place relative to someone', () => {
    const q = question('where did the mayor sit', 'where');
    expect(span(q, 'The mayor sat in the Town Hall with guests.')).toBe('in the Town Hall');
    expect(span(q, 'The mayor sat on her left.')).toBe('on her left');
  });
  it('a measure is a number with its unit', () => {
    const q = question('how fast is the ferry', 'measure');
    expect(span(q, 'The ferry, one of 4, reaches 40 km/h.')).toBe('40 km/h');
  });
  it('a reason is the clause a cause word opens', () => {
    const q = question('why is the ferry slow', 'why');
    expect(span(q, 'The ferry is slow because its hull is heavy, officials say.')).toBe('because its hull is heavy');
  });
  it('a person is someone the pack knows whom the question does not name, not any capitalised words', () => {
    const q = question('who opened the bridge', 'who', ['ingrid solberg']);
    expect(span(q, 'The bridge was opened by Ingrid Solberg in March.')).toBe('Ingrid Solberg');
    expect(span(q, 'The bridge was opened by the North Harbour Board.')).toBeUndefined();
  });
  it('a name for "which X": capitalised words the question does not say, not the sentence’s first word', () => {
    const q = question('which ferry sank', 'which');
    expect(span(q, 'Yesterday the Nordlys sank near the coast.')).toBe('Nordlys');
    expect(span(q, 'Yesterday it sank.')).toBeUndefined();
  });
});

describe('who a sentence is about (sentence-about.ts, person-descriptions.ts)', () => {
  it('a pronoun is the person the sentence before is about', () => {
    expect(aboutPersons(foldWords('Her ferry is the oldest.'), [], [7])).toEqual([7]);
    expect(aboutPersons(foldWords('The ferry is the oldest.'), [], [7])).toEqual([]);
    expect(aboutPersons(foldWords('They waved.'), [], [7, 8])).toEqual([7, 8]);
  });
  it('a description is the one person whose role it is, with "leader" for a president', () => {
    const person = personSchema.parse({
      id: 'ana-lind',
      name: 'Ana Lind',
      spellings: ['Ana Lind'],
      country: 'Denmark',
      roles: [{ role: 'Danish President, host of the fair', citations: [{ article: '000', quote: 'x' }] }],
    });
    const descriptions = buildDescriptions([person]);
    expect(describedPersons(descriptions, foldWords('the Danish president waved')).persons).toEqual([0]);
    expect(describedPersons(descriptions, foldWords('the Danish leader waved')).persons).toEqual([0]);
    expect(describedPersons(descriptions, foldWords('the Swedish leader waved')).persons).toEqual([]);
  });
  it('a role’s last words describe its holder too: "the board chair" for the "Harbour Board Chair"', () => {
    const person = personSchema.parse({
      id: 'per-holm',
      name: 'Per Holm',
      spellings: ['Per Holm'],
      country: 'Denmark',
      roles: [{ role: 'Harbour Board Chair', citations: [{ article: '000', quote: 'x' }] }],
    });
    const descriptions = buildDescriptions([person]);
    expect(describedPersons(descriptions, foldWords('what did the board chair say')).persons).toEqual([0]);
  });
});

describe('which question word decides (question-type.ts)', () => {
  it('the first question word: "which officials ... when he left" asks for people', () => {
    expect(kindOf('Which officials met the mayor when she arrived?')).toBe('whichPerson');
  });
  it('an auxiliary first asks whether, even with a "what" clause later', () => {
    expect(kindOf('Did the council publish what the mayor said?')).toBe('yesno');
  });
});

describe('paraphrase from WordNet (related-words.ts)', () => {
  const related = (w: string) => relatedWords(w).map((r) => r.word);
  it('derivation: "departure" reaches "depart" and its synonym "leave"', () => {
    expect(related('departure')).toEqual(expect.arrayContaining(['depart', 'leave']));
  });
  it('part holonym: a capital reaches its country', () => {
    expect(related('paris')).toContain('france');
  });
});
