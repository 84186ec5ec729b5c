// The neutral answer every front end renders: title, sections, lines, and the citations behind each line.
// Plain data, JSON-serialisable, no platform concepts (no blocks, embeds or markup).
import type { SourceKind } from './pack-schema.ts';

export interface Citation {
  readonly articleId: string;
  readonly headline: string | null;
  readonly outlet: string;
  readonly url: string | null;
  /** Publication date YYYY-MM-DD. */
  readonly published: string;
  readonly publishedEstimated: boolean;
  readonly kind: SourceKind;
  /** Verbatim words from the article that support the line. */
  readonly quote: string;
}

export type LineTag =
  /** Sources disagree; the sibling lines of the same section hold the other claims. */
  | 'conflict'
  /** As of its source's publication the event was still expected. */
  | 'expected'
  /** Found in the articles, but the fact sheet does not cover it yet. */
  | 'not-in-fact-sheet';

export interface AnswerLine {
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly tags?: readonly LineTag[];
}

export interface AnswerSection {
  readonly heading: string;
  readonly lines: readonly AnswerLine[];
}

export type AnswerStatus =
  /** Answered from the pack. */
  | 'answered'
  /** The question was fine but the pack has nothing for it (unknown name, empty filter). */
  | 'not-found'
  /** The input could not be understood (unknown subcommand, overlong text). */
  | 'bad-input';

export interface Answer {
  readonly status: AnswerStatus;
  readonly title: string;
  /** One plain sentence under the title: what this is, or what went wrong and what to try. */
  readonly summary?: string;
  readonly sections: readonly AnswerSection[];
}
