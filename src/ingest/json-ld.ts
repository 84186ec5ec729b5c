// The article a page describes in JSON-LD (schema.org NewsArticle and its kin), parsed with zod at the edge. Blocks
// may hold one node, an array, an @graph, or a WebPage whose mainEntity is the article; real sites also wrap blocks in
// CDATA or HTML comments and leave raw line breaks inside strings, which are read; broken JSON is skipped, never
// fatal — https://schema.org/NewsArticle
import { z } from 'zod';

/** Types that describe a news story; NewsArticle and its subtypes are preferred over a generic Article. */
const NEWS_TYPES = ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle'];
const ARTICLE_TYPES = [...NEWS_TYPES, 'Article', 'BlogPosting', 'Report', 'OpinionNewsArticle', 'LiveBlogPosting'];

const text = z.string().trim().min(1);
const named = z.union([text, z.object({ name: text }).transform((o) => o.name)]);
/** A publisher by name, with the address of its site when the page gives one (a claim page-outlet.ts checks). */
const publisherNode = z.union([
  text.transform((name) => ({ name, url: undefined })),
  z.object({ name: text, url: text.optional().catch(undefined) }),
]);
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
  publisher: publisherNode.optional().catch(undefined),
  inLanguage: text.optional().catch(undefined),
  url: text.optional().catch(undefined),
  isAccessibleForFree: z
    .union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])])
    .optional()
    .catch(undefined),
});

/** Types of pages that are not one article: a section front, a listing, a shop page — https://schema.org/WebPage */
const NOT_ARTICLE_TYPES = ['CollectionPage', 'ItemList', 'Product', 'SearchResultsPage', 'ProfilePage', 'Store'];
const typed = z.object({
  '@type': z.union([text, z.array(text)]).transform((t) => (Array.isArray(t) ? t : [t])),
});

export interface JsonLdArticle {
  readonly headline?: string;
  readonly datePublished?: string;
  readonly authors: readonly string[];
  readonly publisher?: string;
  /** The publisher's own site as the page states it (JSON-LD publisher.url). */
  readonly publisherUrl?: string;
  readonly inLanguage?: string;
  readonly url?: string;
  /** false when the page says its content is behind a paywall. */
  readonly accessibleForFree?: boolean;
}

const webPage = typed.extend({ datePublished: text });

/**
 * The datePublished of the page itself (schema.org WebPage: Yoast's graph on WordPress states it there and nowhere
 * else when the post has no Article node); trusted below the article's own and the meta tags (page-dates.ts).
 */
export function jsonLdPageDate(blocks: readonly string[]): string | undefined {
  for (const node of blocks.flatMap((block) => flatten(safeJson(block)))) {
    const p = webPage.safeParse(node);
    if (p.success && p.data['@type'].some((t) => t === 'WebPage' || t === 'ItemPage')) return p.data.datePublished;
  }
  return undefined;
}

/** The non-article page types the blocks state (e.g. ['CollectionPage']), for a page with no article node. */
export function jsonLdPageTypes(blocks: readonly string[]): string[] {
  return blocks
    .flatMap((block) => flatten(safeJson(block)))
    .flatMap((n) => {
      const p = typed.safeParse(n);
      return p.success ? p.data['@type'].filter((t) => NOT_ARTICLE_TYPES.includes(t)) : [];
    });
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
    publisher: best.publisher?.name,
    publisherUrl: best.publisher?.url,
    inLanguage: best.inLanguage,
    url: best.url,
    accessibleForFree: free === undefined ? undefined : free === true || String(free).toLowerCase() === 'true',
  };
}

function safeJson(block: string): unknown {
  // `/*<![CDATA[*/ ... /*]]>*/`, `//<![CDATA[`, `<!-- ... -->` around the JSON, as XHTML-era templates write it.
  const unwrapped = block
    .trim()
    .replace(/^(?:\/\*\s*)?(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)\s*(?:\*\/)?/, '')
    .replace(/(?:\/\*\s*)?(?:\/\/\s*)?(?:\]\]>|-->)\s*(?:\*\/)?$/, '')
    .trim();
  try {
    return JSON.parse(unwrapped);
  } catch {
    try {
      // Raw line breaks and tabs inside strings are invalid JSON but common; as spaces they change no meaning here.
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
      return JSON.parse(unwrapped.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value && typeof value === 'object') {
    const { '@graph': graph, mainEntity } = value as { '@graph'?: unknown; mainEntity?: unknown };
    return [value, ...flatten(graph), ...flatten(mainEntity)];
  }
  return [];
}
