// Facts that answer first where they can: "Who is X?", "What post does X hold?", "What is X's job?" are answered by
// the roles the pack gives X (reviewed and extracted, each with its quotes); "How long did ... last?" by both sides
// of a disagreement the fact sheet records (match-conflicts.ts). A role the sources give no title for is no answer.
import type { DraftSection } from '../answer-draft.ts';
import { conflictSections } from '../answer-conflicts.ts';
import type { AskIndex } from './ask-index.ts';
import { matchingConflicts } from './match-conflicts.ts';
import { roleLine } from './role-line.ts';
import type { ParsedQuestion } from './parse-question.ts';
import { termsOf } from './tokenize.ts';

export const FACTS_HEADING = 'What the fact sheet says';
/** Roles shown per person: the first ones the sources give, enough to say who someone is. */
const MAX_ROLES = 3;
const NO_TITLE = 'no title given';

export function factSections(index: AskIndex, question: ParsedQuestion, conflictCoverage: number): DraftSection[] {
  const conflicts = matchingConflicts(index, question, conflictCoverage);
  const differ = conflictSections(index.pack, (c) => conflicts.includes(c));
  return [...differ, ...roleSections(index, question)];
}

function roleSections(index: AskIndex, question: ParsedQuestion): DraftSection[] {
  if (!asksForRole(question)) return [];
  const lines = question.persons.flatMap((p) => {
    const person = index.names.people[p];
    if (!person) return [];
    // The roles that share most words with the question first ("the state account lists ..."), then the fuller.
    const shared = (role: string) => termsOf(role).filter((t) => question.terms.has(t)).length;
    return person.roles
      .filter((r) => r.role !== NO_TITLE)
      .map((r, i) => ({ r, i, shared: shared(r.role) }))
      .sort((a, b) => b.shared - a.shared || b.r.role.length - a.r.role.length || a.i - b.i)
      .map(({ r }) => r)
      .slice(0, MAX_ROLES)
      .map((r) => roleLine(index.pack, person, r));
  });
  return lines.length > 0 ? [{ heading: FACTS_HEADING, lines }] : [];
}

/** Words asking how people are related: the sources record a relation as a role ("her father"). */
const RELATION_WORDS = new Set(['related', 'relation', 'relationship']);

/**
 * A title question about named people, "who is X" with nothing asked beyond the person, or how two named people are
 * related.
 */
function asksForRole(question: ParsedQuestion): boolean {
  if (question.persons.length === 0) return false;
  if (question.kind === 'title') return true;
  if (question.persons.length >= 2 && [...question.words].some((w) => RELATION_WORDS.has(w))) return true;
  return question.kind === 'who' && question.concepts.every((c) => c.kind === 'person');
}
