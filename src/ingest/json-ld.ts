// The article a page describes in JSON-LD (schema.org NewsArticle and its kin), parsed with zod at the edge. Blocks
// may hold one node, an array, or an @graph; broken JSON is skipped, never fatal — https://schema.org/NewsArticle
import { z } from 'zod';

/** Types that describe a news story; NewsArticle and its subtypes are preferred over a generic Article. */
const NEWS_TYPES = ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle'];
const ARTICLE_TYPES = [...NEWS_TYPES, 'Article', 'BlogPosting', 'Report', 'OpinionNewsArticle', 'LiveBlogPosting'];

const text = z.string().trim().min(1);
const named = z.union([text, z.object({ name: text }).transform((o) => o.name)]);
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(z.unknown())]).transform((v): z.infer<T>[] =>
    Array.isArray(v)
      ? v.flatMap((x) => {
          const p = schema.safeParse(x);
          return p.success ? [p.data] : [];
        })
      : [v as z.infer<T>],
  );

const articleNode = z.object({
  '@type': z.union([text, z.array(text)]).transform((t) => (Array.isArray(t) ? t : [t])),
  headline: text.optional().catch(undefined),
  datePublished: text.optional().catch(undefined),
  author: oneOrMany(named).optional().catch(undefined),
  publisher: named.optional().catch(undefined),
  inLanguage: text.optional().catch(undefined),
  url: text.optional().catch(undefined),
  isAccessibleForFree: z
    .union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])])
    .optional()
    .catch(undefined),
});

export interface JsonLdArticle {
  readonly headline?: string;
  readonly datePublished?: string;
  readonly authors: readonly string[];
  readonly publisher?: string;
  readonly inLanguage?: string;
  readonly url?: string;
  /** false when the page says its content is behind a paywall. */
  readonly accessibleForFree?: boolean;
}

export function jsonLdArticle(blocks: readonly string[]): JsonLdArticle | undefined {
  const nodes = blocks.flatMap((block) => flatten(safeJson(block)));
  const parsed = nodes.flatMap((n) => {
    const p = articleNode.safeParse(n);
    return p.success && p.data['@type'].some((t) => ARTICLE_TYPES.includes(t)) ? [p.data] : [];
  });
  const best = parsed.find((n) => n['@type'].some((t) => NEWS_TYPES.includes(t))) ?? parsed[0];
  if (!best) return undefined;
  const free = best.isAccessibleForFree;
  return {
    headline: best.headline,
    datePublished: best.datePublished,
    authors: best.author ?? [],
    publisher: best.publisher,
    inLanguage: best.inLanguage,
    url: best.url,
    accessibleForFree: free === undefined ? undefined : free === true || String(free).toLowerCase() === 'true',
  };
}

function safeJson(block: string): unknown {
  try {
    return JSON.parse(block);
  } catch {
    return undefined;
  }
}

function flatten(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value && typeof value === 'object') {
    const graph = (value as { '@graph'?: unknown })['@graph'];
    return graph === undefined ? [value] : [value, ...flatten(graph)];
  }
  return [];
}
