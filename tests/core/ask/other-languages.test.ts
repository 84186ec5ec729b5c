// The ask reader's rules for sources in other languages (f2447f1, 632de7a), each on sentences of its own: a foreign
// sentence is indexed with the English words of its event and country words (language-bridge.ts, ask-index.ts); an
// ordinary English question word it cannot say counts half toward its share but never toward the gates, while a
// capitalised word gets no such credit (sentence-coverage.ts); a question naming the source's language or outlet
// vouches for the asked verb in its sentences; "what exactly" asks what and "what was the name of X" asks for an X
// (question-type.ts); and the head of "which X" never weighs as a light verb (parse-question.ts).
//
// reader-rules.test.ts exports no helpers: the few this file needs are written again on memory-pack.ts.
import { describe, expect, it } from 'vitest';
import { askIndexOf, type AskIndex } from '../../../src/core/ask/ask-index.ts';
import { englishFor } from '../../../src/core/ask/language-bridge.ts';
import { idf, parseQuestion, type Concept } from '../../../src/core/ask/parse-question.ts';
import { questionKind } from '../../../src/core/ask/question-type.ts';
import { isLightVerb } from '../../../src/core/ask/question-verb.ts';
import { textOf } from '../../../src/core/ask/search-sentences.ts';
import { coverageOf, holds, type Coverage } from '../../../src/core/ask/sentence-coverage.ts';
import { foldWords, termOf } from '../../../src/core/ask/tokenize.ts';
import type { Article, StoryPack } from '../../../src/core/story-pack.ts';
import { memoryArticle, memoryPack } from '../../support/memory-pack.ts';

/** Sentences that share no word with the questions: they make the question's words rare, as in a real pack. */
const FILLER = ['The weather was calm all week.', 'Fishing boats stayed in port.'];

/** An article of `outlet` in `language` (undefined: English, as a pack without a language field says). */
function article(id: string, outlet: string, sentences: string[], language?: string): Article {
  const plain = memoryArticle(id, outlet, sentences);
  return language === undefined ? plain : { ...plain, language };
}

/** A pack of one article in `language` holding `sentences`, and an English article of filler. */
const packOf = (sentences: string[], language?: string, outlet = 'Diario del Puerto'): StoryPack =>
  memoryPack([article('001', outlet, sentences, language), article('002', 'Harbour News', FILLER)]);

/** The index number of a sentence of the pack, found by its text. */
function sentenceOf(index: AskIndex, sentence: string): number {
  const s = Array.from({ length: index.sentenceCount }, (_, i) => i).find((i) => textOf(index, i) === sentence);
  if (s === undefined) throw new Error(`not in the pack: ${sentence}`);
  return s;
}

/** The reader's full coverage of one sentence of the pack (share, gates, missing words). */
function coverageDetail(pack: StoryPack, question: string, sentence: string): Coverage {
  const index = askIndexOf(pack);
  return coverageOf(index, parseQuestion(index, question), sentenceOf(index, sentence));
}

/** Whether the pack indexes `sentence` with the term of the English `word`. */
function indexedWith(pack: StoryPack, sentence: string, word: string): boolean {
  const index = askIndexOf(pack);
  const term = termOf(word);
  const id = term === null ? undefined : index.terms.find(term);
  return id !== undefined && holds(index, sentenceOf(index, sentence), id);
}

function conceptOf(pack: StoryPack, question: string, label: string): Concept | undefined {
  return parseQuestion(askIndexOf(pack), question).concepts.find((c) => c.label === label);
}

describe('English words for the event and country words of another language (language-bridge.ts englishFor)', () => {
  it('a folded Spanish event word gives its English event kind', () => {
    const [discurso] = foldWords('discurso');
    expect(englishFor('es', discurso ?? '')).toEqual(['speech']);
    const [visita] = foldWords('Visita');
    expect(englishFor('es', visita ?? '')).toEqual(['visit']);
  });
  it('a Russian word starting with an event prefix, folded and transliterated as foldWords does, gives the kind', () => {
    // "переговор" is the prefix in ru.ts: every case of "переговоры" (talks) starts with it once transliterated.
    const words = foldWords('переговоры переговорах');
    expect(words).toHaveLength(2);
    for (const word of words) expect(englishFor('ru', word)).toEqual(['talks']);
    const [vizitom] = foldWords('визитом');
    expect(englishFor('ru', vizitom ?? '')).toEqual(['visit']);
  });
  it('a folded Spanish country word gives the English country words', () => {
    const [japones] = foldWords('japonés');
    expect(japones).toBe('japones');
    expect(englishFor('es', japones ?? '')).toEqual(['japan']);
  });
  it('an ordinary Spanish word has no English word', () => {
    expect(englishFor('es', 'puerto')).toEqual([]);
    expect(englishFor('es', 'alcalde')).toEqual([]);
  });
  it('English and a missing language give none: the word is its own English', () => {
    expect(englishFor('en', 'discurso')).toEqual([]);
    expect(englishFor(undefined, 'discurso')).toEqual([]);
    expect(englishFor('en', 'japones')).toEqual([]);
  });
  it('a language without a word list gives none', () => {
    expect(englishFor('fr', 'discurso')).toEqual([]);
    expect(englishFor('xx', 'japones')).toEqual([]);
  });
});

