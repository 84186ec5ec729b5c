// Feeds as publishers write them (RSS 2.0, Atom, JSON Feed), generated from a list of items so a test can make a feed
// gain an item; served by a loopback route that honours If-None-Match / If-Modified-Since and records what it got.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface FixtureItem {
  guid?: string;
  link?: string;
  title?: string;
  /** ISO time; written in the format's own way (RFC 822 in RSS). */
  date?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function rss(items: readonly FixtureItem[]): string {
  const entries = items.map(
    (i) =>
      `<item>${i.title ? `<title>${esc(i.title)}</title>` : ''}${i.link ? `<link>${esc(i.link)}</link>` : ''}${
        i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''
      }${i.date ? `<pubDate>${new Date(i.date).toUTCString()}</pubDate>` : ''}<description>Summary.</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Desk wire</title><link>http://example.invalid/</link><description>Wire</description>${entries.join('')}</channel></rss>`;
}

export function atom(items: readonly FixtureItem[]): string {
  const entries = items.map(
    (i) =>
      `<entry><id>${esc(i.guid ?? '')}</id><title>${esc(i.title ?? '')}</title>${i.link ? `<link rel="alternate" type="text/html" href="${esc(i.link)}"/><link rel="enclosure" href="${esc(i.link)}.mp3"/>` : ''}${
        i.date ? `<published>${i.date}</published><updated>${i.date}</updated>` : ''
      }</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk atom</title><id>urn:desk</id><updated>2026-03-20T00:00:00Z</updated>${entries.join('')}</feed>`;
}

export function jsonFeed(items: readonly FixtureItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Desk JSON',
    items: items.map((i) => ({ id: i.guid, url: i.link, title: i.title, date_published: i.date, content_text: 'x' })),
  });
}

export interface FeedRoute {
  /** The body served now; change it to make the feed gain items. */
  body: string;
  contentType: string;
  /** Send validators (ETag + Last-Modified) and honour conditional requests. */
  validators: boolean;
  status?: number;
  readonly requests: { ifNoneMatch?: string; ifModifiedSince?: string; status: number }[];
}

export function feedRoute(body: string, contentType = 'application/rss+xml', validators = true): FeedRoute {
  return { body, contentType, validators, requests: [] };
}

/** A deliberately awkward ETag (weak, with a comma and quotes inside) that must come back byte for byte. */
export const etagOf = (body: string) => `W/"v1, ${createHash('sha1').update(body).digest('hex').slice(0, 12)}"`;
const LAST_MODIFIED = 'Fri, 20 Mar 2026 06:00:00 GMT';

export function serveFeed(route: FeedRoute) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    const etag = etagOf(route.body);
    const status = route.status ?? (route.validators && ifNoneMatch === etag ? 304 : 200);
    route.requests.push({ ifNoneMatch, ifModifiedSince, status });
    const headers: Record<string, string> = { 'content-type': route.contentType };
    if (route.validators) Object.assign(headers, { etag, 'last-modified': LAST_MODIFIED });
    res.writeHead(status, headers);
    res.end(status === 200 ? route.body : undefined);
  };
}
