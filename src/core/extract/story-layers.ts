// What the loader asks of extraction: the reviewed fact sheet plus the articles in, the one story out (reviewed ∪
// extracted, every extracted quote verified, the editor's review decisions applied) and what was skipped and why.
import { normalizeQuoteText } from '../normalize-text.ts';
import type { FactSheet } from '../pack-schema.ts';
import type { SkippedItem } from './annotated-article.ts';
import { combineLayers } from './combine-layers.ts';
import { extractStory } from './extract-story.ts';
import { ExtractionCache } from './extraction-cache.ts';
import { applyDecisions, REVIEWED_FILE, type ReviewDecision } from './review-file.ts';
import { keepVerified } from './verify-extracted.ts';

export interface LayerArticle {
  readonly id: string;
  readonly published: string;
  readonly publishedEstimated?: boolean;
  readonly language?: string;
  readonly body: string;
  readonly sentences: readonly string[];
}

export interface ExtractionReport {
  /** What extraction did not read, or dropped, and why (shown by `summit check`). */
  readonly skipped: readonly SkippedItem[];
  /** Ids of facts still marked extracted, for `summit review`. */
  readonly unreviewed: readonly string[];
}

/** One cache per process: a reload re-reads only the articles whose content changed. */
const sharedCache = new ExtractionCache();

export function storyLayers(
  reviewed: FactSheet,
  articles: readonly LayerArticle[],
  decisions: readonly ReviewDecision[],
  cache: ExtractionCache = sharedCache,
): { facts: FactSheet; report: ExtractionReport } {
  const story = extractStory(articles, cache);
  const skipped = [...story.skipped];
  const bodies = new Map(articles.map((a) => [a.id, normalizeQuoteText(a.body)]));
  const verified = keepVerified(story.facts, bodies, skipped);
  const { facts, unmatched } = applyDecisions(combineLayers(reviewed, verified), decisions);
  for (const d of unmatched) {
    skipped.push({
      article: REVIEWED_FILE,
      what: `decision "${d.action} ${d.id}"`,
      reason: 'no extracted fact has this id any more',
    });
  }
  const unreviewed = [...facts.people, ...facts.timeline, ...facts.conflicts]
    .filter((f) => f.provenance === 'extracted' || hasExtractedPart(f))
    .map((f) => f.id);
  return { facts, report: { skipped, unreviewed } };
}

function hasExtractedPart(fact: object): boolean {
  const parts = 'roles' in fact ? fact.roles : 'sources' in fact ? fact.sources : [];
  return Array.isArray(parts) && parts.some((p: { provenance?: string }) => p.provenance === 'extracted');
}
