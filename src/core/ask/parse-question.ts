// A question as `ask` searches it: what kind of answer it wants, and its concepts — people (by name, typo-tolerant,
// or by a description the pack knows: "the North Korean leader"), days, subject words — each weighted by how rare
// it is in the articles (a rare word decides an answer; a common one barely does).
import { dayTerm, monthTerm, personTerm, type AskIndex } from './ask-index.ts';
import { personsIn, personsInQuestion } from './name-keys.ts';
import { describedPersons } from './person-descriptions.ts';
import { countriesOf } from './nationality.ts';
import { adjunctPositions, situatingOpeners } from './question-adjuncts.ts';
import { placeNames, properWords } from './question-names.ts';
import { isWholeSentenceKind, questionKind, TIME_NOUNS, type AnswerKind } from './question-type.ts';
import { isLightVerb, mainVerb, possessorsIn, subjectWords } from './question-verb.ts';
import { isPersonNoun } from './related-words.ts';
import { addKinds, addUnprefixed, correctTypo, headTermsOf, relativesOf } from './word-terms.ts';
import { STOPWORDS } from './stopwords.ts';
import { timeIn } from './time-words.ts';
import { foldWords, termOf } from './tokenize.ts';

export interface Concept {
  /** As the user typed it (or the person's name), for "no article gives ..." messages. */
  readonly label: string;
  /** The index term that satisfies the concept; undefined when no article uses the word. */
  readonly term: number | undefined;
  /** Other terms that satisfy it as well (a date's days, a WordNet relative), each with its factor below 1. */
  readonly also: readonly number[];
  readonly alsoFactor: readonly number[];
  readonly weight: number;
  readonly kind: 'word' | 'person' | 'date';
  /**
   * A place the question names after a preposition or a verb of visiting ("a visit to Oslo", "visit Oslo"), outside
   * an adjunct: a sentence answering in English must name it too.
   */
  readonly place?: boolean;
  /**
   * A word or person of an adjunct ("before heading to Oslo"). In a span question it weighs less and a sentence
   * need not say it; a whole-sentence answer may leave it out only where it situates its event as the question does
   * (ParsedQuestion.openers).
   */
  readonly adjunct?: boolean;
  /** A capitalised word of the question ("GMT", "Oslo"): a name, which a sentence in any language spells alike. */
  readonly proper?: boolean;
}

export interface ParsedQuestion {
  readonly kind: AnswerKind;
  readonly concepts: readonly Concept[];
  readonly persons: readonly number[];
  /** Every folded word of the question: an answer span must say something the question does not. */
  readonly words: ReadonlySet<string>;
  /** Index terms of the question's words (stopwords too are left out): a span made only of them is no answer. */
  readonly terms: ReadonlySet<string>;
  /** Subject words no article uses, even allowing a typo. */
  readonly absent: readonly string[];
  /** For "how many X": the terms of the words after "how many", one of which the answer's number must count. */
  readonly counted: readonly string[];
  /** The words after the question words, as typed, for the refusal's "No article gives ...". */
  readonly subject: string;
  /** "In the afternoon or in the evening?": an answer span may be one of the question's own words. */
  readonly alternatives: boolean;
  /** For "which X": the concepts of the words of X. */
  readonly focus: readonly number[];
  /** For "which X": the concept of X's head noun, which a sentence answering must speak of (undefined: no X). */
  readonly head: number | undefined;
  /**
   * For "which X": X's commonest WordNet sense is a kind of person ("which mayors", "the name of her daughter", but
   * also "which carrier", a company as often): a person the pack knows answers first (the first such person in the
   * sentence), else a name it does not know.
   */
  readonly headNamesPeople: boolean;
  /** For "which X": the index terms that name an X (X itself, its relatives, its kinds), for an answer with no name. */
  readonly headTerms: ReadonlySet<string>;
  /** The concept of the question's main verb (question-verb.ts), which a sentence answering must state. */
  readonly verb: number | undefined;
  /** The concepts of the nouns of the question's subject (question-verb.ts), one of which an answer speaks of. */
  readonly subjectNouns: readonly number[];
  /**
   * For a whole-sentence question ("what happened to the ferry soon after the storm hit"): its adjuncts' time-clause
   * openers ("after"). A sentence that states one ("was towed away shortly after the wind dropped") situates its
   * event as the question does, in words of its own; the adjunct's words need not recur there. Empty otherwise.
   */
  readonly openers: readonly string[];
  /** "Her next visit": the asked event was still to come when the sources wrote, so no date before theirs is its. */
  readonly future: boolean;
  /**
   * "Which French officials": the countries the X's nationality names, each as all its folded names ("france",
   * "french republic"); a person the pack knows to be of another country is no answer. Empty when X has none.
   */
  readonly countries: readonly (readonly string[])[];
  /** Whether folded words name someone the pack knows: one the question does not name ('new'), or asks about. */
  readonly personIn: (words: readonly string[]) => 'new' | 'asked' | 'unknown';
  /** Whether a folded word is a word of a name the pack knows ("lind" of "Anna Lind"). */
  readonly isNameWord: (word: string) => boolean;
}

