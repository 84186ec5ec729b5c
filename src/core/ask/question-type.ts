// What kind of answer a question wants, from its question words: "when" wants a time, "how many" a number, "what
// post" a title. The words that only say this ("how", "many", "what day") are returned so they are not searched as
// subjects. Read from the words alone: no tagger (docs/ask.md, "what was dropped").
import { DAY_PARTS, PERSON_NOUNS, PLACE_NOUNS } from './span-words.ts';
import { DETERMINERS, isVerbForm } from './question-verb.ts';

export type AnswerKind =
  | 'when'
  | 'since'
  | 'clock'
  | 'who'
  | 'where'
  | 'count'
  | 'duration'
  | 'age'
  | 'measure'
  | 'which'
  | 'whichPerson'
  | 'title'
  | 'yesno'
  | 'why'
  | 'what';

export interface QuestionKind {
  readonly kind: AnswerKind;
  /** Positions of the words that gave the kind. */
  readonly consumed: ReadonlySet<number>;
  /** For "which X": the positions of the words of X, the thing the answer must be (and the sentence speak of). */
  readonly focus?: readonly number[];
  /** For "which X": the position of X's head noun ("official" in "which Chinese foreign-ministry official"). */
  readonly head?: number;
  /** "In the afternoon or in the evening?": the answer is one of the question's own words. */
  readonly alternatives?: boolean;
}

/** Multi-word openers, checked anywhere in the question, in this order (longer and surer first). */
const PATTERNS: readonly (readonly [string, AnswerKind])[] = [
  ['what is the name of', 'which'],
  ['what was the name of', 'which'],
  ['for how long', 'duration'],
  ['how old', 'age'],
  ['what age', 'age'],
  ['how much time', 'duration'],
  ['how long', 'duration'],
  ['how many', 'count'],
  ['how much', 'count'],
  ['number of', 'count'],
  ['what time', 'clock'],
  ['what hour', 'clock'],
  ['what day', 'when'],
  ['which day', 'when'],
  ['what date', 'when'],
  ['which date', 'when'],
  ['since when', 'since'],
  ['what year', 'when'],
  ['which year', 'when'],
  ['how soon', 'when'],
  ['what capacity', 'title'],
  ['what post', 'title'],
  ['what posts', 'title'],
  ['what position', 'title'],
  ['what positions', 'title'],
  ['what title', 'title'],
  ['what job', 'title'],
  ['what role', 'title'],
  ['which post', 'title'],
  ['which position', 'title'],
];
/** Openers after which comes the X a name is asked for. */
const NAME_OF = new Set(['what is the name of', 'what was the name of']);
/** Adverbs that only stress the question word: "what exactly did she say" asks what she said. */
const STRESS_ADVERBS = new Set(['exactly', 'precisely', 'actually', 'really', 'else']);
/** "Is Kim going?", "Did Fico attend?": a question opening with an auxiliary asks whether something is so. */
const AUXILIARIES = new Set('is are was were did does do has have had can could will would should'.split(' '));
/** Nouns of a title or post: "what is X's job" asks for one as surely as "what post". */
const TITLE_NOUNS = new Set(['job', 'post', 'posts', 'position', 'title', 'titles', 'role', 'capacity']);
/**
 * Nouns that are measured, not named: "what is the top speed of ..." is answered by a number with a unit. The units
 * are in answer-spans.ts.
 */
export const MEASURE_NOUNS = new Set(
  'speed range length weight height distance depth width size cost price budget capacity altitude'.split(' '),
);
/** "How fast", "how far": "how" before one of these asks for a measure. */
const MEASURE_ADJECTIVES = new Set('fast far heavy big high tall deep wide large expensive quickly'.split(' '));
const SINGLE: Readonly<Record<string, AnswerKind>> = {
  when: 'when',
  who: 'who',
  whom: 'who',
  whose: 'who',
  where: 'where',
  why: 'why',
};

/** Nouns after "last" or "next" that make a time of their own ("last week", "next month"), not an event's adjective. */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  'week weekend month year night day time morning evening'.split(' '),
);
/** Kinds whose answer is a figure, a time or a date: they read alike in any language, and sources disagree on them. */
export const FIGURE_KINDS: ReadonlySet<AnswerKind> = new Set([
  'when',
  'since',
  'clock',
  'count',
  'duration',
  'age',
  'measure',
]);

/** Whether a kind is answered by a sentence as a whole ("what", yes/no) rather than by a span in it. */
export function isWholeSentenceKind(kind: AnswerKind): boolean {
  return kind === 'what' || kind === 'yesno';
}

export function questionKind(words: readonly string[]): QuestionKind {
  const kind = kindOf(words);
  if (kind.kind !== 'when') return kind;
  // "When did Kim last visit Beijing" asks when he visited: the sources answer "six years since Kim visited
  // Beijing" without the word "last", so here it only says which time is wanted and is not searched. After a
  // determiner it is an adjective on the subject ("the last parade"), which the sources use too.
  const last = words.findIndex(
    (w, i) => w === 'last' && !DETERMINERS.has(words[i - 1] ?? '') && !TIME_NOUNS.has(words[i + 1] ?? ''),
  );
  return last < 0 ? kind : { ...kind, consumed: new Set([...kind.consumed, last]) };
}

