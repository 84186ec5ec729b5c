// The question's main verb, where the question's shape says which word it is: after "did/does/do" and the subject
// ("when did the ferry dock"), or the participle of a passive or perfect ("how many were killed", "has been
// appointed"). A sentence that answers states that relation, itself or by a close relative: "when did the ferry
// return" is not answered by "the ferry left at noon". Light verbs carry no relation of their own and are not required.
import { lemmatizer } from './lemmatizer.ts';
import { sensesWithCounts, type WordNetPos } from './wordnet.ts';

const DO_SUPPORT = new Set(['did', 'does', 'do']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
/**
 * Verbs that say little by themselves ("did it take place"), only that something was due ("were the talks planned"),
 * or that someone said something ("what did she say", "which aide called it rare": sources say "said", "told",
 * "called" interchangeably): the rest of the question decides.
 */
const LIGHT_VERBS = new Set(
  `be have do get make take go come happen hold give put keep let see seem become mean expect plan schedule intend
  say tell call describe add note`.split(/\s+/),
);
/**
 * Whether a word is one of the light verbs by its commonest part of speech ("come", "said", "plans"; not "planning",
 * mostly a noun). Questions are not tagged, so "the plan" counts too: parse-question.ts exempts the head of "which X".
 */
export function isLightVerb(word: string): boolean {
  return LIGHT_VERBS.has(lemmatizer().verb(word)) && dominantPos(word) === 'v';
}

/** Words read after the auxiliary, looking for the verb past the subject ("did the new ferry's captain ..."). */
const REACH = 6;

/**
 * Position of the main verb in the folded words, or undefined when the shape does not say it or it is light. After
 * "did", the subject comes first: a determiner or a possessor ("the", "Kim's") opens a noun phrase that runs to its
 * noun ("the new ferry's captain"), and only then is a verb the question's.
 */
export function mainVerb(
  words: readonly string[],
  skip: ReadonlySet<number>,
  possessors: ReadonlySet<string>,
): number | undefined {
  let at = verbPosition(words, skip, possessors);
  // "Is she expected to make ...", "did they plan to sign ...": a light verb's infinitive carries the relation.
  while (at !== undefined && LIGHT_VERBS.has(lemmatizer().verb(words[at] ?? '')) && words[at + 1] === 'to') {
    at = dominantPos(words[at + 2] ?? '') === 'v' ? at + 2 : undefined;
  }
  if (at === undefined) return undefined;
  const lemma = lemmatizer().verb(words[at] ?? '');
  if (!LIGHT_VERBS.has(lemma)) return at;
  // "Get back", "send away": a light verb with a particle means what the particle says; "make his next visit": what
  // the noun after it says (a light-verb construction).
  const next = words[at + 1] ?? '';
  if (PARTICLES.has(next)) return at + 1;
  if (!SUPPORT_VERBS.has(lemma) || (!DETERMINERS.has(next) && !possessors.has(next))) return undefined;
  for (let i = at + 2; i < words.length && i <= at + 4; i++) {
    if (skip.has(i)) return undefined;
    if (hasNounSense(words[i] ?? '')) return i;
  }
  return undefined;
}

function verbPosition(
  words: readonly string[],
  skip: ReadonlySet<number>,
  possessors: ReadonlySet<string>,
): number | undefined {
  const doAt = words.findIndex((w) => DO_SUPPORT.has(w));
  if (doAt >= 0) {
    let inNounPhrase = false;
    for (let i = doAt + 1; i < words.length && i <= doAt + REACH; i++) {
      const word = words[i] ?? '';
      if (DETERMINERS.has(word) || possessors.has(word)) {
        inNounPhrase = true;
        continue;
      }
      if (skip.has(i)) continue;
      const pos = dominantPos(word);
      if (inNounPhrase) {
        // The phrase ends at its noun: a word that can be one ("the train", though "train" is also a verb).
        if (hasNounSense(word)) inNounPhrase = false;
        continue;
      }
      if (pos === 'v') return i;
    }
    return undefined;
  }
  // "How many were killed", "which aide called it unusual": the first past form after the question word.
  const beAt = words.findIndex((w) => BE_FORMS.has(w));
  for (let i = Math.max(0, beAt) + 1; i < words.length && i <= Math.max(0, beAt) + REACH + 2; i++) {
    if (skip.has(i)) continue;
    const word = words[i] ?? '';
    if (!isPastForm(word)) continue;
    // "-ed" is a verb's ending whatever its stem mostly is ("filmed", "hosted", "headed"); other endings are nouns
    // and adjectives too ("present", "golden"), so there the stem must be mostly a verb.
    const lemma = lemmatizer().verb(word);
    if (dominantPos(lemma) === 'v' || (word.endsWith('ed') && hasVerbSense(lemma))) return i;
  }
  return undefined;
}

/** Verbs whose object noun carries the relation: "make a visit", "hold talks", "give a speech", "take a trip". */
const SUPPORT_VERBS = new Set(['make', 'take', 'have', 'give', 'hold', 'pay', 'do']);

/** Particles that carry a phrasal verb's meaning and are words of their own (off, out and up are stopwords). */
const PARTICLES = new Set(['back', 'away', 'down', 'apart', 'together']);

/** Words that open a noun phrase: after them comes a noun, or an adjective before one ("the last parade"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her its their this that these those any'.split(' '),
);

/** Folded words a question writes with a possessive 's ("Kim's train"): the word after them is a noun. */
export function possessorsIn(question: string): Set<string> {
  return new Set([...question.matchAll(/([\p{L}\p{N}-]+)['’]s(?![\p{L}])/gu)].map((m) => (m[1] ?? '').toLowerCase()));
}

/** A past tense or participle, regular or not ("called", "sat", "paid"): a verb form, not "-ing" nor "-s". */
function isPastForm(word: string): boolean {
  return isVerbForm(word) && !word.endsWith('ing') && !word.endsWith('s');
}

export function hasVerbSense(lemma: string): boolean {
  return sensesWithCounts(lemma).some((sense) => sense.pos === 'v');
}

export function hasNounSense(word: string): boolean {
  return sensesWithCounts(lemmatizer().noun(word)).some((sense) => sense.pos === 'n');
}

const SUBJECT_AUXILIARIES = new Set([...DO_SUPPORT, ...BE_FORMS, 'has', 'have', 'had']);
/** The question word and its phrase come first: an auxiliary further on belongs to a clause of its own. */
const AUXILIARY_REACH = 5;
const SUBJECT_WORDS = 4;

/**
 * Positions of the words of the question's subject noun phrase, after the auxiliary of its inversion ("what time
 * was the parade due", "how long was the rail journey from ..."): its nouns, without the people (those are met on
 * their own) or the adjectives and verbs after it. A sentence answering speaks of one of them: the train's arrival
 * time does not answer when the parade was due to start.
 */
export function subjectWords(
  words: readonly string[],
  skip: ReadonlySet<number>,
  possessors: ReadonlySet<string>,
): number[] {
  const aux = words.findIndex((w, i) => i < AUXILIARY_REACH && SUBJECT_AUXILIARIES.has(w));
  if (aux < 0 || !DETERMINERS.has(words[aux + 1] ?? '')) return [];
  const subject: number[] = [];
  for (let i = aux + 2; i < words.length && i <= aux + 1 + SUBJECT_WORDS; i++) {
    const word = words[i] ?? '';
    if (skip.has(i)) continue;
    if (!hasNounSense(word) || isVerbForm(word) || dominantPos(word) === 'a') break;
    if (!possessors.has(word)) subject.push(i);
  }
  return subject;
}

/**
 * A past tense or participle ("called", "sat", "planned"): the verb after a noun phrase, which it ends. A plural noun
 * ("premiers") reduces to its lemma by a final -s only, and a noun in -ing ("meeting") is a noun WordNet knows.
 */
export function isVerbForm(word: string): boolean {
  const lemma = lemmatizer().verb(word);
  if (lemma === word || `${lemma}s` === word || `${lemma}es` === word) return false;
  return !(word.endsWith('ing') && hasNounSense(word));
}

/** The part of speech a word is most often tagged as (SemCor counts; WordNet's first-listed on none). */
function dominantPos(word: string): WordNetPos | undefined {
  const lemma = lemmatizer().verb(word);
  const totals = new Map<WordNetPos, number>();
  for (const sense of [...sensesWithCounts(word), ...(lemma === word ? [] : sensesWithCounts(lemma))]) {
    totals.set(sense.pos, (totals.get(sense.pos) ?? 0) + sense.tagCount + 0.1);
  }
  let best: WordNetPos | undefined;
  for (const [pos, n] of totals) if (best === undefined || n > (totals.get(best) ?? 0)) best = pos;
  return best;
}
