// `ask` as data, before any rendering: retrieve (BM25 over sentences), then read (answer-spans.ts finds the span of
// the asked kind; sentence-coverage.ts says how much of the question the sentence and its window are about). A
// candidate answers when it holds a span and covers the question well enough; the rest are the closest passages a
// refusal lists.
import { wordsFor } from '../extract/language-words.ts';
import { timePatterns } from '../extract/time-patterns.ts';
import { UNSTATED_COUNTRY } from '../pack-schema.ts';
import type { AskIndex } from './ask-index.ts';
import { answerSpan, type Span } from './answer-spans.ts';
import { asksAuthorship, isByline } from './byline.ts';
import { personsIn } from './name-keys.ts';
import { parseQuestion, type ParsedQuestion } from './parse-question.ts';
import { isWholeSentenceKind, type AnswerKind } from './question-type.ts';
import { searchSentences, textOf } from './search-sentences.ts';
import { coverageOf, verbTermsOf } from './sentence-coverage.ts';
import { clauseOfVerb } from './time-clauses.ts';
import { timeIn } from './time-words.ts';
import { foldWords } from './tokenize.ts';

/**
 * The coverage a sentence needs, chosen by the written procedure in docs/ask.md (eval/calibrate.ts: the pair that
 * does best on calibration half A, then the conflict threshold with the pair fixed). `span`: kinds answered by a span
 * (a number, a name, a date...); `free`: "what", yes/no, for which the sentence as a whole is the answer and coverage
 * alone decides; `conflict`: a disagreement of the fact sheet shown with both sides.
 */
export const THRESHOLDS: Thresholds = { span: 0.55, free: 0.2, conflict: 0.5 };
/** Kinds whose span is a time: a time clause's verb is not the event it dates. */
const TIME_KINDS: ReadonlySet<AnswerKind> = new Set(['when', 'clock', 'since']);
/** Lines shown: the best answers, not every sentence that passes. */
export const MAX_LINES = 3;
/** The weakest match a whole-sentence answer may rest on: a synonym or derivation (0.8), a holonym (0.6). */
const FREE_WEAKEST = 0.6;
/** Best retrieved sentences whose neighbours are read too (the ±1-sentence window). */
const WINDOW_HITS = 20;

export interface Thresholds {
  readonly span: number;
  readonly free: number;
  /** The coverage a conflict's quotes need for both its sides to answer a question of a value (match-conflicts.ts). */
  readonly conflict: number;
}

export interface AskCandidate {
  readonly sentence: number;
  readonly text: string;
  readonly articleId: string;
  /** Share of the question the sentence (and its window) covers. */
  readonly coverage: number;
  readonly score: number;
  /** The answer inside the sentence; empty (start = end) when the whole sentence is the answer. */
  readonly span: Span;
}

export interface AskResult {
  readonly question: ParsedQuestion;
  /** Candidates that hold an answer of the asked kind about the question's people, best first (any coverage). */
  readonly candidates: readonly AskCandidate[];
  /** The best retrieved sentences, whatever they hold: what a refusal shows as not answering. */
  readonly closest: readonly AskCandidate[];
  /** What the best-covering sentence lacks. */
  readonly missing: readonly string[];
}

export function askQuestion(index: AskIndex, text: string): AskResult {
  const question = parseQuestion(index, text);
  const hits = searchSentences(index, question);
  const score = new Map(hits.map((h) => [h.sentence, h.score]));
  const order = [...hits.map((h) => h.sentence)];
  for (const hit of hits.slice(0, WINDOW_HITS)) {
    for (const n of [hit.sentence - 1, hit.sentence + 1]) {
      if (n < 0 || n >= index.sentenceCount || score.has(n)) continue;
      if (index.sentenceArticle[n] !== index.sentenceArticle[hit.sentence]) continue;
      score.set(n, 0);
      order.push(n);
    }
  }
  return readSentences(index, question, order, score);
}

/**
 * The reader, for any retrieval (eval/ feeds it other engines' results): each sentence's coverage and answer span,
 * in retrieval order; `score` is the retrieval's score (0 for sentences only read as a hit's neighbour).
 */
