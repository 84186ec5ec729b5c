// The story's facts as answers: people's roles, timeline events and the conflicts where sources differ, read from
// pack.facts (the reviewed fact sheet today; extracted facts join it as they are merged), judged with the same
// confidence formula and answer-kind check as sentences. A fact sheet is small, so a scan is enough.
import type { DraftSection } from '../answer-draft.ts';
import { conflictSections } from '../answer-conflicts.ts';
import type { AskIndex } from './ask-index.ts';
import { givesKind } from './answer-kinds.ts';
import type { FactDoc } from './fact-docs.ts';
import { coverage } from './judge-sentence.ts';
import type { ParsedQuestion } from './parse-question.ts';

export const MAX_FACTS = 3;

export interface FactCandidate {
  readonly fact: FactDoc;
  readonly confidence: number;
}

export function matchFacts(index: AskIndex, question: ParsedQuestion, threshold: number): FactCandidate[] {
  const scored: (FactCandidate & { order: number })[] = [];
  index.facts.forEach((fact, order) => {
    if (question.kind === 'when' && fact.kind !== 'event') return;
    const confidence = coverage(question, (term) => fact.terms.has(term), undefined, true);
    if (confidence < threshold - 1e-9 || !fitsFact(index, question, fact)) return;
    scored.push({ fact, confidence, order });
  });
  // Best confidence first; for "who", roles before events; then fact-sheet order.
  const rank = (f: FactDoc) => (question.kind === 'who' && f.kind === 'role' ? 0 : 1);
  scored.sort((a, b) => b.confidence - a.confidence || rank(a.fact) - rank(b.fact) || a.order - b.order);
  return scored.slice(0, MAX_FACTS);
}

function fitsFact(index: AskIndex, question: ParsedQuestion, fact: FactDoc): boolean {
  // "Who is Kim?" is answered by Kim's own role; events need someone besides the people asked about.
  if (question.kind === 'who' && fact.kind === 'role') return true;
  return givesKind(index, question, { text: fact.text, flags: fact.flags, persons: fact.persons });
}

/** Where the matched facts are ones the sources disagree on, every claim, each with its own citations. */
export function conflictsOf(index: AskIndex, facts: readonly FactCandidate[]): DraftSection[] {
  const ids = new Set(facts.flatMap((f) => f.fact.conflicts));
  return conflictSections(index.pack, (c) => ids.has(c.id));
}
