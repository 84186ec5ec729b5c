// The words extraction needs for one language, kept as data (HeidelTime keeps its patterns in resource files per
// language): adding a language means adding a file under lang/, not changing a stage.
import { de } from './lang/de.ts';
import { en } from './lang/en.ts';
import { es } from './lang/es.ts';
import { ro } from './lang/ro.ts';
import { ru } from './lang/ru.ts';

export interface LanguageWords {
  /** Month names and abbreviations, lower case, every inflected form -> 1..12. */
  readonly months: Readonly<Record<string, number>>;
  /** Weekday names, lower case -> 0 (Sunday) .. 6. */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Deictic day words -> offset from the publication day ("yesterday" -> -1). */
  readonly relativeDays: Readonly<Record<string, number>>;
  /** Words that name a part of the day -> morning | afternoon | evening | night. */
  readonly partsOfDay: Readonly<Record<string, string>>;
  /** Prepositions that make a bare four-digit number a year ("in 1941", "since 1959"). */
  readonly yearPrepositions: readonly string[];
  /** Phrases meaning the year before publication. */
  readonly lastYear: readonly string[];
  /** "N years ago" as a pattern with N captured (regex source, case-insensitive). */
  readonly yearsAgo: readonly string[];
  /** "the day before / a day after" another stated day: phrase -> offset applied to the last stated day. */
  readonly anchoredDays: Readonly<Record<string, number>>;
  /** Local-time markers after a clock time ("local", "hora local"). */
  readonly clockSuffixes: readonly string[];
  /** Modality and future markers: the clause reports something expected, not done (regex sources). */
  readonly expectedMarkers: readonly string[];
  /** Title and post words, lower case: part of a role, never of a name. */
  readonly titleWords: readonly string[];
  /** Kinship words that make the following name a relative of the person just named. */
  readonly relationWords: readonly string[];
  /** Nationality adjectives and country names, lower case, every form -> the country. */
  readonly countries: Readonly<Record<string, string>>;
  /** Capitalised words that never start or form a person's name (function words, sentence starters). */
  readonly nonNameWords: readonly string[];
  /** Head words of places and organisations: a capitalised run containing one is not a person. */
  readonly placeWords: readonly string[];
  /** Nouns that classify the proper name after them as something other than a person ("newspaper X"). */
  readonly nonPersonClassifiers: readonly string[];
  /** Determiners: a capitalised word right after one is a common noun or a place, not a name. */
  readonly determiners: readonly string[];
  /** Number words -> value (for quantities). */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Duration units, lower case, every form -> minutes. */
  readonly durationUnits: Readonly<Record<string, number>>;
  /** Event trigger words (lower-case prefixes) -> a language-neutral event kind, so sources in two languages meet. */
  readonly eventKinds: Readonly<Record<string, string>>;
  /**
   * Words that open a clause hanging on the one before it (relative pronouns, conjunctions, "adding"): an event's
   * label is cut before them, and a clause that begins with one leans on its predecessor for its subject.
   */
  readonly clauseOpeners: readonly string[];
  /** Prepositions that start a span reaching the present ("since 1959"): the time words date its start, a past one. */
  readonly sincePrepositions: readonly string[];
  /** "other" in "26 other leaders": the count is of those besides the ones just named. */
  readonly otherWords: readonly string[];
  /** Suffixes removed from a name word when comparing inflected forms (Russian "Ына" / "Ын"). */
  readonly nameInflections: readonly string[];
}

const BY_LANGUAGE: Readonly<Record<string, LanguageWords>> = { en, de, es, ro, ru };

/** The words for an article's language; English when the language is absent or has no word list yet. */
export function wordsFor(language: string | undefined): { words: LanguageWords; supported: boolean } {
  const words = language ? BY_LANGUAGE[language] : en;
  return words ? { words, supported: true } : { words: en, supported: false };
}