/** Questions are at most 300 characters (commands/summit.ts); longer direct calls are cut, not refused. */
export const MAX_QUESTION_CHARS = 300;
/** Words that put the asked event after the sources ("his next visit", "the upcoming summit"). */
const FUTURE_WORDS = new Set(['next', 'upcoming', 'forthcoming']);
/** A name is the surest sign of what a question is about. */
export const PERSON_WEIGHT = 1.5;
/**
 * The least factor of a relative that names a place itself: a synonym, derivation or adjective (0.8 before
 * related-words.ts weighs it by use; "Norwegian" for "Norway"). A holonym (0.6, a little more when reached twice:
 * "Oslo" -> "Norway") names the country a city is in.
 */
const PLACE_OWN_NAME = 0.7;
/** A word no article uses weighs this share of a rare word: it lowers coverage, it does not veto. */
const ABSENT_WEIGHT = 0.5;
/** A word of an adjunct weighs this share: it situates what is asked, an answer seldom restates it. */
const ADJUNCT_WEIGHT = 0.5;
/** A light verb ("was due to come", "what did she say") says little by itself: the rest of the question decides. */
const LIGHT_WEIGHT = 0.5;
/**
 * A lower-case modifier of the X of "which X" ("which coastal towns", "what earlier meeting") weighs this share: it
 * describes the answer, which a sentence names rather than describes ("Bergen and Ålesund").
 */
const MODIFIER_WEIGHT = 0.5;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** Words of "how many X" that may be the counted noun: the X and the words up to the verb. */
const COUNTED_WINDOW = 4;

export function idf(index: AskIndex, df: number): number {
  return Math.log(1 + (index.sentenceCount - df + 0.5) / (df + 0.5));
}

