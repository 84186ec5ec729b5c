// A feed's body to its items, whatever the format: RSS 2.0 (and 0.9x, RDF) items and Atom entries and JSON Feed items
// become { guid, link, title, date }. feedsmith parses (forgiving of real-world feeds, typed, no network of its own);
// its output is checked with zod here, once. Broken XML or an unknown format is one clear failure.
import { parseFeed } from 'feedsmith';
import { z } from 'zod';

export interface FeedItem {
  readonly guid?: string;
  readonly link?: string;
  readonly title?: string;
  /** As the feed states it: the published date, else the updated one (for the age limit only). */
  readonly date?: string;
}

export type ParsedFeed = { ok: true; title?: string; items: FeedItem[] } | { ok: false; message: string };

const text = z.string().trim().min(1).optional().catch(undefined);
const valued = z
  .union([z.string(), z.object({ value: z.string().optional() })])
  .transform((v) => (typeof v === 'string' ? v : v.value))
  .pipe(text);
const dcDates = z
  .object({ dates: z.array(z.string()).optional(), date: z.string().optional() })
  .optional()
  .catch(undefined);

const rssItem = z.object({
  guid: valued.optional().catch(undefined),
  link: text,
  title: text,
  pubDate: text,
  dc: dcDates,
});
const atomLink = z.object({ href: z.string(), rel: z.string().optional() });
const atomEntry = z.object({
  id: text,
  links: z.array(atomLink).optional().catch(undefined),
  title: valued.optional().catch(undefined),
  published: text,
  updated: text,
});
const jsonItem = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
  url: text,
  external_url: text,
  title: text,
  date_published: text,
  date_modified: text,
});
const list = <T extends z.ZodType>(schema: T) =>
  z
    .array(z.unknown())
    .optional()
    .catch(undefined)
    .transform((items) =>
      (items ?? []).flatMap((i) => {
        const p = schema.safeParse(i);
        return p.success ? [p.data as z.infer<T>] : [];
      }),
    );

export function parseFeedItems(body: string): ParsedFeed {
  let parsed;
  try {
    const trimmed = body.trimStart();
    parsed = parseFeed(trimmed.startsWith('{') ? (JSON.parse(trimmed) as unknown) : trimmed);
  } catch (error) {
    const name = (error as Error).name;
    const why = name === 'MalformedError' || name === 'SyntaxError' ? 'is malformed' : 'is not RSS, Atom or JSON Feed';
    return { ok: false, message: `the feed ${why}` };
  }
  const feed = parsed.feed as Record<string, unknown>;
  const title = valued.safeParse(feed.title).data;
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return {
        ok: true,
        title,
        items: list(rssItem)
          .parse(feed.items)
          .map((i) => ({
            guid: i.guid,
            link: i.link,
            title: i.title,
            date: i.pubDate ?? i.dc?.dates?.[0] ?? i.dc?.date,
          })),
      };
    case 'atom':
      return {
        ok: true,
        title,
        items: list(atomEntry)
          .parse(feed.entries)
          .map((e) => ({
            guid: e.id,
            // Atom: a link without rel is "alternate", the entry's page — https://www.rfc-editor.org/rfc/rfc4287#section-4.2.7.2
            link: (e.links ?? []).find((l) => (l.rel ?? 'alternate') === 'alternate')?.href,
            title: e.title,
            date: e.published ?? e.updated,
          })),
      };
    case 'json':
      return {
        ok: true,
        title,
        items: list(jsonItem)
          .parse(feed.items)
          .map((i) => ({
            guid: i.id,
            link: i.url ?? i.external_url,
            title: i.title,
            date: i.date_published ?? i.date_modified,
          })),
      };
  }
}
