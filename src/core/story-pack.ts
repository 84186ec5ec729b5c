// The loaded, verified story pack: what every answer is computed from.
import type { ExtractionReport } from './extract/story-layers.ts';
import type { ArticleFrontMatter, Conflict, FactSheet, Person, TimelineEvent } from './pack-schema.ts';

export interface Article extends ArticleFrontMatter {
  /** Path relative to the pack folder. */
  readonly file: string;
  /** The body exactly as captured. */
  readonly body: string;
  /** Body sentences without page furniture: what "each source says". */
  readonly sentences: readonly string[];
}

export interface StoryPack {
  readonly dir: string;
  readonly loadedAt: Date;
  /** Sorted by publication date, then id. */
  readonly articles: readonly Article[];
  readonly articleById: ReadonlyMap<string, Article>;
  /** Reviewed facts (facts.yaml) and extracted ones (marked `provenance: 'extracted'`), as one fact sheet. */
  readonly facts: FactSheet;
  readonly personById: ReadonlyMap<string, Person>;
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  readonly citationCount: number;
  /** What extraction skipped and which facts await review; absent for packs built in memory. */
  readonly extraction?: ExtractionReport;
}

export type { Conflict, Person, TimelineEvent };
