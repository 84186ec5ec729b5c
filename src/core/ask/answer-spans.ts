// The reader: where in a sentence the answer of the asked kind is — a number next to the counted noun, a duration,
// a time of day, a date, a place, a name the question does not already say, a title, a stated cause. A sentence with
// no such span does not answer, however many question words it shares. Each kind is one pattern over the raw text
// (so the span can be shown in bold), built once from the word lists of span-words.ts.
import type { ParsedQuestion } from './parse-question.ts';
import type { AnswerKind } from './question-type.ts';
import {
  APPROXIMATORS,
  CALENDAR_WORDS,
  CAUSE_WORDS,
  DAY_PARTS,
  DESTINATION_PREPOSITIONS,
  ENGLISH_PLACE_PREPOSITIONS,
  MEASURE_UNITS,
  MOTION_VERBS,
  NUMBER_WORDS,
  PLACE_PREPOSITIONS,
  RELATIVE_DAYS,
  RELATIVE_PLACES,
  TIME_UNITS,
  TITLE_WORDS,
} from './span-words.ts';
import { kindPhrase } from './kind-phrase.ts';
import { isPertainymAdjective } from './nationality.ts';
import { lemmatizer } from './lemmatizer.ts';
import { STOPWORDS } from './stopwords.ts';
import { foldWords, termOf } from './tokenize.ts';

export interface Span {
  /** Character offsets in the sentence: text.slice(start, end) is the answer. */
  readonly start: number;
  readonly end: number;
}

const L = '[\\p{L}\\p{N}]';
const START = `(?<!${L})`;
const END = `(?!${L})`;
const any = (words: readonly string[]) => `(?:${words.join('|')})`;
const NUMBER = `(?:\\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?|${any(NUMBER_WORDS)}(?:-${any(NUMBER_WORDS)})?)`;
// Case-insensitive patterns run on the lower-cased sentence without the `i` flag: with Unicode word lists, `iu`
// took 75-150 ms to compile per pattern on first use (a cold `summit ask` paid it), `u` alone 1-4 ms.
const pattern = (source: string) => new RegExp(`${START}${source}${END}`, 'gu');
/** Names are read by their capitals: these patterns are case-sensitive. */
const casePattern = (source: string) => new RegExp(`${START}${source}${END}`, 'gu');

const NUMBER_RE = pattern(NUMBER);
const DURATION_RE = pattern(
  `(?:${any(APPROXIMATORS)}\\s+)?(?:${NUMBER}|an?|un|una|half\\s+an?)(?:[\\s-]+and[\\s-]+a[\\s-]+half)?[\\s-]+${any(TIME_UNITS)}`,
);
const CLOCK_RE = pattern(
  `(?:\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.?m|p\\.?m)\\.?|\\d{1,2}[:.]\\d{2}(?:\\s?(?:gmt|utc|hrs?|h))?|${any(DAY_PARTS)})`,
);
const DATE_RE = pattern(
  `(?:\\d{1,2}\\.?\\s+(?:de\\s+)?${any(CALENDAR_WORDS)}\\.?(?:\\s+\\d{4})?|${any(CALENDAR_WORDS)}\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|(?:1[5-9]|20)\\d\\d(?:s)?|the\\s+\\d{1,2}(?:st|nd|rd|th)(?!\\s+(?!(?:and|of|to|in|at|on)${END})\\p{Ll})|${any(RELATIVE_DAYS)}|(?:last|next|this)\\s+(?:week|month|year)|(?:on\\s+)?the\\s+(?:same|next|following|previous)\\s+day)`,
);
const MEASURE_RE = pattern(`${NUMBER}\\s*${any(MEASURE_UNITS)}`);
/** An age: "aged 12", "a 12-year-old", "12 years old", "the age of 12", "living to 150". */
const AGE_RE = pattern(
  `(?:aged\\s+\\d{1,3}|\\d{1,3}[\\s-]years?[\\s-]old|age\\s+of\\s+\\d{1,3}|(?:to|until|past|beyond)\\s+\\d{2,3}(?![\\d.,:]))`,
);
const CAUSE_RE = pattern(`${any(CAUSE_WORDS)}\\s+[^.,;:]+`);
const TITLE_RE = pattern(any(TITLE_WORDS));
const RELATIVE_PLACE_RE = pattern(
  `(?:on|to|at)\\s+(?:his|her|their|its|the)\\s+(?:left|right)|${any(RELATIVE_PLACES)}`,
);
const NAME = `\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+the\\s+|of\\s+|de\\s+|and\\s+)?\\p{Lu}[\\p{L}'’.-]*)*`;
const NAME_RE = casePattern(NAME);
const placeAfter = (prepositions: readonly string[]) => casePattern(`${any(prepositions)}\\s+(?:the\\s+)?(${NAME})`);
const notDestination = (prepositions: readonly string[]) =>
  prepositions.filter((p) => !DESTINATION_PREPOSITIONS.has(p));
