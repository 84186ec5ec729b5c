// Fact-sheet facts (timeline events, people's roles) that answer a parsed question, with the same coverage and
// answer-kind rules as sentences. A fact sheet is small (schema: at most a few thousand facts), so a scan is enough.
import type { DraftLine } from '../answer-draft.ts';
import type { AskIndex } from './ask-index.ts';
import { fitsKind } from './answer-kind-fit.ts';
import { countsTerm } from './count-check.ts';
import type { FactDoc } from './fact-docs.ts';
import type { ParsedQuestion } from './parse-question.ts';
import { MIN_COVERAGE } from './search-sentences.ts';

export const MAX_FACTS = 3;

export function matchFacts(index: AskIndex, question: ParsedQuestion): DraftLine[] {
  const total = question.concepts.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return [];
  const scored: { fact: FactDoc; coverage: number; order: number }[] = [];
  index.facts.forEach((fact, order) => {
    if (question.kind === 'when' && fact.kind !== 'event') return;
    if (!fitsFact(index, question, fact)) return;
    let covered = 0;
    for (const concept of question.concepts) {
      if (concept.terms.some((t) => fact.terms.has(t))) covered += concept.weight;
    }
    const coverage = covered / total;
    if (coverage >= MIN_COVERAGE - 1e-6) scored.push({ fact, coverage, order });
  });
  // Best coverage first; for "who", roles before events; then fact-sheet order.
  const rank = (f: FactDoc) => (question.kind === 'who' && f.kind === 'role' ? 0 : 1);
  scored.sort((a, b) => b.coverage - a.coverage || rank(a.fact) - rank(b.fact) || a.order - b.order);
  return scored.slice(0, MAX_FACTS).map((s) => s.fact.line);
}

function fitsFact(index: AskIndex, question: ParsedQuestion, fact: FactDoc): boolean {
  // "Who is Kim?" is answered by Kim's own role; events need someone besides the people asked about.
  if (question.kind === 'who' && fact.kind === 'role') return true;
  if (question.counted !== undefined && !countsTerm(fact.words, question.counted, index.terms)) return false;
  return fitsKind(
    question.kind,
    fact.flags,
    fact.persons.some((p) => !question.persons.includes(p)),
  );
}
