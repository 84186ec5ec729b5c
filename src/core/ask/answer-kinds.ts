// Whether a sentence gives the kind of answer asked, read from its words on the few best candidates: who -> a person
// other than those asked about; where -> a place; when -> a time; what time -> a time of day; how long -> a
// duration; how many -> a number next to the counted noun; how old -> an age; how fast/far -> a number; which X -> an X; what is X called ->
// a name. Loosely related text fails here, not in ranking.
import type { AskIndex } from './ask-index.ts';
import { countsTerm } from './count-check.ts';
import { isA, isDictionaryWord } from './lexicon.ts';
import type { ParsedQuestion } from './parse-question.ts';
import type { AnswerKind } from './question-type.ts';
import { HAS_DURATION, HAS_NUMBER, HAS_TIME } from './sentence-features.ts';
import { isCalendarWord } from './time-words.ts';
import { foldWords, termOf } from './tokenize.ts';

export interface Candidate {
  readonly text: string;
  readonly flags: number;
  /** Fact-sheet people the text names (indexes into pack.facts.people). */
  readonly persons: readonly number[];
}

/** A time of day: "4 p.m.", "09:00", "9am", "at dawn", "Thursday evening". */
const CLOCK_TIME =
  /\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}[:.]\d{2}\b|\b(?:noon|midnight|dawn|dusk|morning|afternoon|evening|night)\b/i;
/** An age: "aged 12", "12 years old", "a 12-year-old". */
const AGE = /\b(?:aged\s+\d{1,3}|\d{1,3}[-\s]years?[-\s]old)\b/i;
/** A duration with an article or "half" for its number: "nearly a day", "half an hour". */
const ARTICLE_DURATION = /\b(?:an?|half\s+an?|half|one)\s+(?:day|hour|week|month|year|decade|minute)s?\b/i;
const PLACE_PREPOSITIONS = new Set('in at to into from near along outside inside across through on'.split(' '));
const PLACE_CATEGORIES = ['location', 'structure', 'way'] as const;

export function givesKind(index: AskIndex, question: ParsedQuestion, candidate: Candidate): boolean {
  return fits(question.kind, index, question, candidate);
}

function fits(kind: AnswerKind, index: AskIndex, question: ParsedQuestion, c: Candidate): boolean {
  switch (kind) {
    case 'when':
      return (c.flags & HAS_TIME) !== 0 || CLOCK_TIME.test(c.text);
    case 'clock':
      return CLOCK_TIME.test(c.text);
    case 'duration':
      return (c.flags & HAS_DURATION) !== 0 || ARTICLE_DURATION.test(c.text);
    case 'count':
      return (c.flags & HAS_NUMBER) !== 0 && countsNoun(index, question, c.text);
    case 'age':
      return AGE.test(c.text);
    case 'measure':
      return (c.flags & HAS_NUMBER) !== 0;
    case 'who':
      return namesOtherPerson(index, question, c);
    case 'where':
      return namesPlace(question, c.text);
    case 'name':
      return newNames(question, c.text).length > 0 || /["“«][^"”»]{2,}["”»]/.test(c.text);
    case 'which':
      return isAnX(index, question, c);
    case 'yesno':
    case 'why':
    case 'what':
      return true;
  }
}

function countsNoun(index: AskIndex, question: ParsedQuestion, text: string): boolean {
  const counted = question.counted;
  if (counted === undefined || counted.length === 0) return true;
  const words = foldWords(text);
  return counted.some((a) => countsTerm(words, a.term, index.terms));
}

/** "Which official" is a who-question, "which thoroughfare" a where-question; any other X must be named. */
function isAnX(index: AskIndex, question: ParsedQuestion, c: Candidate): boolean {
  const focus = question.focus;
  if (!focus) return true;
  if (isA(focus.word, 'person')) return namesOtherPerson(index, question, c);
  if (PLACE_CATEGORIES.some((category) => isA(focus.word, category))) return namesPlace(question, c.text);
  return newNames(question, c.text).length > 0 || mentionsConcept(index, question, focus.concept, c.text);
}

function mentionsConcept(index: AskIndex, question: ParsedQuestion, concept: number, text: string): boolean {
  const alternatives = question.concepts[concept]?.alternatives ?? [];
  return foldWords(text).some((w) => {
    const term = termOf(w);
    const id = term === null ? undefined : index.terms.find(term);
    return id !== undefined && alternatives.some((a) => a.term === id);
  });
}

function namesOtherPerson(index: AskIndex, question: ParsedQuestion, c: Candidate): boolean {
  if (c.persons.some((p) => !question.persons.includes(p))) return true;
  if (newNames(question, c.text).some((name) => !PLACE_CATEGORIES.some((category) => isA(name, category)))) return true;
  // "the spokesman", "its director": a person by role, when the question did not already say it.
  return foldWords(c.text).some((w) => !question.words.has(w) && isA(w, 'person') && isDictionaryWord(w));
}

function namesPlace(question: ParsedQuestion, text: string): boolean {
  const words = foldWords(text);
  if (words.some((w) => !question.words.has(w) && PLACE_CATEGORIES.some((category) => isA(w, category)))) return true;
  const names = new Set(newNames(question, text));
  return words.some((w, i) => names.has(w) && PLACE_PREPOSITIONS.has(words[i - 1] ?? ''));
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCE_START = /(?:^|[.!?:;"“(—–]\s*)$/;

/**
 * Folded words of capitalised names in a text that the question does not use: "Hong Lei", "Truth Social", "NIS".
 * A capitalised first word counts only when no dictionary knows it (sentences start with "The", "Writing"...);
 * months and weekdays are times, not names.
 */
export function newNames(question: ParsedQuestion, text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (!/^\p{Lu}/u.test(token)) continue;
    const atStart = SENTENCE_START.test(text.slice(0, match.index));
    for (const word of foldWords(token)) {
      if (question.words.has(word) || isCalendarWord(word)) continue;
      if (atStart && isDictionaryWord(word)) continue;
      names.push(word);
    }
  }
  return names;
}
