// A question as `ask` searches it: what kind of answer it wants, and its concepts — people, days, subject words —
// each weighted by how rare it is in the articles (a rare word decides an answer; a common one barely does).
import { distance } from 'fastest-levenshtein';
import { dayTerm, monthTerm, personTerm, type AskIndex } from './ask-index.ts';
import { personsInQuestion } from './name-keys.ts';
import { questionKind, type AnswerKind } from './question-type.ts';
import { timeIn } from './time-words.ts';
import { foldWords, termOf } from './tokenize.ts';

export interface Concept {
  /** As the user typed it (or the person's name), for "the sources don't say" messages. */
  readonly label: string;
  /** Any of these term ids satisfies the concept; empty when no article uses the word. */
  readonly terms: readonly number[];
  readonly weight: number;
  readonly kind: 'word' | 'person' | 'date';
}

export interface ParsedQuestion {
  readonly kind: AnswerKind;
  readonly concepts: readonly Concept[];
  readonly persons: readonly number[];
  /** Subject words no article uses, even allowing a typo: the sources cannot answer about them. */
  readonly absent: readonly string[];
  /** For "how many X": the term of X, which the answer's number must count. */
  readonly counted?: number;
}

/** Questions are at most 300 characters (commands/summit.ts); longer direct calls are cut, not refused. */
export const MAX_QUESTION_CHARS = 300;
/** A name is the surest sign of what a question is about. */
const PERSON_WEIGHT = 1.5;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export function idf(index: AskIndex, df: number): number {
  return Math.log(1 + (index.sentenceCount - df + 0.5) / (df + 0.5));
}

export function parseQuestion(index: AskIndex, question: string): ParsedQuestion {
  const isoDays: string[] = [];
  const text = question.slice(0, MAX_QUESTION_CHARS).replace(ISO_DAY, (day) => {
    isoDays.push(day);
    return ' ';
  });
  const words = foldWords(text);
  const kind = questionKind(words);
  const time = timeIn(words, index.today, true);
  const taken = new Set([...kind.consumed, ...time.positions]);
  const named = personsInQuestion(index.names, words, (w) => index.vocabulary.has(w), taken);
  const concepts: Concept[] = [];
  const absent: string[] = [];

  for (const person of named.persons) {
    const id = index.terms.find(personTerm(person));
    const df = id === undefined ? 0 : (index.df[id] ?? 0);
    concepts.push({
      label: index.names.people[person]?.name ?? '',
      terms: id === undefined ? [] : [id],
      weight: idf(index, df) * PERSON_WEIGHT,
      kind: 'person',
    });
  }
  const days = [...isoDays, ...time.days];
  const dateTerms = (days.length > 0 ? days.map(dayTerm) : time.months.map(monthTerm))
    .map((t) => index.terms.find(t))
    .filter((id) => id !== undefined);
  if (days.length > 0 || time.months.length > 0) {
    const df = Math.max(0, ...dateTerms.map((id) => index.df[id] ?? 0));
    concepts.push({ label: days[0] ?? time.months[0] ?? '', terms: dateTerms, weight: idf(index, df), kind: 'date' });
  }
  const seen = new Set<number>();
  words.forEach((word, i) => {
    if (taken.has(i) || named.consumed.has(i)) return;
    const term = termOf(word);
    if (term === null) return;
    const id = index.terms.find(term) ?? correctTypo(index, word);
    if (id === undefined) {
      absent.push(word);
      concepts.push({ label: word, terms: [], weight: idf(index, 0), kind: 'word' });
      return;
    }
    if (seen.has(id)) return;
    seen.add(id);
    concepts.push({ label: word, terms: [id], weight: idf(index, index.df[id] ?? 0), kind: 'word' });
  });
  const afterQuestionWords = Math.max(-1, ...kind.consumed);
  const countedWord = words.find((w, i) => i > afterQuestionWords && !taken.has(i) && termOf(w) !== null);
  const countedTerm = kind.kind === 'count' && countedWord ? termOf(countedWord) : null;
  const counted = countedTerm === null ? undefined : index.terms.find(countedTerm);
  return { kind: kind.kind, concepts, persons: named.persons, absent, ...(counted === undefined ? {} : { counted }) };
}

/** The article word nearest a misspelled question word ("tiananmin" -> "tiananmen"), most common first on ties. */
function correctTypo(index: AskIndex, word: string): number | undefined {
  if (word.length < 5 || /\d/.test(word)) return undefined;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: { id: number; d: number; df: number } | undefined;
  for (let length = word.length - allowed; length <= word.length + allowed; length++) {
    for (const candidate of index.wordsByLength.get(length) ?? []) {
      if (candidate[0] !== word[0] && candidate.at(-1) !== word.at(-1)) continue;
      const d = distance(word, candidate);
      if (d > allowed) continue;
      const term = termOf(candidate);
      const id = term === null ? undefined : index.terms.find(term);
      if (id === undefined) continue;
      const df = index.df[id] ?? 0;
      if (!best || d < best.d || (d === best.d && df > best.df)) best = { id, d, df };
    }
  }
  return best?.id;
}
