// Builds citations and the labels every front end shows for a source.
import type { DraftCitation } from './answer-draft.ts';
import { formatDate } from './dates.ts';
import type { SourceKind } from './pack-schema.ts';
import type { Article, StoryPack } from './story-pack.ts';

/** A citation of `quote` in `article`. Quotes in the fact sheet were verified at load. */
export function cite(article: Article, quote: string): DraftCitation {
  return { article, quote };
}

/** Citation from a fact-sheet reference; the loader guarantees the article exists. */
export function citeRef(pack: StoryPack, ref: { article: string; quote: string }): DraftCitation {
  const article = pack.articleById.get(ref.article);
  if (!article) throw new Error(`fact sheet cites unknown article ${ref.article}`);
  return cite(article, ref.quote);
}

export const KIND_LABELS: Record<SourceKind, string> = {
  'original-reporting': 'original reporting',
  'aggregator-rewrite': 'aggregator rewrite, not original reporting',
  'ai-summary': 'AI-generated summary, not original reporting',
  'auto-blog-rewrite': 'auto-blog rewrite, not original reporting',
};

export function publishedLabel(source: { published: string; publishedEstimated: boolean }): string {
  return `${formatDate(source.published)}${source.publishedEstimated ? ' (estimated)' : ''}`;
}
