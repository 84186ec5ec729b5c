// One comparison key per article URL, so the same page reached by another link is recognised: scheme and host
// lower-cased, default port, fragment and tracking parameters (utm_*, fbclid, gclid, ...) dropped, "www." and a
// trailing slash ignored. Keys are compared, never stored or shown.
import type { StoryPack } from '../core/story-pack.ts';

const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|cmpid|ocid)$/i;

export function urlKey(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const params = [...url.searchParams]
    .filter(([name]) => !TRACKING_PARAMS.test(name))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(params).toString();
  const host = url.host.toLowerCase().replace(/^www\./, '');
  const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${host}${pathname}${query ? `?${query}` : ''}`;
}

/** Keys of every URL the pack's articles record (canonical and fetched), mapped to the article id. */
export function packUrlKeys(pack: StoryPack): Map<string, string> {
  const keys = new Map<string, string>();
  for (const article of pack.articles) {
    for (const raw of [article.url, article.fetchedUrl]) {
      const key = raw ? urlKey(raw) : undefined;
      if (key) keys.set(key, article.id);
    }
  }
  return keys;
}
