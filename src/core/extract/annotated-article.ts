// The one document every extraction stage reads and annotates (spaCy's Doc): an article's sentences with their
// tokens, and the spans each stage found. Stages are small functions from one annotation to the next.
import type { LanguageWords } from './language-words.ts';

export interface Token {
  readonly text: string;
  /** Offsets into the sentence text. */
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly isWord: boolean;
  /** Starts with an upper-case letter (any script). */
  readonly capitalized: boolean;
}

export interface NameMention {
  /** Token range [first, last] in the sentence. */
  readonly first: number;
  readonly last: number;
  readonly text: string;
  /** The title or role as the sentence writes it, before or after the name. */
  readonly role?: string;
  readonly country?: string;
  /** Set for a one-word mention resolved to an earlier full name of the same article. */
  readonly resolvedTo?: string;
}

export type Granularity = 'day' | 'month' | 'year';

export interface TimeMention {
  readonly start: number;
  readonly end: number;
  /** The source's own words for the time. */
  readonly wording: string;
  readonly date: string;
  readonly granularity: Granularity;
  /** The day came from a weekday, a relative word or another stated day, not a calendar date. */
  readonly inferred: boolean;
  readonly partOfDay?: string;
  /** HH:MM, only when the text states a clock time. */
  readonly clock?: string;
}

export interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  /** 'minutes' for durations, else the counted noun's lower-case stem ("leader"). */
  readonly unit: string;
  /** "26 other leaders": counted besides those the sentence names, so not the same claim as "26 leaders". */
  readonly besides?: boolean;
}

export interface AnnotatedSentence {
  readonly index: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  names: NameMention[];
  times: TimeMention[];
  quantities: Quantity[];
}

export interface SkippedItem {
  readonly article: string;
  readonly what: string;
  readonly reason: string;
}

export interface AnnotatedArticle {
  readonly id: string;
  readonly published: string;
  readonly publishedEstimated: boolean;
  readonly language: string;
  readonly words: LanguageWords;
  readonly sentences: AnnotatedSentence[];
  readonly skipped: SkippedItem[];
}
