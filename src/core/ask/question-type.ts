// What kind of answer a question wants, from its question words: "when" wants a time, "how many" a number. The
// words that only say this ("how", "many", "what day") are returned so they are not searched as subjects.

export type AnswerKind =
  | 'when'
  | 'clock'
  | 'who'
  | 'where'
  | 'count'
  | 'duration'
  | 'age'
  | 'measure'
  | 'which'
  | 'name'
  | 'yesno'
  | 'why'
  | 'what';

export interface QuestionKind {
  readonly kind: AnswerKind;
  /** Positions of the words that gave the kind. */
  readonly consumed: ReadonlySet<number>;
  /** For "which X" / "what X": the position of X, the thing the answer must be an instance of. */
  readonly focus?: number;
}

/** Multi-word openers, checked anywhere in the question, longest first. */
const PATTERNS: readonly (readonly [string, AnswerKind])[] = [
  ['what is the name of', 'name'],
  ['what was the name of', 'name'],
  ['for how long', 'duration'],
  ['how old', 'age'],
  ['how much time', 'duration'],
  ['how long', 'duration'],
  ['how many', 'count'],
  ['how much', 'count'],
  ['number of', 'count'],
  ['at what time', 'clock'],
  ['what time', 'clock'],
  ['what hour', 'clock'],
  ['what day', 'when'],
  ['which day', 'when'],
  ['what date', 'when'],
  ['which date', 'when'],
  ['since when', 'when'],
  ['in what year', 'when'],
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
/** "Is Kim going?", "Did Fico attend?": a question opening with an auxiliary asks whether something is so. */
const AUXILIARIES = new Set('is are was were did does do has have had can could will would should'.split(' '));
/** "What is X called?", "what is X known as": the answer is a name. */
const NAME_ENDINGS = new Set(['called', 'named', 'nicknamed']);
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

/** A word's role in a noun phrase: its head noun, a modifier (adjective, name), or neither (a verb: it ends). */
export type WordRole = 'noun' | 'modifier' | 'other';

/**
 * `roleAt` says what the word at a position is (from its part-of-speech tag): "which Chinese official broke the
 * news" has the focus "official", the last noun before the verb. Injected so this module stays a pure reading of the
 * words.
 */
export function questionKind(
  words: readonly string[],
  roleAt: (position: number) => WordRole = () => 'noun',
): QuestionKind {
  const kind = withFocus(measureOr(kindOf(words), words, roleAt), words, roleAt);
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
  const interrogative = words.findIndex((w) => w === 'which' || w === 'what');
  if (interrogative >= 0 && NAME_ENDINGS.has(words.at(-1) ?? '')) {
    return { kind: 'name', consumed: new Set([interrogative, words.length - 1]) };
  }
  if (interrogative >= 0) return { kind: 'which', consumed: new Set([interrogative]) };
  if (AUXILIARIES.has(words[0] ?? '')) return { kind: 'yesno', consumed: new Set([0]) };
  return { kind: 'what', consumed: new Set() };
}

const ARTICLES = new Set(['the', 'a', 'an']);
/**
 * "How fast", "how far", "how heavy": "how" before a modifier asks for a measure, which only a number gives ("how
 * long", "how many", "how old" have kinds of their own, matched first).
 */
function measureOr(kind: QuestionKind, words: readonly string[], roleAt: (position: number) => WordRole): QuestionKind {
  if (kind.kind !== 'what') return kind;
  const at = words.findIndex(
    (w, i) => w === 'how' && roleAt(i + 1) === 'modifier' && !AUXILIARIES.has(words[i + 1] ?? ''),
  );
  return at < 0 || at + 1 >= words.length ? kind : { kind: 'measure', consumed: new Set([at]) };
}

/** Words that end the noun phrase after "which": function words and the question's auxiliaries. */
const PHRASE_END = new Set([
  ...AUXILIARIES,
  'of',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'at',
  'for',
  'that',
  'and',
  'or',
]);

/**
 * "Which X ..." asks for an X: the focus is the last noun of the words after "which"/"what", up to the first
 * function word or non-noun ("which Kremlin aide called ..." -> "aide"). "What" alone ("what did he say") has none.
 */
function withFocus(kind: QuestionKind, words: readonly string[], roleAt: (position: number) => WordRole): QuestionKind {
  if (kind.kind !== 'which' && kind.kind !== 'what') return kind;
  let at = words.findIndex((w, i) => (w === 'which' || w === 'what') && kind.consumed.has(i));
  if (kind.kind === 'what') at = words.indexOf('what');
  if (at < 0) return kind;
  // "What is the top speed of the train?" asks for a speed as surely as "which speed" would.
  if (AUXILIARIES.has(words[at + 1] ?? '') && ARTICLES.has(words[at + 2] ?? '')) at += 2;
  else if (kind.kind === 'what') return kind;
  let focus: number | undefined;
  for (let i = at + 1; i < words.length && !PHRASE_END.has(words[i] ?? ''); i++) {
    const role = roleAt(i);
    if (role === 'other') break;
    if (role === 'noun') focus = i;
  }
  return focus === undefined
    ? { kind: 'what', consumed: kind.consumed }
    : { kind: 'which', consumed: kind.consumed, focus };
}