export function parseQuestion(index: AskIndex, question: string): ParsedQuestion {
  const isoDays: string[] = [];
  const text = question.slice(0, MAX_QUESTION_CHARS).replace(ISO_DAY, (day) => {
    isoDays.push(day);
    return ' ';
  });
  // "kims trips": a possessive typed without its apostrophe is the name.
  const words = foldWords(text).map((w) =>
    w.length > 3 && w.endsWith('s') && !index.names.nameWords.has(w) && index.names.nameWords.has(w.slice(0, -1))
      ? w.slice(0, -1)
      : w,
  );
  const kind = questionKind(words);
  const time = timeIn(words, index.today, true);
  const taken = new Set([...kind.consumed, ...time.positions]);
  const named = personsInQuestion(index.names, words, (w) => index.vocabulary.has(w), taken);
  const described = describedPersons(index.descriptions, words);
  const persons = [...named.persons, ...described.persons.filter((p) => !named.persons.includes(p))];
  const concepts: Concept[] = [];
  const absent: string[] = [];
  const personConsumed = new Set([...named.consumed, ...described.consumed]);

  // A whole-sentence answer ("what did she say as she left") is chosen by its circumstances: they count in full.
  const wholeSentence = isWholeSentenceKind(kind.kind);
  const adjuncts = adjunctPositions(text, words, kind.consumed);
  // People named only inside an adjunct ("after his talks with Ms Lund") situate the question, as its words do.
  const outside = personsInQuestion(
    index.names,
    words,
    (w) => index.vocabulary.has(w),
    new Set([...taken, ...adjuncts]),
  );
  for (const person of persons) {
    const id = index.terms.find(personTerm(person));
    const situates = named.persons.includes(person) && !outside.persons.includes(person);
    concepts.push({
      label: index.names.people[person]?.name ?? '',
      term: id,
      also: [],
      alsoFactor: [],
      weight:
        idf(index, id === undefined ? 0 : (index.df[id] ?? 0)) *
        PERSON_WEIGHT *
        (situates && !wholeSentence ? ADJUNCT_WEIGHT : 1),
      kind: 'person',
      ...(situates ? { adjunct: true } : {}),
    });
  }
  const days = [...isoDays, ...time.days];
  const dateTerms = (days.length > 0 ? days.map(dayTerm) : time.months.map(monthTerm))
    .map((t) => index.terms.find(t))
    .filter((id) => id !== undefined);
  if (days.length > 0 || time.months.length > 0) {
    const df = Math.max(0, ...dateTerms.map((id) => index.df[id] ?? 0));
    concepts.push({
      label: days[0] ?? time.months[0] ?? '',
      term: dateTerms[0],
      also: dateTerms.slice(1),
      alsoFactor: dateTerms.slice(1).map(() => 1),
      weight: idf(index, df),
      kind: 'date',
    });
  }
  const seen = new Set<string>();
  const terms = new Set<string>();
  const counted: string[] = [];
  const focus: number[] = [];
  let head: number | undefined;
  let verb: number | undefined;
  const possessors = possessorsIn(text);
  const notMain = new Set([...taken, ...personConsumed, ...(wholeSentence ? [] : adjuncts)]);
  const verbAt = mainVerb(words, notMain, possessors);
  const subjectAt = subjectWords(words, notMain, possessors);
  const subjectNouns: number[] = [];
  const afterQuestionWords = Math.max(-1, ...kind.consumed);
  const places = placeNames(text);
  const proper = properWords(text);
  words.forEach((word, i) => {
    const term = termOf(word);
    if (term !== null) terms.add(term);
    if (taken.has(i) || personConsumed.has(i) || term === null || seen.has(term)) return;
    seen.add(term);
    if (kind.kind === 'count' && i > afterQuestionWords && i <= afterQuestionWords + COUNTED_WINDOW) counted.push(term);
    if (kind.focus?.includes(i)) focus.push(concepts.length);
    if (kind.head === i) head = concepts.length;
    if (verbAt === i) verb = concepts.length;
    if (subjectAt.includes(i)) subjectNouns.push(concepts.length);
    let id = index.terms.find(term);
    const related = relativesOf(index, word, id);
    if (kind.head === i) addKinds(index, word, id, related);
    if (id === undefined) addUnprefixed(index, word, related);
    if (id === undefined && related.size === 0 && !/\d/.test(word)) id = correctTypo(index, word);
    const situates = adjuncts.has(i);
    // A place no article names: no English sentence can be about it; one an adjunct names only situates the question
    // (in a whole-sentence question, only where the sentence situates its event likewise: sentence-coverage.ts).
    const place = places.has(word) && (!situates || wholeSentence);
    // A place is met by its own name only: a sentence about the country is not about the city asked of.
    if (place) for (const [t, f] of related) if (f < PLACE_OWN_NAME) related.delete(t);
    const also = [...related.keys()];
    const alsoFactor = [...related.values()];
    const marks = {
      ...(situates ? { adjunct: true } : {}),
      ...(place ? { place: true } : {}),
      ...(proper.has(word) ? { proper: true } : {}),
    };
    const describesAnswer = kind.focus?.includes(i) === true && kind.head !== i && !proper.has(word);
    const light = kind.head !== i && isLightVerb(word);
    const share =
      situates && !wholeSentence ? ADJUNCT_WEIGHT : describesAnswer ? MODIFIER_WEIGHT : light ? LIGHT_WEIGHT : 1;
    if (id === undefined && also.length === 0) absent.push(word);
    // A word no article uses weighs as its commonest stand-in: a paraphrase is weaker evidence than the word.
    const rarity =
      id !== undefined
        ? idf(index, index.df[id] ?? 0)
        : also.length > 0
          ? idf(index, Math.max(...also.map((t) => index.df[t] ?? 0)))
          : idf(index, 0) * ABSENT_WEIGHT;
    concepts.push({ label: word, term: id, also, alsoFactor, weight: rarity * share, kind: 'word', ...marks });
  });
  return {
    kind: kind.kind,
    concepts,
    persons,
    words: new Set(words),
    terms,
    absent,
    counted,
    focus,
    head,
    verb,
    subjectNouns,
    alternatives: kind.alternatives === true,
    openers: wholeSentence ? situatingOpeners(words, adjuncts) : [],
    // "Her next visit", not "when did they meet next" (nothing after it) or "next week" (a time the question names).
    future: words.some((w, i) => FUTURE_WORDS.has(w) && i + 1 < words.length && !TIME_NOUNS.has(words[i + 1] ?? '')),
    headTerms: headTermsOf(kind.head === undefined ? undefined : words[kind.head]),
    headNamesPeople: kind.kind === 'which' && kind.head !== undefined && isPersonNoun(words[kind.head] ?? ''),
    countries: (kind.focus ?? [])
      .filter((i) => i !== kind.head && proper.has(words[i] ?? ''))
      .flatMap((i) => countriesOf(words[i] ?? '')),
    subject: subjectOf(words.filter((_, i) => i > afterQuestionWords)),
    isNameWord: (w) => index.names.nameWords.has(w),
    personIn: (w) => {
      const found = personsIn(index.names, w);
      if (found.some((p) => !persons.includes(p))) return 'new';
      return found.length > 0 ? 'asked' : 'unknown';
    },
  };
}

/** The words after the question words, without the auxiliary and article they open with: "top speed of the train". */
function subjectOf(rest: readonly string[]): string {
  const start = rest.findIndex((w) => !STOPWORDS.has(w));
  return start < 0 ? '' : rest.slice(start).join(' ');
}
