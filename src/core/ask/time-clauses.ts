// A sentence's own time clauses ("shortly after the vote ended", "a day after it had left Oslo") against the
// question's: a whole-sentence answer that situates its event as the question does need not restate the question's
// clause, and a time outside a sentence's clause does not date a verb said only inside it.
import type { AskIndex } from './ask-index.ts';
import { personsIn } from './name-keys.ts';
import type { ParsedQuestion } from './parse-question.ts';
import { framesClause, timeClausesIn, type TimeClause } from './question-adjuncts.ts';
import { textOf } from './search-sentences.ts';
import { foldWords } from './tokenize.ts';
import { termIdOf } from './word-terms.ts';

/** The least factor of an adjunct word's relative that shows the sentence's clause speaks of the same moment. */
const SAME_MOMENT = 0.8;

/**
 * Whether sentence s situates its event as the question's adjunct does: a time clause of its own opens with the same
 * word, says one of the adjunct's content words (itself, a synonym or a paraphrase; not the opener or a degree word
 * such as "soon") and names no one the question does not ("shortly after the talks ended" for "soon after his talks
 * with Lund were over", not "shortly after the storm passed" nor "after his talks with Hald").
 */
export function situatesAlike(index: AskIndex, question: ParsedQuestion, s: number): boolean {
  if (question.openers.length === 0) return false;
  const contentWords = question.concepts.filter(
    (c) => c.adjunct === true && c.kind === 'word' && !framesClause(c.label),
  );
  const sameMoment = contentWords.map(
    (c) => new Set([c.term, ...c.also.filter((_, i) => (c.alsoFactor[i] ?? 0) >= SAME_MOMENT)]),
  );
  return timeClausesIn(textOf(index, s), question.openers).some((clause) => {
    if (personsIn(index.names, clause.words).some((p) => !question.persons.includes(p))) return false;
    const terms = new Set(clause.words.flatMap((w) => termIdOf(index, w) ?? []));
    return sameMoment.some((met) => [...terms].some((t) => met.has(t)));
  });
}

/**
 * The time clause of sentence `text` that alone says the question's verb (by `verbTerms`), if it is said nowhere
 * else in the sentence: "the ferry docked at 4 p.m., a day after it had left Oslo" says "leave" only in its clause,
 * so the clause, not "4 p.m.", dates the leaving.
 */
export function clauseOfVerb(index: AskIndex, text: string, verbTerms: ReadonlySet<number>): TimeClause | undefined {
  const clauses = timeClausesIn(text);
  if (clauses.length === 0) return undefined;
  const saysVerb = (from: number, to: number) =>
    foldWords(text.slice(from, to)).some((w) => {
      const id = termIdOf(index, w);
      return id !== undefined && verbTerms.has(id);
    });
  let outside = 0;
  for (const clause of clauses) {
    if (saysVerb(outside, clause.start)) return undefined;
    outside = clause.end;
  }
  if (saysVerb(outside, text.length)) return undefined;
  return clauses.find((c) => saysVerb(c.start, c.end));
}
