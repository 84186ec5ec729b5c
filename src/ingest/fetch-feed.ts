// One conditional GET of a feed: If-None-Match with the ETag exactly as the feed sent it, If-Modified-Since with its
// Last-Modified; a header the feed never sent is not sent at all. A 304 is "nothing new" and reads no body.
// https://www.rfc-editor.org/rfc/rfc9110#section-13.1
import { decodeBody } from './decode-body.ts';
import type { FeedItem } from './feed-items.ts';
import { fetchLimited } from './fetch-limited.ts';
import type { FetchLimits } from './fetch-limits.ts';

export type FeedFetch =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; items: FeedItem[]; etag: string | null; lastModified: string | null; url: string }
  | { kind: 'failed'; message: string };

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1';

export async function fetchFeed(
  url: string,
  validators: { etag: string | null; lastModified: string | null },
  limits: FetchLimits,
): Promise<FeedFetch> {
  const fetched = await fetchLimited({
    url,
    limits,
    accept: ACCEPT,
    headers: {
      'if-none-match': validators.etag ?? undefined,
      'if-modified-since': validators.lastModified ?? undefined,
    },
  });
  if (!fetched.ok) return { kind: 'failed', message: fetched.message };
  if (fetched.status === 304) return { kind: 'not-modified' };
  // The feed parsers load on the first feed fetched: a bot with no feeds never pays for them at start-up.
  const { parseFeedItems } = await import('./feed-items.ts');
  const parsed = parseFeedItems(decodeBody(fetched.body, fetched.headers.get('content-type')));
  if (!parsed.ok) return { kind: 'failed', message: parsed.message };
  return {
    kind: 'fetched',
    items: parsed.items,
    etag: fetched.headers.get('etag'),
    lastModified: fetched.headers.get('last-modified'),
    url: fetched.url,
  };
}
