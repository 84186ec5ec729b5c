// An article is already in the pack when one of its URLs has the URL key of an article's URL (canonical or fetched),
// or when its body has the body key of an article's body (quotes and spacing normalised). One rule for every writer.
import { normalizeQuoteText } from '../core/normalize-text.ts';
import type { StoryPack } from '../core/story-pack.ts';
import { packUrlKeys, urlKey } from '../ingest/url-key.ts';

export function findDuplicate(
  pack: StoryPack,
  article: { readonly url: string | null; readonly fetchedUrl?: string; readonly body: string },
): string | undefined {
  const keys = packUrlKeys(pack);
  for (const raw of [article.url, article.fetchedUrl]) {
    const id = raw ? keys.get(urlKey(raw) ?? '') : undefined;
    if (id) return id;
  }
  const body = normalizeQuoteText(article.body);
  return pack.articles.find((a) => normalizeQuoteText(a.body) === body)?.id;
}
