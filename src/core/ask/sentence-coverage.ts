// How much of a question a sentence covers: each concept (weighted by rarity) met in the sentence itself counts
// whole, met only in its article's attribution ("according to AP", "the Russian daily") or in the sentence before
// or after (the ±1-sentence window) counts part. A person asked about must be met at least in the window.
import type { AskIndex } from './ask-index.ts';
import type { Concept, ParsedQuestion } from './parse-question.ts';
import { FIGURE_KINDS, isWholeSentenceKind, type AnswerKind } from './question-type.ts';
import { countriesOf } from './nationality.ts';
import { textOf } from './search-sentences.ts';
import { situatesAlike } from './time-clauses.ts';
import { foldWords } from './tokenize.ts';
import { sensesWithCounts } from './wordnet.ts';

/** A concept met only in the article's outlet or language is weaker than one the sentence states. */
const ATTRIBUTION_FACTOR = 0.8;
/** A concept met only in a neighbouring sentence: the window helps, the sentence itself is better. */
const WINDOW_FACTOR = 0.5;
/**
 * The least factor that meets a gate: the main verb (in the sentence or its window) and the head of "which X" (in the
 * sentence itself) by a close relative or a kind of X; a distant hypernym does not name X.
 */
const HEAD_FACTOR = 0.3;
/**
 * An ordinary English word of the question, in a sentence of another language, where a figure, a time or a date
 * answers or the question names the source: the sentence may say it in its own words, so it counts as a neighbour's
 * evidence does; a whole-sentence answer still needs every word (FREE_WEAKEST).
 */
const FOREIGN_FACTOR = 0.5;
/** The subject said in the sentence itself, by its word or a close relative: a neighbour speaks of other things. */
const SUBJECT_FACTOR = 0.6;

export interface Coverage {
  /** Share of the question's weight the sentence covers, 0..1. */
  readonly share: number;
  /**
   * Every person the question names is met in the sentence or its window (in the sentence itself where it names
   * someone else, unless the answer is a person), and (in English) every place it names.
   */
  readonly personsMet: boolean;
  /** Labels of the concepts met nowhere near the sentence: what a refusal says is missing. */
  readonly missing: readonly string[];
  /**
   * The lowest factor any word or person of the question is met at: 1 when the sentence says each itself. Adjunct
   * words are left out; an unknown word of a foreign sentence counts at FOREIGN_FACTOR.
   */
  readonly weakest: number;
  /**
   * For "which X": X's head noun is met, itself, a close relative or a kind of X, in the sentence itself (true when
   * the question has no X). "Which officials" is not answered by a sentence that names no official. A capitalised
   * adjective of X naming no country ("which Western leaders") must be met too, in the sentence or its window.
   */
  readonly headMet: boolean;
  /**
   * The question's main verb is met, itself or by a close relative, in the sentence or its window; in a sentence of
   * another language, also when the question names that source (it vouches for what the words cannot show).
   */
  readonly verbMet: boolean;
  /** Some noun of the question's subject is met, in the sentence or its window (true when it has none). */
  readonly subjectMet: boolean;
}

export function coverageOf(index: AskIndex, question: ParsedQuestion, s: number): Coverage {
  const article = index.sentenceArticle[s]!;
  const attribution = index.articleTerms[article];
  const neighbours = [s - 1, s + 1].filter(
    (n) => n >= 0 && n < index.sentenceCount && index.sentenceArticle[n] === article,
  );
  const english = (index.pack.articles[article]?.language ?? 'en') === 'en';
  let total = 0;
  let covered = 0;
  let personsMet = true;
  let weakest = 1;
  const missing: string[] = [];
  let headMet = question.head === undefined;
  let verbMet = question.verb === undefined;
  let subjectMet = question.subjectNouns.length === 0;
  let describedOtherwise = false;
  // A question that names a source in another language ("according to the Spanish-language report") points at its
  // sentences: the asked relation, an English verb, cannot be checked in their words, and the question vouches for it.
  const pointed =
    !english && question.concepts.some((c) => c.proper === true && c.term !== undefined && attribution?.has(c.term));
  // Only where what cannot be read is vouched for: the question names the source, or its answer is a figure, a time
  // or a date, which reads alike in any language ("a las 09.00 hora local (01.00 GMT)"). A name or a person given in
  // another language's words is not checked by anything ("who filmed the meeting" is no photograph's caption).
  const creditsUnknown = !english && (pointed || FIGURE_KINDS.has(question.kind));
  // An adjunct's words and people need not recur where it only situates: always in a span question, and in a
  // whole-sentence one where the sentence situates its event with the same opener ("shortly after ...").
  const situated = !isWholeSentenceKind(question.kind) || situatesAlike(index, question, s);
  const personAnswers = PERSON_KINDS.has(question.kind) || question.headNamesPeople;
  for (const [c, concept] of question.concepts.entries()) {
    total += concept.weight;
    const factor = factorOf(index, concept, s, neighbours, attribution);
    // An English word a sentence in another language cannot say is unknown there, not absent: it counts toward the
    // share as a neighbour's word does, but the gates below (the asked relation, the X, the subject) want it said
    // (the verb gate excepted where the question names the source).
    const unknown = factor === 0 && creditsUnknown && concept.kind === 'word' && !concept.proper;
    covered += concept.weight * (unknown ? FOREIGN_FACTOR : factor);
    if (factor === 0) missing.push(concept.label);
    // The X of "which X" in the sentence itself: the name it gives is an X only where it speaks of one.
    if (c === question.head && saidHere(index, concept, s) >= HEAD_FACTOR) headMet = true;
    if (c === question.verb && (factor >= HEAD_FACTOR || (unknown && pointed))) verbMet = true;
    if (question.subjectNouns.includes(c) && factor >= SUBJECT_FACTOR) subjectMet = true;
    // A person of an adjunct is no situation but a swap where the sentence names someone else in that place.
    const situates =
      concept.adjunct === true && situated && (concept.kind !== 'person' || !namesSomeoneElse(index, question, s));
    if (concept.kind !== 'date' && !situates) weakest = Math.min(weakest, unknown ? FOREIGN_FACTOR : factor);
    if (concept.kind === 'person' && factor === 0 && !situates) personsMet = false;
    // Met only in a neighbour while the sentence names someone else: the sentence is about that someone ("Lund had
    // left the day before" does not say when Berg left), unless the answer is itself a person, or the sentence opens
    // with the neighbour's person as a pronoun ("He thanked Lund on Monday" is about the neighbour's Berg).
    if (concept.kind === 'person' && factor > 0 && !situates && !personAnswers && saidHere(index, concept, s) === 0) {
      if (namesSomeoneElse(index, question, s) && !pronounFirst(index, s)) personsMet = false;
    }
    // "Which Western leaders": a capitalised adjective of X that names no country (which the fact sheet's people can
    // answer for, ofAnotherCountry) must be said near the sentence, or any leader would do.
    if (factor === 0 && c !== question.head && question.focus.includes(c) && isPlainProperAdjective(concept)) {
      describedOtherwise = true;
    }
    // A place name is spelt otherwise in another language ("Beijing", "Pekín"): only an English source must say it.
    if (concept.place && english && factor === 0 && !situates) personsMet = false;
  }
  const share = total === 0 ? 0 : covered / total;
  return { share, personsMet, missing, weakest, headMet: headMet && !describedOtherwise, verbMet, subjectMet };
}

