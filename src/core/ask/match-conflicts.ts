// "How long did the talks last?", "Do the reports agree on how long they talked?": where the story's fact sheet
// records that sources give different values (a conflict), the answer is both sides, each with its source, never one
// of them chosen. A conflict answers when every claim holds a value of the asked kind and its quotes are about the
// question: its people, and enough of its words.
import { isBetweenSources } from '../answer-conflicts.ts';
import type { CitationRef } from '../pack-schema.ts';
import type { Conflict } from '../story-pack.ts';
import type { AskIndex } from './ask-index.ts';
import { answerSpan } from './answer-spans.ts';
import type { ParsedQuestion } from './parse-question.ts';
import { FIGURE_KINDS } from './question-type.ts';
import { coverageOf } from './sentence-coverage.ts';

export function matchingConflicts(index: AskIndex, question: ParsedQuestion, coverage: number): Conflict[] {
  // A value sources can disagree on; a name or a reason is read from the sentences.
  if (!FIGURE_KINDS.has(question.kind)) return [];
  return index.pack.facts.conflicts.filter((conflict) => {
    if (!isBetweenSources(conflict)) return false;
    const holdsValue = (c: CitationRef) =>
      answerSpan(question, c.quote, index.pack.articleById.get(c.article)?.language) !== undefined;
    if (!conflict.claims.every((claim) => claim.citations.some(holdsValue))) return false;
    const sentences = conflict.claims.flatMap((claim) => claim.citations.map((c) => sentenceOf(index, c)));
    return sentences.some((s) => {
      if (s === undefined) return false;
      const covered = coverageOf(index, question, s);
      // About the asked subject, as a sentence must be: how long the talks lasted is not how long the regatta did.
      // "Do the reports agree on ...": the reports are who answer, not what is asked, and the quotes never say so.
      const subjectMet = covered.subjectMet || asksAboutSources(question);
      return covered.personsMet && subjectMet && covered.share >= coverage - 1e-9;
    });
  });
}

/** Nouns for the sources themselves: "do the reports agree", "what do the accounts say". */
const SOURCE_NOUNS = new Set(['reports', 'report', 'sources', 'source', 'accounts', 'account', 'articles', 'media']);

function asksAboutSources(question: ParsedQuestion): boolean {
  return question.subjectNouns.some((c) => SOURCE_NOUNS.has(question.concepts[c]?.label ?? ''));
}

/** The index's sentence holding a citation's quote, or undefined when the quote is no longer in the article. */
function sentenceOf(index: AskIndex, citation: CitationRef): number | undefined {
  const article = index.pack.articles.findIndex((a) => a.id === citation.article);
  if (article < 0) return undefined;
  const n = index.pack.articles[article]!.sentences.findIndex((text) => text.includes(citation.quote));
  if (n < 0) return undefined;
  return firstSentenceOf(index, article) + n;
}

/** Sentences are indexed article by article: the first of an article is found by binary search. */
function firstSentenceOf(index: AskIndex, article: number): number {
  let lo = 0;
  let hi = index.sentenceCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.sentenceArticle[mid]! < article) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
