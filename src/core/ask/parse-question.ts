// A question as `ask` searches it: what kind of answer it wants, and its concepts — people, days, subject words —
// each weighted by how rare it is in the articles (a rare word decides an answer; a common one barely does). A
// subject word also matches the words WordNet relates to it, each at a factor below 1 (related-words.ts); a word
// no article uses, even so, stays in the question at a reduced weight: it lowers the confidence, it does not veto.
import { distance } from 'fastest-levenshtein';
import { dayTerm, monthTerm, personTerm, type AskIndex } from './ask-index.ts';
import { DOMAIN_WORDS } from './domain-words.ts';
import { personsInQuestion } from './name-keys.ts';
import { tagWords, type Tag } from './question-pos.ts';
import { questionKind, type AnswerKind, type WordRole } from './question-type.ts';
import { lemmasOf, relatedWords } from './related-words.ts';
import { timeIn } from './time-words.ts';
import type { WordNetPos } from './wordnet.ts';
import { foldWords, termOf } from './tokenize.ts';

export interface Alternative {
  readonly term: number;
  /** 1 for the word itself; lower for a WordNet relative or a corrected typo. */
  readonly factor: number;
}

export interface Concept {
  /** As the user typed it (or the person's name), for "the sources don't say" messages. */
  readonly label: string;
  /** Any of these terms satisfies the concept, at its factor; best first; empty when no article uses the word. */
  readonly alternatives: readonly Alternative[];
  readonly weight: number;
  readonly kind: 'word' | 'person' | 'date';
  /**
   * A word that carries the question: a main verb ("where did Kim *stay*"), the noun asked about ("the top
   * *speed*") or a name ("next visit to *Russia*"). A sentence missing one answers a different question, however
   * much else it shares.
   */
  readonly head: boolean;
}

export interface ParsedQuestion {
  readonly kind: AnswerKind;
  /** For "which X": the concept of X (an index into concepts), which the answer must be an instance of. */
  readonly focus?: { readonly word: string; readonly concept: number };
  readonly concepts: readonly Concept[];
  readonly persons: readonly number[];
  /** Every folded word of the question: a name the answer gives must not be one of them. */
  readonly words: ReadonlySet<string>;
  /** Subject words no article uses, even as a relative or allowing a typo. */
  readonly absent: readonly string[];
  /** For "how many X": the alternatives of X, which the answer's number must count. */
  readonly counted?: readonly Alternative[];
}

