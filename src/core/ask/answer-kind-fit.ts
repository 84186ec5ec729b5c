// Whether a sentence or fact can answer the kind of question asked: "how many" needs a number, "when" a time,
// "who" a person other than those the question already names. Loosely related text fails here, not in ranking.
import type { AnswerKind } from './question-type.ts';
import { HAS_DURATION, HAS_NUMBER, HAS_PERSON_NOUN, HAS_PLACE, HAS_TIME } from './sentence-features.ts';

/** `namesOthers`: the text names a fact-sheet person the question does not (only read for "who"). */
export function fitsKind(kind: AnswerKind, flags: number, namesOthers: boolean): boolean {
  switch (kind) {
    case 'when':
      return (flags & HAS_TIME) !== 0;
    case 'count':
      return (flags & HAS_NUMBER) !== 0;
    case 'duration':
      return (flags & HAS_DURATION) !== 0;
    case 'where':
      return (flags & HAS_PLACE) !== 0;
    case 'who':
      return (flags & HAS_PERSON_NOUN) !== 0 || namesOthers;
    case 'why':
    case 'what':
      return true;
  }
}

/** What a kind needs, for "the articles mention X but ..." messages. */
export const KIND_NEEDS: Record<AnswerKind, string> = {
  when: 'says when',
  count: 'gives a number',
  duration: 'gives a duration',
  where: 'names a place',
  who: 'names anyone else',
  why: 'answers it',
  what: 'answers it',
};
