// What kind of answer a question wants, from its question words: "when" wants a time, "how many" a number. The
// words that only say this ("how", "many", "what day") are returned so they are not searched as subjects.

export type AnswerKind = 'when' | 'who' | 'where' | 'count' | 'duration' | 'why' | 'what';

export interface QuestionKind {
  readonly kind: AnswerKind;
  /** Positions of the words that gave the kind. */
  readonly consumed: ReadonlySet<number>;
}

/** Multi-word openers, checked anywhere in the question, longest first. */
const PATTERNS: readonly (readonly [string, AnswerKind])[] = [
  ['for how long', 'duration'],
  ['how much time', 'duration'],
  ['how long', 'duration'],
  ['how many', 'count'],
  ['how much', 'count'],
  ['number of', 'count'],
  ['what time', 'when'],
  ['what day', 'when'],
  ['which day', 'when'],
  ['what date', 'when'],
  ['which date', 'when'],
  ['since when', 'when'],
  ['how soon', 'when'],
  ['what year', 'when'],
  ['which year', 'when'],
  ['which leader', 'who'],
  ['which leaders', 'who'],
  ['what leaders', 'who'],
  ['which president', 'who'],
  ['which presidents', 'who'],
  ['what city', 'where'],
  ['which city', 'where'],
  ['what place', 'where'],
  ['which country', 'where'],
  ['what country', 'where'],
];
const SINGLE: Readonly<Record<string, AnswerKind>> = {
  when: 'when',
  who: 'who',
  whom: 'who',
  whose: 'who',
  where: 'where',
  why: 'why',
};

const PEOPLE_NOUNS = new Set(['leader', 'leaders', 'president', 'presidents', 'officials', 'official', 'people']);
const PEOPLE = { has: (next: string, after: string) => PEOPLE_NOUNS.has(next) || PEOPLE_NOUNS.has(after) };

/** Words after "last" that make it a time of its own ("last week"), which time-words.ts reads. */
const LAST_AS_TIME = new Set(['week', 'weekend', 'month', 'year', 'night', 'day', 'time']);
/** After these "last" is an adjective on the subject ("the last parade"), which the sources use too. */
const DETERMINERS = new Set(['the', 'a', 'his', 'her', 'its', 'their', 'this', 'that']);

export function questionKind(words: readonly string[]): QuestionKind {
  const kind = kindOf(words);
  if (kind.kind !== 'when') return kind;
  // "when did Kim last visit Beijing" asks when he visited: the sources answer "six years since Kim visited
  // Beijing" without the word "last", so here it only says which time is wanted and is not searched.
  const last = words.findIndex(
    (w, i) =>
      w === 'last' &&
      !kind.consumed.has(i) &&
      !DETERMINERS.has(words[i - 1] ?? '') &&
      !LAST_AS_TIME.has(words[i + 1] ?? ''),
  );
  return last < 0 ? kind : { kind: kind.kind, consumed: new Set([...kind.consumed, last]) };
}

function kindOf(words: readonly string[]): QuestionKind {
  for (const [pattern, kind] of PATTERNS) {
    const parts = pattern.split(' ');
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (parts.every((p, j) => words[i + j] === p)) {
        // Only the question words are consumed: "which leaders" keeps "leaders" out, "what city" keeps "city" out.
        return { kind, consumed: new Set(parts.map((_, j) => i + j)) };
      }
    }
  }
  // "which other leaders", "what foreign officials": a question about people, however it is worded.
  const which = words.findIndex(
    (w, i) => (w === 'which' || w === 'what') && PEOPLE.has(words[i + 1] ?? '', words[i + 2] ?? ''),
  );
  if (which >= 0) return { kind: 'who', consumed: new Set([which]) };
  const at = words.findIndex((w) => SINGLE[w] !== undefined);
  const single = at >= 0 ? SINGLE[words[at] ?? ''] : undefined;
  if (single) return { kind: single, consumed: new Set([at]) };
  return { kind: 'what', consumed: new Set() };
}