export function readSentences(
  index: AskIndex,
  question: ParsedQuestion,
  order: readonly number[],
  score: ReadonlyMap<number, number>,
): AskResult {
  const candidates: AskCandidate[] = [];
  const closest: AskCandidate[] = [];
  const seen = new Set<string>();
  let missing: readonly string[] = [];
  let bestShare = -1;
  for (const s of order) {
    const sentenceText = textOf(index, s);
    // The same sentence syndicated in two articles is one answer, cited once (the first, best-ranked source).
    if (seen.has(sentenceText)) continue;
    seen.add(sentenceText);
    const coverage = coverageOf(index, question, s);
    const base = {
      sentence: s,
      text: sentenceText,
      articleId: index.pack.articles[index.sentenceArticle[s]!]?.id ?? '',
      coverage: coverage.share,
      score: score.get(s) ?? 0,
    };
    if (coverage.share > bestShare) {
      bestShare = coverage.share;
      missing = coverage.missing;
    }
    if (closest.length < MAX_LINES && base.score > 0) closest.push({ ...base, span: { start: 0, end: 0 } });
    if (!coverage.personsMet) continue;
    // A byline states who wrote the article, nothing else: it answers only a question about authorship.
    if (isByline(sentenceText, index.sentenceNo[s]!) && !asksAuthorship(question)) continue;
    // "Which agreement ...": a sentence that speaks of no agreement names something else.
    if (!coverage.headMet || !coverage.verbMet || !coverage.subjectMet) continue;
    // A whole-sentence answer ("what", yes/no) must say every word of the question, itself or by a close relative.
    if (isWholeSentenceKind(question.kind) && coverage.weakest < FREE_WEAKEST) continue;
    const span = spanOf(index, question, s, sentenceText);
    if (!span) continue;
    if (question.future && statesEarlier(index, s, sentenceText, span)) continue;
    if (ofAnotherCountry(index, question, sentenceText.slice(span.start, span.end))) continue;
    candidates.push({ ...base, span });
  }
  candidates.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  return { question, candidates, closest, missing };
}

/**
 * The answer span of a sentence. A time is looked for inside the time clause that alone says the question's verb
 * ("docked on Monday, a day after it left Oslo on Sunday": when it left is Sunday); a time outside it dates another
 * event, so the sentence then has none.
 */
function spanOf(index: AskIndex, question: ParsedQuestion, s: number, text: string): Span | undefined {
  const language = index.pack.articles[index.sentenceArticle[s]!]?.language;
  const span = answerSpan(question, text, language);
  if (!span || !TIME_KINDS.has(question.kind)) return span;
  const clause = clauseOfVerb(index, text, verbTermsOf(question));
  if (!clause || (clause.start <= span.start && span.end <= clause.end)) return span;
  const inside = answerSpan(question, text.slice(clause.start, clause.end), language);
  return inside && { start: clause.start + inside.start, end: clause.start + inside.end };
}

/** The lines to show at a threshold pair: candidates at or above it, best first. */
export function shownCandidates(result: AskResult, thresholds: Thresholds = THRESHOLDS): AskCandidate[] {
  const threshold = isWholeSentenceKind(result.question.kind) ? thresholds.free : thresholds.span;
  return result.candidates.filter((c) => c.coverage >= threshold - 1e-9).slice(0, MAX_LINES);
}

/**
 * Whether the people a span names are all of another country than the one "which French officials" asks for, by the
 * countries the pack states for them ("not stated" is no evidence either way).
 */
function ofAnotherCountry(index: AskIndex, question: ParsedQuestion, span: string): boolean {
  if (question.countries.length === 0) return false;
  const people = personsIn(index.names, foldWords(span)).map((p) => index.names.people[p]);
  const stated = people.flatMap((p) => (p && p.country !== UNSTATED_COUNTRY ? [p.country] : []));
  if (stated.length === 0 || stated.length < people.length) return false;
  return stated.every((country) => {
    const name = foldWords(country).join(' ');
    return !question.countries.some((names) => names.includes(name));
  });
}

/**
 * Whether a span dates something before its article was published: a year before the article's ("in September 2023",
 * written in 2025), or, in a sentence that states no expectation ("will", "is to", "plans": extraction's markers for
 * its language), days or months it resolves to that all come earlier ("in early April", in a May report). Such a date
 * is of a past event, never of the next one; "will visit in January", written in November, keeps its January.
 */
function statesEarlier(index: AskIndex, s: number, sentence: string, span: Span): boolean {
  const article = index.pack.articles[index.sentenceArticle[s]!];
  const published = article?.published ?? '';
  const text = sentence.slice(span.start, span.end);
  const year = Number(published.slice(0, 4));
  if ([...text.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].some((m) => Number(m[1]) < year)) return true;
  // The date itself is no marker: "on 2 May" is a month, not the modal "may".
  const rest = sentence.slice(0, span.start) + sentence.slice(span.end);
  if (rest.search(timePatterns(wordsFor(article?.language).words).expected) >= 0) return false;
  const time = timeIn(foldWords(text), published);
  const stated = time.days.length > 0 ? time.days : time.months;
  return stated.length > 0 && stated.every((d) => d < published.slice(0, d.length));
}
