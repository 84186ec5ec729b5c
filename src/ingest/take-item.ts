// One new feed item to its outcome: skipped when too old, without a usable link, or already in the pack (by URL key);
// else its page is fetched, read and written to the pack. The caller owns the item (poll-feeds.ts: its feed_items
// row was inserted first), so no other poll takes it at the same time.
import type { FeedItemRecord } from '../store/feeds.ts';
import type { FeedItem } from './feed-items.ts';
import type { AddedArticle, PollDeps } from './poll-feeds.ts';
import { publishedDay } from './published-day.ts';
import { readPage } from './read-page.ts';
import { packUrlKeys, urlKey } from './url-key.ts';
import { pageToDraft } from './page-to-draft.ts';

export interface TakenItem {
  readonly record: FeedItemRecord;
  readonly added?: Omit<AddedArticle, 'feedUrl'>;
}

const skip = (record: FeedItemRecord): TakenItem => ({ record });

export async function takeItem(itemId: string, item: FeedItem, feedUrl: string, deps: PollDeps): Promise<TakenItem> {
  const now = deps.now();
  const stated = item.date ? Date.parse(item.date) : Number.NaN;
  if (!Number.isNaN(stated) && now.getTime() - stated > deps.maxAgeDays * 86_400_000) {
    return skip({ itemId, outcome: 'too-old', detail: `dated ${item.date}` });
  }
  const link = item.link ? resolveLink(item.link, feedUrl) : undefined;
  if (!link) return skip({ itemId, outcome: 'refused', detail: 'the item has no usable link' });
  const inPack = packUrlKeys(deps.pack.current()).get(urlKey(link) ?? '');
  if (inPack) return skip({ itemId, outcome: 'in-pack', articleId: inPack });
  const today = now.toISOString().slice(0, 10);
  const feedDay = item.date ? publishedDay(item.date) : undefined;
  const page = await readPage(link, {
    limits: deps.limits,
    fallbackDay: feedDay ?? today,
    fallbackNote: feedDay
      ? `the page states no publication date; ${feedDay} is the feed item's date`
      : `neither the page nor the feed states a publication date; ${today} is the day it was fetched`,
  });
  if (!page.ok) return skip({ itemId, outcome: 'refused', detail: `${link}: ${page.message}` });
  const written = deps.pack.addArticle(pageToDraft(page.article));
  if (!written.ok) {
    return written.refusal === 'duplicate'
      ? skip({ itemId, outcome: 'in-pack', articleId: written.duplicateOf })
      : skip({ itemId, outcome: 'refused', detail: `${link}: ${written.message}` });
  }
  deps.logger?.info({ feed: feedUrl, article: written.meta.id, url: link }, 'article added from feed');
  const { id, headline, outlet } = written.meta;
  return { record: { itemId, outcome: 'added', articleId: id }, added: { id, headline, outlet } };
}

function resolveLink(link: string, feedUrl: string): string | undefined {
  try {
    return new URL(link, feedUrl).href;
  } catch {
    return undefined;
  }
}