const PLACE_RE = placeAfter(PLACE_PREPOSITIONS);
const LOCATION_RE = placeAfter(notDestination(PLACE_PREPOSITIONS));
const PLACE_RE_EN = placeAfter(ENGLISH_PLACE_PREPOSITIONS);
const LOCATION_RE_EN = placeAfter(notDestination(ENGLISH_PLACE_PREPOSITIONS));
const QUOTED_RE = /["“«„]([^"”»“]{2,80})["”»“]/gu;
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/**
 * The first span of the asked kind that says something the question does not; undefined when there is none.
 * `language` is the article's (undefined for a pack that does not say, which is English).
 */
export function answerSpan(question: ParsedQuestion, text: string, language: string | undefined): Span | undefined {
  const span = spanOf(question.kind, question, text, lowerSameLength(text), (language ?? 'en') === 'en');
  // Names may hold full stops ("U.S.", "St."), so a name ending the sentence takes its full stop along: not the answer.
  if (span && text[span.end - 1] === '.' && /\p{Ll}{2}\.$/u.test(text.slice(span.start, span.end))) {
    return { start: span.start, end: span.end - 1 };
  }
  return span;
}

/** The text lower-cased letter by letter, keeping its length (a letter whose lower case is longer stays). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/\p{Lu}/gu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}

/** `text` as written (names are read by their capitals); `lower` the same text lower-cased, same offsets. */
function spanOf(kind: AnswerKind, q: ParsedQuestion, text: string, lower: string, english: boolean): Span | undefined {
  switch (kind) {
    case 'count':
      return countSpan(q, lower);
    case 'duration':
      // "Six years since they met" is how long ago, not how long a finished thing lasted ("how long did it last"):
      // it answers "how long since" and a question in the perfect ("how long has she served").
      return first(DURATION_RE, q, lower, { notFollowedBy: asksUpToNow(q) ? OFFSET_AFTER : ELAPSED_AFTER });
    case 'clock':
      return first(CLOCK_RE, q, lower, { allowKnown: q.alternatives });
    case 'when':
      // "Six years since ...", "two days ago" say when as surely as a date does.
      return (
        first(DATE_RE, q, lower, { keep: (m, at) => isDate(m, text, at) }) ??
        first(CLOCK_RE, q, lower) ??
        first(DURATION_RE, q, lower, { followedBy: SINCE_AFTER })
      );
    case 'since':
      // "Since when has she led it?" asks for a starting point: a date a word of beginning opens ("since 2019",
      // "in March 2021"), not any date the sentence gives ("on Thursday").
      return first(DATE_RE, q, lower, { keep: (m, at) => isDate(m, text, at), precededBy: START_BEFORE });
    case 'measure':
      return first(MEASURE_RE, q, lower);
    case 'age':
      return first(AGE_RE, q, lower);
    case 'where':
      // "On his left" says where someone sat; "in which building" asks for a building's name; "which region" is
      // answered by the name the noun goes with ("the Kursk region").
      return (
        namedHead(q, text) ??
        first(placePattern(q, english), q, text, {
          keep: (name, at, end) => isPlaceName(q, name, text, at, end),
          group: 1,
        }) ??
        (q.focus.length === 0 ? first(RELATIVE_PLACE_RE, q, lower) : undefined)
      );
    case 'who':
    case 'whichPerson':
      return personSpan(q, text);
    case 'which':
      return (q.headNamesPeople ? personSpan(q, text) : undefined) ?? nameSpan(q, text) ?? kindPhrase(q, text);
    case 'title':
      return first(TITLE_RE, q, lower, { allowKnown: true });
    case 'why':
      return first(CAUSE_RE, q, lower, { keep: (_, at) => !isTemporalSince(lower, at) });
    case 'yesno':
    case 'what':
      return { start: 0, end: 0 };
  }
}

interface MatchRules {
  /** Filters matches further, by the part that must be new and where the match starts and ends. */
  readonly keep?: (part: string, at: number, end: number) => boolean;
  /** The capture group that must say something new (0: the whole match). */
  readonly group?: number;
  /** Accepts a match the question also says (a title word may repeat it). */
  readonly allowKnown?: boolean;
  /** Refused when the text after the match starts so ("a day after": an offset, not a duration). */
  readonly notFollowedBy?: RegExp;
  /** Kept only when the text after the match starts so ("six years since"). */
  readonly followedBy?: RegExp;
  /** Kept only when the text before the match ends so ("since 2019"). */
  readonly precededBy?: RegExp;
}

/** The first match whose words are not all the question's own, under the rules given. */
function first(re: RegExp, q: ParsedQuestion, text: string, rules: MatchRules = {}): Span | undefined {
  const { keep, group = 0, allowKnown = false, notFollowedBy, followedBy, precededBy } = rules;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const part = m[group] ?? m[0];
    const rest = text.slice(m.index + m[0].length);
    if (keep && !keep(part, m.index, m.index + m[0].length)) continue;
    if (notFollowedBy?.test(rest) || (followedBy && !followedBy.test(rest))) continue;
    if (precededBy && !precededBy.test(text.slice(0, m.index))) continue;
    if (!allowKnown && !isNew(q, part)) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * A month that is also an everyday word ("may", "march") is a date only as a capitalised name ("in May", not "may
 * lead to"); other dates are dates however they are written.
 */
function isDate(match: string, text: string, at: number): boolean {
  return !WORD_MONTHS.test(match) || /^\p{Lu}/u.test(text.slice(at));
}
const WORD_MONTHS = /^(?:may|march|mar|mai)$/;
/** "On Thursday", "in March": a preposition before a day or month gives a time, not a place. */
const CALENDAR_SET = new Set(CALENDAR_WORDS);

function isNew(q: ParsedQuestion, part: string): boolean {
  const words = foldWords(part);
  return words.length > 0 && words.some((w) => !q.words.has(w));
}

/** "A day after", "two years before": an offset from another time, not how long something took. */
const OFFSET_AFTER = /^\s+(?:after|before|later|earlier|ago)\b/i;
const SINCE_AFTER = /^\s+(?:since|ago)\b/i;
/** An offset, or a time elapsed since something ("six years since", "two days ago"). */
const ELAPSED_AFTER = /^\s+(?:after|before|later|earlier|ago|since)\b/i;
/**
 * Words that make "to" part of a compound preposition naming no destination: "according to the Russian agency" (a
 * source), "thanks to", "due to", "owing to", "prior to", "in addition to", "with regard / respect to", "compared
 * to", "contrary to".
 */
const NOT_A_PLACE_BEFORE = /\b(?:according|thanks|due|owing|prior|addition|regard|respect|compared|contrary)\s+$/i;
/** Words that open a starting point: "since 2019", "from March", "in 2021" (as the year something began). */
const START_BEFORE = /\b(?:since|from|in|desde|seit|din|с)\s+$/iu;

/**
 * A person the question does not name, someone the pack knows (by any spelling, extracted or reviewed): a run of
 * capitalised words alone is as often a place, a party or an adjective ("North Korean") as a person.
 */
function personSpan(q: ParsedQuestion, text: string): Span | undefined {
  for (const m of text.matchAll(NAME_RE)) {
    const all = foldWords(m[0]);
    const words = all.filter((w) => !STOPWORDS.has(w));
    if (words.length === 0 || words.every((w) => q.words.has(w))) continue;
    // The name as written: a name word may fold to a stopword ("Ван И" is "van i").
    if (q.personIn(all) === 'new') return nameWithin(q, m[0], m.index);
  }
  return undefined;
}

/**
 * The person's name inside a run of capitalised words that names them: the run also takes in a title or a word
 * before the name ("Mayor Ole Berg", "КНР Ван И"), dropped where it is no word of any name the pack knows and what is
 * left still names the new person. Nothing is dropped from the back: "the Ole Berg Foundation" is not Ole Berg.
 */
function nameWithin(q: ParsedQuestion, run: string, at: number): Span {
  const tokens = [...run.matchAll(/\S+/g)].map((t) => ({ text: t[0], at: t.index }));
  const rest = (from: number) =>
    tokens
      .slice(from)
      .map((t) => t.text)
      .join(' ');
  const noName = (i: number) => foldWords(tokens[i]?.text ?? '').every((w) => !q.isNameWord(w));
  let first = 0;
  while (first < tokens.length - 1 && noName(first) && q.personIn(foldWords(rest(first + 1))) === 'new') first++;
  return { start: at + (tokens[first]?.at ?? 0), end: at + run.length };
}

/** Words allowed between a number and what it counts: "16 further states", "five World War II veterans". */
const COUNT_GAP = 4;

function countSpan(q: ParsedQuestion, text: string): Span | undefined {
  const counted = new Set(q.counted);
  for (const m of text.matchAll(NUMBER_RE)) {
    if (YEAR.test(m[0]) || !isNew(q, m[0])) continue;
    const end = m.index + m[0].length;
    if (counted.size === 0) return { start: m.index, end };
    // The words after the number, folded as the question was ("heads of state" is "leader" on both sides).
    const raw = [...text.slice(end).matchAll(/[\p{L}\p{N}'’-]+/gu)].slice(0, COUNT_GAP + 1);
    for (let j = 0; j < raw.length; j++) {
      const folded = foldWords(
        raw
          .slice(0, j + 1)
          .map((r) => r[0])
          .join(' '),
      );
      if (!folded.some((w) => counted.has(termOf(w) ?? ''))) continue;
      const last = raw[j]!;
      return { start: m.index, end: end + last.index + last[0].length };
    }
  }
  return undefined;
}

/**
 * "To Oslo" says where someone went: it answers "where did she travel", not "where did she stay". An English
 * sentence is read with English prepositions only.
 */
function placePattern(q: ParsedQuestion, english: boolean): RegExp {
  const verb = verbLemma(q);
  const motion = verb === undefined || MOTION_VERBS.has(verb);
  if (english) return motion ? PLACE_RE_EN : LOCATION_RE_EN;
  return motion ? PLACE_RE : LOCATION_RE;
}

/** "How long since", "how long has she served": a time up to now, which "six years since" gives. */
function asksUpToNow(q: ParsedQuestion): boolean {
  return ['since', 'has', 'have', 'had'].some((w) => q.words.has(w));
}

/**
 * Whether a name after a preposition of place answers "where": not a day or month ("on Thursday"), not an event
 * ("in the Second World War", "at the Winter Games"), and not where someone came from unless that is asked ("from
 * Oslo" says where a journey began, not where it crossed the border).
 */
function isPlaceName(q: ParsedQuestion, name: string, text: string, at: number, end: number): boolean {
  // The name's own last word: folding rewrites some names whole ("Second World War" is "ww2").
  const last = (name.toLowerCase().split(/\s+/).at(-1) ?? '').replace(/[^\p{L}\p{N}]+$/u, '');
  if (CALENDAR_SET.has(foldWords(name)[0] ?? '') || EVENT_HEADS.has(last)) return false;
  const preposition = text.slice(at);
  if (/^to\s/i.test(preposition) && NOT_A_PLACE_BEFORE.test(text.slice(0, at))) return false;
  if (ORIGIN.test(preposition) && !asksOrigin(q)) return false;
  // An adjective of a place or people before a noun ("flying a North Korean flag") is no place.
  return !(/^\s+\p{Ll}/u.test(text.slice(end)) && isPertainymAdjective(last));
}

/** Prepositions of origin ("from", German "aus", Romanian "din", Russian "из"). */
const ORIGIN = /^(?:from|aus|din|из)\s/iu;
/** Verbs of leaving or taking away: where from is what "where did she depart" or "where was it stolen" asks. */
const LEAVING_VERBS = new Set(
  'depart leave flee escape evacuate withdraw steal remove rescue expel emigrate retreat exit'.split(' '),
);

/** "Where ... from", or a verb of leaving: an origin ("from Oslo") answers. */
function asksOrigin(q: ParsedQuestion): boolean {
  // "Where was it taken to" asks for the destination, whatever the verb.
  if (q.words.has('to')) return q.words.has('from');
  return q.words.has('from') || LEAVING_VERBS.has(verbLemma(q) ?? '');
}

/** The base form of the question's main verb ("departed" -> "depart"), undefined when it has none. */
function verbLemma(q: ParsedQuestion): string | undefined {
  const verb = q.verb === undefined ? undefined : q.concepts[q.verb]?.label;
  return verb === undefined ? undefined : lemmatizer().verb(verb);
}
/** Nouns that head the name of an event, not a place: "the Korean War", "the Winter Games", "the G20 Summit". */
const EVENT_HEADS = new Set(
  'war wars games olympics summit conference festival cup championship championships election elections revolution uprising massacre battle crisis treaty accord accords'.split(
    ' ',
  ),
);

/**
 * "Since" of time, not of cause: after a span of time ("six years since", "ever since") or before a time ("since
 * 2019", "since March", "since last summer", "since then", "since the 1990s"). `at` is where the cause word starts
 * in the lower-cased sentence.
 */
function isTemporalSince(lower: string, at: number): boolean {
  if (!lower.startsWith('since', at)) return false;
  return TIME_BEFORE.test(lower.slice(0, at)) || TIME_AFTER_SINCE.test(lower.slice(at));
}
const TIME_BEFORE = new RegExp(`(?<!\\p{L})(?:${TIME_UNITS.join('|')}|ever)\\s+$`, 'u');
const TIME_AFTER_SINCE = new RegExp(
  `^since\\s+(?:(?:the\\s+)?\\d|last(?!\\p{L})|then(?!\\p{L})|${any(CALENDAR_WORDS)}(?!\\p{L}))`,
  'u',
);

/** A name joined to the question's head noun: "the Kursk region" for "which region", whatever its preposition. */
function namedHead(q: ParsedQuestion, text: string): Span | undefined {
  const head = q.head === undefined ? undefined : q.concepts[q.head]?.label;
  if (!head) return undefined;
  for (const m of text.matchAll(NAME_RE)) {
    const words = foldWords(m[0]);
    const after = foldWords(text.slice(m.index + m[0].length, m.index + m[0].length + 40))[0];
    if (words.every((w) => q.words.has(w) || CALENDAR_SET.has(w))) continue;
    if (after === head || after === `${head}s`) {
      const end = text.indexOf(after, m.index + m[0].length) + after.length;
      return { start: m.index, end };
    }
  }
  return undefined;
}

/** Capitalised words a sentence opens with that are names only if more capitalised words follow. */
const SENTENCE_OPENING = /^(?:[^\p{L}]*)$/u;

/** A name the question does not say: a run of capitalised words, or a quoted phrase. */
function nameSpan(q: ParsedQuestion, text: string): Span | undefined {
  for (const m of text.matchAll(NAME_RE)) {
    const words = foldWords(m[0]).filter((w) => !STOPWORDS.has(w));
    if (words.every((w) => q.words.has(w) || CALENDAR_WORDS.includes(w))) continue;
    // "Which ship", "what earlier meeting": not a person the pack knows (a person is asked for as "which official").
    if (q.personIn(words) !== 'unknown') continue;
    // A lone capitalised word opening the sentence is usually just the first word ("Writing", "Officially").
    if (SENTENCE_OPENING.test(text.slice(0, m.index)) && words.length < 2) continue;
    // A possessor names whose the thing is ("Norway's frigates"), not the thing asked for.
    if (/['’]s$/.test(m[0])) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return first(QUOTED_RE, q, text, { group: 1 });
}