describe('a sentence in another language is indexed with the English words of its event words (ask-index.ts)', () => {
  const SPEECH = 'El alcalde pronunció un discurso en el muelle de Bergen.';
  const OWNER = 'El armador japonés compró el ferry de Oslo.';

  it("a Spanish event word puts the English word's term in the sentence", () => {
    expect(indexedWith(packOf([SPEECH, OWNER], 'es'), SPEECH, 'speech')).toBe(true);
  });
  it("a Spanish country word puts the English country's term in the sentence", () => {
    expect(indexedWith(packOf([SPEECH, OWNER], 'es'), OWNER, 'japan')).toBe(true);
  });
  it('the same sentence in an English article is not indexed with them', () => {
    expect(indexedWith(packOf([SPEECH, OWNER]), SPEECH, 'speech')).toBe(false);
    expect(indexedWith(packOf([SPEECH, OWNER], 'en'), OWNER, 'japan')).toBe(false);
  });
  it('a Russian sentence is indexed with the English kind of its event prefix', () => {
    const TALKS = 'Переговоры мэра Осло о пароме продолжились.';
    expect(indexedWith(packOf([TALKS], 'ru'), TALKS, 'talks')).toBe(true);
  });
  it('an English question word then meets the Spanish sentence itself, by a term of its own', () => {
    const QUESTION = 'Where did the mayor give a speech?';
    const spanish = askIndexOf(packOf([SPEECH, OWNER], 'es'));
    const speech = parseQuestion(spanish, QUESTION).concepts.find((c) => c.label === 'speech');
    expect(speech?.term).toBeDefined();
    expect(holds(spanish, sentenceOf(spanish, SPEECH), speech?.term ?? -1)).toBe(true);
    // In English the word is no term of the pack: at most a relative of it stands in.
    const english = askIndexOf(packOf([SPEECH, OWNER]));
    expect(parseQuestion(english, QUESTION).concepts.find((c) => c.label === 'speech')?.term).toBeUndefined();
  });
});

describe('an English word a foreign sentence cannot say counts half, for a figure, never for the gates (sentence-coverage.ts FOREIGN_FACTOR)', () => {
  const STEERED = 'El práctico Lars Berg condujo el ferry durante dos horas hasta el muelle.';
  const QUESTION = 'How long did the harbour pilot steer the ferry?';

  it('the sentence in Spanish covers more of a question asking for a figure than the same sentence in English', () => {
    const spanish = coverageDetail(packOf([STEERED], 'es'), QUESTION, STEERED);
    const english = coverageDetail(packOf([STEERED]), QUESTION, STEERED);
    expect(english.share).toBeGreaterThan(0);
    expect(spanish.share).toBeGreaterThan(english.share);
    // Half credit, not the whole: the unsaid words still count for something less than a stated word.
    expect(spanish.share).toBeLessThan(1);
  });
  it('the unsaid words are still listed as missing', () => {
    const spanish = coverageDetail(packOf([STEERED], 'es'), QUESTION, STEERED);
    expect(spanish.missing).toEqual(expect.arrayContaining(['harbour', 'pilot', 'steer']));
    expect(spanish.missing).not.toContain('ferry');
  });
  it('a question asking for a name or a person gets no credit: nothing checks a name given in other words', () => {
    const which = 'Which harbour pilot steered the ferry?';
    const spanish = coverageDetail(packOf([STEERED], 'es'), which, STEERED);
    const english = coverageDetail(packOf([STEERED]), which, STEERED);
    expect(spanish.share).toBeCloseTo(english.share, 10);
  });
  it('the verb and the X of "which X" are not met by the credit: the sentence is refused for the gates', () => {
    const spanish = coverageDetail(packOf([STEERED], 'es'), 'Which harbour pilot steered the ferry?', STEERED);
    expect(spanish.verbMet).toBe(false);
    expect(spanish.headMet).toBe(false);
  });
  it('a capitalised (proper) question word gets no credit: a name is spelt alike in every language', () => {
    const pack = packOf([STEERED], 'es');
    const proper = conceptOf(pack, 'How long did the pilot steer the Nordlys ferry?', 'nordlys');
    const plain = conceptOf(pack, 'How long did the pilot steer the nordlys ferry?', 'nordlys');
    expect(proper?.proper).toBe(true);
    expect(plain?.proper).toBeUndefined();
    expect(proper?.weight).toBeCloseTo(plain?.weight ?? 0, 10);
    const named = coverageDetail(pack, 'How long did the pilot steer the Nordlys ferry?', STEERED);
    const unnamed = coverageDetail(pack, 'How long did the pilot steer the nordlys ferry?', STEERED);
    expect(named.missing).toContain('nordlys');
    expect(unnamed.missing).toContain('nordlys');
    expect(named.share).toBeLessThan(unnamed.share);
  });
});

