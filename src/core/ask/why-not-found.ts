// What a refusal says was missing: the kind of answer no article gives about the question's subject ("No article
// gives a measure for: top speed of kim's armoured train"), and what the closest passages do not speak of.
import type { AskResult } from './ask-question.ts';
import type { AnswerKind } from './question-type.ts';

export function whyNotFound(result: AskResult): string {
  const { question } = result;
  if (question.concepts.length === 0) {
    return 'The question names no person, day or subject to look for (a name, a day, or what happened).';
  }
  const subject = question.subject === '' ? '' : ` about “${question.subject}”`;
  const gives = `No article gives ${KIND_NOUNS[question.kind]}${subject}.`;
  if (question.absent.length > 0) return `${gives} No article mentions ${list(question.absent.map((w) => `“${w}”`))}.`;
  if (result.missing.length > 0) {
    return `${gives} The closest passages do not speak of ${list(result.missing.map((w) => `“${w}”`))}.`;
  }
  return gives;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What each kind of question needs an article to give. */
const KIND_NOUNS: Record<AnswerKind, string> = {
  when: 'a date or time',
  since: 'when it began (a date after "since" or "from")',
  clock: 'a time of day',
  count: 'a number',
  duration: 'a duration',
  age: 'an age',
  measure: 'a measure (a number with its unit)',
  where: 'a place',
  who: 'a person',
  which: 'a name',
  whichPerson: 'a person',
  title: 'a title or post',
  yesno: 'a statement',
  why: 'a reason',
  what: 'an answer',
};
