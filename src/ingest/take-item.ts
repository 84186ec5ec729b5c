// One new feed item to its outcome: skipped when too old, without a usable link, or already in the pack (by URL key);
// else its page is fetched and read; a page about something else than the story is recorded as off-topic (unless
// the feed takes every item); else it is written to the pack. A transient failure (5xx, timeout, network) is retried
// on later polls with backoff, at most MAX_TRIES times in all, then recorded as given up with the last reason. The
// caller owns the item (poll-feeds.ts: its feed_items row was inserted or claimed first), so no other poll takes it.
import type { Feed, FeedItemRecord } from '../store/feeds.ts';
import { backoffMs } from './backoff.ts';
import type { FeedItem } from './feed-items.ts';
import type { AddedArticle, PollDeps } from './poll-feeds.ts';
import { publishedDay } from './published-day.ts';
import { readPage } from './read-page.ts';
import { packUrlKeys, urlKey } from './url-key.ts';
import { pageToDraft } from './page-to-draft.ts';
import { storyTopic } from './story-topic.ts';

export interface TakenItem {
  readonly record: FeedItemRecord;
  readonly added?: Omit<AddedArticle, 'feedUrl'>;
}

/** Tries of an item that keeps failing transiently (5, 10, 20, 40 minutes apart), then it is given up. */
export const MAX_TRIES = 5;

export interface ItemSource {
  readonly feed: Feed;
  /** The feed's URL after redirects, which relative item links resolve against. */
  readonly url: string;
  /** Tries so far (0 for a new item). */
  readonly attempts: number;
}

const skip = (record: FeedItemRecord): TakenItem => ({ record });

export async function takeItem(itemId: string, item: FeedItem, from: ItemSource, deps: PollDeps): Promise<TakenItem> {
  const feedUrl = from.url;
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
  deps.logger?.info({ feed: feedUrl, url: link }, 'reading a feed item');
  const page = await readPage(link, {
    limits: deps.limits,
    fallbackDay: feedDay ?? today,
    fallbackNote: feedDay
      ? `the page states no publication date; ${feedDay} is the feed item's date`
      : `neither the page nor the feed states a publication date; ${today} is the day it was fetched`,
    signal: deps.signal,
    ...(deps.extractBudget ? { budget: deps.extractBudget } : {}),
  });
  if (!page.ok && page.transient) {
    const tries = from.attempts + 1;
    return tries < MAX_TRIES
      ? skip({
          itemId,
          outcome: 'refused',
          reason: 'retrying',
          retryAt: new Date(now.getTime() + backoffMs(tries)).toISOString(),
          detail: `${link}: ${page.message} (try ${tries} of ${MAX_TRIES})`,
        })
      : skip({
          itemId,
          outcome: 'refused',
          reason: 'gave-up',
          detail: `${link}: ${page.message} (after ${tries} tries)`,
        });
  }
  if (!page.ok) {
    const reason = page.refusal === 'crashed' ? { reason: 'crashed' as const } : {};
    return skip({ itemId, outcome: 'refused', ...reason, detail: `${link}: ${page.message}` });
  }
  if (!from.feed.allItems) {
    const topic = storyTopic(deps.pack.current());
    if (!topic.isAbout(`${page.article.headline ?? ''}\n${page.article.body}`)) {
      return skip({
        itemId,
        outcome: 'refused',
        reason: 'off-topic',
        detail: `${link}: names no one, no place and no term the story holds (${page.article.headline ?? 'no headline'})`,
      });
    }
  }
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
