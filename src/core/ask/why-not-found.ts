// What a refusal says was missing: the question words no article uses, the words the closest sentence lacks, or the
// kind of answer no sentence gives — so the journalist knows what to ask differently.
import type { AskIndex } from './ask-index.ts';
import type { AskResult } from './ask-question.ts';
import type { AnswerKind } from './question-type.ts';

export function whyNotFound(index: AskIndex, result: AskResult): string {
  const { question } = result;
  if (question.concepts.length === 0) {
    return 'The question names no person, day or subject to look for (a name, a day, or what happened).';
  }
  if (question.absent.length > 0) {
    return `No article mentions ${list(question.absent.map((w) => `“${w}”`))}.`;
  }
  const closest = result.candidates[0];
  if (closest) {
    const start = index.termStart[closest.sentence]!;
    const terms = index.sentenceTerms.subarray(start, index.termStart[closest.sentence + 1]!);
    const missing = question.concepts.filter((c) => !c.alternatives.some((a) => terms.includes(a.term)));
    if (missing.length > 0) {
      return `The closest sentence does not speak of ${list(missing.map((c) => `“${c.label}”`))}.`;
    }
  }
  const subjects = list(question.concepts.map((c) => (c.kind === 'word' ? `“${c.label}”` : c.label)));
  if (result.wrongKind > 0) return `The articles mention ${subjects}, but no sentence ${KIND_NEEDS[question.kind]}.`;
  return `No sentence speaks of ${subjects} together.`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What each kind of question needs a sentence to give. */
const KIND_NEEDS: Record<AnswerKind, string> = {
  when: 'says when',
  clock: 'gives a time of day',
  count: 'gives a number of what was asked about',
  duration: 'gives a duration',
  age: 'gives an age',
  measure: 'gives a number',
  where: 'names a place',
  who: 'names anyone else',
  which: 'names one',
  name: 'gives a name',
  yesno: 'states or denies it',
  why: 'answers it',
  what: 'answers it',
};