function kindOf(words: readonly string[]): QuestionKind {
  for (const [pattern, kind] of PATTERNS) {
    const parts = pattern.split(' ');
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (!parts.every((p, j) => words[i + j] === p)) continue;
      const consumed = new Set(parts.map((_, j) => i + j));
      // "What was the name of the harbour pilot who ...": the pilot is the X of "which X".
      if (!NAME_OF.has(pattern)) return { kind, consumed };
      const focus = focusOf(words, i + parts.length - 1);
      return { kind: byFocus(words, i + parts.length - 1), consumed, focus, head: focus.at(-1) };
    }
  }
  // "Did Beijing publish an account of what they discussed?": an auxiliary first asks whether; a later "what" opens a
  // clause.
  if (AUXILIARIES.has(words[0] ?? '')) {
    // "Was it held in the afternoon or in the evening?" asks which of two times of day: a time, not yes or no. The
    // alternatives say what kind of answer is wanted; a source states one of them, so neither is searched as a word.
    const parts = words.flatMap((w, i) => (DAY_PART_SET.has(w) ? [i] : []));
    if (parts.length >= 2 && words.slice(parts[0], parts.at(-1)).includes('or')) {
      return { kind: 'clock', consumed: new Set([0, ...parts]), alternatives: true };
    }
    return { kind: 'yesno', consumed: new Set([0]) };
  }
  const how = words.indexOf('how');
  if (how >= 0 && MEASURE_ADJECTIVES.has(words[how + 1] ?? '')) return { kind: 'measure', consumed: new Set([how]) };
  // The first question word decides: "which officials saw him off when he left" asks for people, not a time.
  const at = words.findIndex((w) => SINGLE[w] !== undefined);
  const interrogative = words.findIndex((w) => w === 'which' || w === 'what');
  const single = at >= 0 && (interrogative < 0 || at < interrogative) ? SINGLE[words[at] ?? ''] : undefined;
  if (single) return { kind: single, consumed: new Set([at]) };
  if (interrogative >= 0) {
    const kind = whatKind(words, interrogative);
    const consumed = new Set([interrogative]);
    if (kind !== 'which') return { kind, consumed };
    const focus = focusOf(words, interrogative);
    // "What kind of plant": the classifier only says that a plant is asked for; it is not a word to search.
    for (let i = interrogative + 1; i < (focus[0] ?? interrogative); i++) {
      if (CLASSIFIERS.has(words[i] ?? '') && words[i + 1] === 'of') consumed.add(i);
    }
    return { kind: byFocus(words, interrogative), consumed, focus, head: focus.at(-1) };
  }
  return { kind: 'what', consumed: new Set() };
}

/**
 * "Which X" and "what X" ask for a name; "what is the X of" asks for an X, which may be a measure or a title; "what
 * did X say" (a verb after "what") has no kind of its own.
 */
function whatKind(words: readonly string[], at: number): AnswerKind {
  const stressed = STRESS_ADVERBS.has(words[at + 1] ?? '');
  const next = words[at + (stressed ? 2 : 1)] ?? '';
  if (AUXILIARIES.has(next)) {
    // "What is the top speed of ...", "what is Jo's job": the noun before "of" (or the last word) says what is asked.
    const rest = words.slice(at + (stressed ? 3 : 2));
    const end = rest.indexOf('of');
    const noun = end > 0 ? rest[end - 1] : rest.at(-1);
    if (noun && MEASURE_NOUNS.has(noun)) return 'measure';
    if (noun && TITLE_NOUNS.has(noun)) return 'title';
    return 'what';
  }
  // "What happened to ...", "what's happening": a verb after "what" asks what was done, not for a name.
  if (words[at] === 'what' && (next === '' || /(?:ed|ing)$/.test(next))) return 'what';
  return 'which';
}

/** Words of the noun phrase after "which" looked at for its head: "which two ex-premiers of Romania". */
const FOCUS_WINDOW = 4;
const PERSON_SET = new Set(PERSON_NOUNS);
const DAY_PART_SET = new Set(DAY_PARTS);
const PLACE_SET = new Set(PLACE_NOUNS);

/** Words that end the noun phrase after "which": its auxiliary, a preposition, an article. */
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
  // A relative clause after X: "the name of the official who inspected it".
  'who',
  'whom',
  'whose',
  'which',
  'where',
  'when',
]);

/**
 * The words of X in "which X ...": up to FOCUS_WINDOW words, ending at a function word ("what make of car") or at the
 * question's verb ("which aide called ..."), so that the last word is X's head noun. "What kind of X" names X's
 * class: its head is X.
 */
function focusOf(words: readonly string[], at: number): number[] {
  const focus: number[] = [];
  // "The name of the harbour official": an article right after the opener begins X, it does not end it.
  const start = DETERMINERS.has(words[at + 1] ?? '') ? at + 2 : at + 1;
  for (let i = start; i < words.length && focus.length < FOCUS_WINDOW; i++) {
    const word = words[i] ?? '';
    if (word === 'of' && CLASSIFIERS.has(words[i - 1] ?? '') && focus.length > 0) {
      focus.length = 0;
      continue;
    }
    if (PHRASE_END.has(word) || (focus.length > 0 && isVerbForm(word))) break;
    focus.push(i);
  }
  return focus;
}

/** Nouns that name a class of what follows "of": "what kind of plant" asks for a plant. */
const CLASSIFIERS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'make', 'brand', 'model', 'form']);

/** "Which officials" asks for a person, "in which building" for a place; any other X for a name. */
function byFocus(words: readonly string[], at: number): AnswerKind {
  for (const word of words.slice(at + 1, at + 1 + FOCUS_WINDOW)) {
    if (AUXILIARIES.has(word)) break;
    if (PERSON_SET.has(word)) return 'whichPerson';
    if (PLACE_SET.has(word)) return 'where';
  }
  return 'which';
}