describe("a question naming the source's language or outlet vouches for its verb (sentence-coverage.ts, 632de7a)", () => {
  const STEERED = 'El práctico Lars Berg condujo el ferry hasta el muelle.';
  const OUTLET = 'Diario del Puerto';
  /** The coverage of STEERED, the Spanish sentence of the outlet's article (its pack has one of English filler). */
  const steeredDetail = (question: string) => coverageDetail(packOf([STEERED], 'es', OUTLET), question, STEERED);

  it('"according to the Spanish-language report": the unknown verb meets the verb gate', () => {
    const detail = steeredDetail('Which pilot steered the ferry, according to the Spanish-language report?');
    expect(detail.missing).toContain('steered');
    expect(detail.verbMet).toBe(true);
  });
  it('naming the outlet points at its sentences as well', () => {
    const detail = steeredDetail('Which pilot steered the ferry, according to Diario del Puerto?');
    expect(detail.verbMet).toBe(true);
  });
  it('without the attribution words the verb gate is not met', () => {
    const detail = steeredDetail('Which pilot steered the ferry?');
    expect(detail.verbMet).toBe(false);
  });
  it('naming a language the source is not in vouches for nothing', () => {
    const detail = steeredDetail('Which pilot steered the ferry, according to the German-language report?');
    expect(detail.verbMet).toBe(false);
  });
  it('an English source is never vouched for: its words can state the verb', () => {
    const SAID = 'The pilot Lars Berg brought the ferry to the quay.';
    const detail = coverageDetail(
      packOf([SAID], undefined, 'Harbour Daily'),
      'Which pilot steered the ferry, according to the Harbour Daily?',
      SAID,
    );
    expect(detail.verbMet).toBe(false);
  });
});

describe('"what exactly" asks what; "what was the name of X" asks for an X (question-type.ts, f2447f1)', () => {
  it('"What exactly did the mayor say" asks what was said, not "which"', () => {
    const words = foldWords('What exactly did the mayor say about the bridge?');
    expect(questionKind(words).kind).toBe('what');
    expect(questionKind(foldWords('What did the mayor say about the bridge?')).kind).toBe('what');
  });
  it('"What was the name of the harbour official" asks for a person, its opening words consumed', () => {
    const words = foldWords('What was the name of the harbour official who inspected the tanker?');
    const kind = questionKind(words);
    expect(kind.kind).toBe('whichPerson');
    expect([...kind.consumed].map((i) => words[i])).toEqual(['what', 'was', 'the', 'name', 'of']);
  });
  it('"What was the name of Oslo\'s harbour official" has its head at the noun, the words of X its focus', () => {
    const words = foldWords("What was the name of Oslo's harbour official?");
    const kind = questionKind(words);
    expect(kind.kind).toBe('whichPerson');
    expect(kind.head).toBe(words.indexOf('official'));
    expect(kind.focus?.map((i) => words[i])).toEqual(['oslo', 'harbour', 'official']);
  });
  // An article right after the opener begins X; a relative pronoun ends it.
  it('"What was the name of the harbour official" has its head at the noun, past the article', () => {
    const words = foldWords('What was the name of the harbour official?');
    const kind = questionKind(words);
    expect(kind.head).toBe(words.indexOf('official'));
    expect(kind.focus?.map((i) => words[i])).toEqual(['harbour', 'official']);
  });
  it('"What was the name of Oslo\'s harbour official who inspected the tanker" ends X before "who"', () => {
    const words = foldWords("What was the name of Oslo's harbour official who inspected the tanker?");
    const kind = questionKind(words);
    expect(kind.head).toBe(words.indexOf('official'));
    expect(kind.focus?.map((i) => words[i])).toEqual(['oslo', 'harbour', 'official']);
  });
});

describe('the head of "which X" never weighs as a light verb (parse-question.ts, 632de7a)', () => {
  const pack = packOf(['The mayor announced a plan for a new ferry route to Bergen.']);

  it('"plan" reads as a light verb out of context', () => {
    expect(isLightVerb('plan')).toBe(true);
  });
  it('in "Which plan did the mayor announce?" the head "plan" weighs its idf in full', () => {
    const index = askIndexOf(pack);
    const id = index.terms.find(termOf('plan') ?? '');
    expect(id).toBeDefined();
    const df = index.df[id ?? -1] ?? 0;
    expect(df).toBeGreaterThan(0);
    const parsed = parseQuestion(index, 'Which plan did the mayor announce?');
    const plan = parsed.concepts.find((c) => c.label === 'plan');
    expect(parsed.head).toBe(plan === undefined ? -1 : parsed.concepts.indexOf(plan));
    expect(plan?.weight).toBeCloseTo(idf(index, df), 10);
  });
  it('"plan" outside the head still weighs half as a light verb', () => {
    const index = askIndexOf(pack);
    const df = index.df[index.terms.find(termOf('plan') ?? '') ?? -1] ?? 0;
    const plan = conceptOf(pack, 'Did the mayor plan a new ferry route?', 'plan');
    expect(plan?.weight).toBeCloseTo(idf(index, df) * 0.5, 10);
  });
});