/** The index terms that state the question's verb: itself and the relatives that meet the verb gate. */
export function verbTermsOf(question: ParsedQuestion): Set<number> {
  const verb = question.verb === undefined ? undefined : question.concepts[question.verb];
  if (!verb) return new Set();
  const close = verb.also.filter((_, i) => (verb.alsoFactor[i] ?? 0) >= HEAD_FACTOR);
  return new Set(verb.term === undefined ? close : [verb.term, ...close]);
}

/** A capitalised adjective naming no country ("Western", "Arab"; not "French", not the noun "Kremlin"). */
function isPlainProperAdjective(concept: Concept): boolean {
  if (concept.proper !== true || countriesOf(concept.label).length > 0) return false;
  return sensesWithCounts(concept.label).some((sense) => sense.pos === 'a');
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
/** Verbs of saying: "He said Lund had left" is about Lund; he only says so. */
const SAYING = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'stated',
  'noted',
  'claimed',
  'reported',
  'announced',
]);

/**
 * Whether sentence s opens with a subject pronoun that does not just say something ("He thanked Lund on Monday"):
 * its subject is the person of the sentence before, not the one it names.
 */
function pronounFirst(index: AskIndex, s: number): boolean {
  const [first, second] = foldWords(textOf(index, s));
  return SUBJECT_PRONOUNS.has(first ?? '') && !SAYING.has(second ?? '');
}

/** Kinds whose answer is a person: the sentence answering names someone the question does not. */
const PERSON_KINDS: ReadonlySet<AnswerKind> = new Set(['who', 'whichPerson']);

/** Whether sentence s names or describes a person the question does not ask about. */
function namesSomeoneElse(index: AskIndex, question: ParsedQuestion, s: number): boolean {
  for (let i = index.personStart[s]!; i < index.personStart[s + 1]!; i++) {
    if (!question.persons.includes(index.personList[i]!)) return true;
  }
  return false;
}

/** How a concept is met in the sentence itself: not its neighbours, not its article's attribution. */
function saidHere(index: AskIndex, concept: Concept, s: number): number {
  return factorOf(index, concept, s, NO_NEIGHBOURS, undefined);
}

const NO_NEIGHBOURS: readonly number[] = [];

function factorOf(
  index: AskIndex,
  concept: Concept,
  s: number,
  neighbours: readonly number[],
  attribution: ReadonlySet<number> | undefined,
): number {
  const terms = concept.term === undefined ? concept.also : [concept.term, ...concept.also];
  const factors = concept.term === undefined ? concept.alsoFactor : [1, ...concept.alsoFactor];
  let best = 0;
  terms.forEach((t, i) => {
    const f = factors[i] ?? 1;
    if (f <= best) return;
    if (holds(index, s, t)) best = f;
    else if (attribution?.has(t)) best = Math.max(best, f * ATTRIBUTION_FACTOR);
    else if (neighbours.some((n) => holds(index, n, t))) best = Math.max(best, f * WINDOW_FACTOR);
  });
  return best;
}

/** Whether sentence s has term t: binary search in its ascending terms. */
export function holds(index: AskIndex, s: number, t: number): boolean {
  const terms = index.sentenceTerms;
  let lo = index.termStart[s]!;
  let hi = index.termStart[s + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = terms[mid]!;
    if (v === t) return true;
    if (v < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