/** Questions are at most 300 characters (commands/summit.ts); longer direct calls are cut, not refused. */
export const MAX_QUESTION_CHARS = 300;
/** A name is the surest sign of what a question is about. */
const PERSON_WEIGHT = 1.5;
/** A word no article uses weighs this share of a rare word: enough to lower confidence, not to veto (docs/ask.md). */
export const ABSENT_WEIGHT = 0.35;
/** Relatives kept per word, best first: enough for paraphrase, few enough to keep search fast. */
const MAX_ALTERNATIVES = 8;
const TYPO_FACTOR = 0.9;
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
  const tags = tagWords(text, words);
  const kind = questionKind(words, (i) => roleOfTag(tags[i]));
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
      alternatives: id === undefined ? [] : [{ term: id, factor: 1 }],
      weight: idf(index, df) * PERSON_WEIGHT,
      kind: 'person',
      head: true,
    });
  }
  const days = [...isoDays, ...time.days];
  const dateTerms = (days.length > 0 ? days.map(dayTerm) : time.months.map(monthTerm))
    .map((t) => index.terms.find(t))
    .filter((id) => id !== undefined);
  if (days.length > 0 || time.months.length > 0) {
    const df = Math.max(0, ...dateTerms.map((id) => index.df[id] ?? 0));
    concepts.push({
      label: days[0] ?? time.months[0] ?? '',
      alternatives: dateTerms.map((term) => ({ term, factor: 1 })),
      weight: idf(index, df),
      kind: 'date',
      head: false,
    });
  }
  const seen = new Set<number>();
  let focus: ParsedQuestion['focus'];
  let counted: readonly Alternative[] | undefined;
  const afterQuestionWords = Math.max(-1, ...kind.consumed);
  words.forEach((word, i) => {
    if (taken.has(i) || named.consumed.has(i)) return;
    const term = termOf(word);
    if (term === null) return;
    const exact = index.terms.find(term);
    if (exact !== undefined && seen.has(exact)) return;
    if (exact !== undefined) seen.add(exact);
    const alternatives = alternativesOf(index, word, exact, wordNetPos(tags[i]));
    if (kind.focus === i) focus = { word, concept: concepts.length };
    if (kind.kind === 'count' && counted === undefined && i > afterQuestionWords) counted = alternatives;
    const head = kind.focus === i || tags[i] === 'verb' || tags[i] === 'proper';
    if (alternatives.length === 0) {
      absent.push(word);
      // A thing no article names at all ("his sister") is what the question is about, whatever else it shares.
      const absentHead = head || tags[i] === 'noun';
      concepts.push({
        label: word,
        alternatives,
        weight: idf(index, 0) * ABSENT_WEIGHT,
        kind: 'word',
        head: absentHead,
      });
      return;
    }
    concepts.push({ label: word, alternatives, weight: weightOf(index, exact, alternatives), kind: 'word', head });
  });
  return {
    kind: kind.kind,
    ...(focus ? { focus } : {}),
    concepts,
    persons: named.persons,
    words: new Set(words),
    absent,
    ...(counted === undefined ? {} : { counted }),
  };
}

/** The tagger's part of speech as WordNet's; names and unknown tags leave every part of speech open. */
function wordNetPos(tag: Tag | undefined): WordNetPos | undefined {
  if (tag === 'noun') return 'n';
  if (tag === 'verb') return 'v';
  return tag === 'adjective' ? 'a' : undefined;
}

function roleOfTag(tag: Tag | undefined): WordRole {
  if (tag === 'noun') return 'noun';
  return tag === 'verb' || tag === 'aux' ? 'other' : 'modifier';
}

/**
 * The word's own IDF when articles use it; otherwise the IDF of its commonest stand-in: a paraphrase into an
 * everyday word ("broke the news" -> "announce") is weaker evidence than the rare word itself would have been.
 */
function weightOf(index: AskIndex, exact: number | undefined, alternatives: readonly Alternative[]): number {
  if (exact !== undefined) return idf(index, index.df[exact] ?? 0);
  const df = Math.max(...alternatives.map((a) => index.df[a.term] ?? 0));
  return idf(index, df);
}

function alternativesOf(
  index: AskIndex,
  word: string,
  exact: number | undefined,
  pos: WordNetPos | undefined,
): Alternative[] {
  const best = new Map<number, number>();
  if (exact !== undefined) best.set(exact, 1);
  const offer = (w: string, factor: number): void => {
    const term = termOf(w);
    const id = term === null ? undefined : index.terms.find(term);
    if (id !== undefined && factor > (best.get(id) ?? 0)) best.set(id, factor);
  };
  const paraphrases = lemmasOf(word).flatMap((lemma) => DOMAIN_WORDS.get(lemma) ?? []);
  for (const related of [...paraphrases, ...relatedWords(word, pos)]) {
    offer(related.word, related.factor);
  }
  if (best.size === 0 && !/\d/.test(word)) {
    const corrected = correctTypo(index, word);
    if (corrected !== undefined) best.set(corrected, TYPO_FACTOR);
  }
  return [...best]
    .map(([term, factor]) => ({ term, factor }))
    .sort((a, b) => b.factor - a.factor)
    .slice(0, MAX_ALTERNATIVES);
}

/** The article word nearest a misspelled question word ("tiananmin" -> "tiananmen"), most common first on ties. */
function correctTypo(index: AskIndex, word: string): number | undefined {
  if (word.length < 5) return undefined;
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
