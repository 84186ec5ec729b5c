// Item identity as MonitoRSS decides it: an item's id is the first of its guid, its link, or its title + date whose
// value is unique in the feed, so a feed that repeats one guid for every item (or has none) still tells items apart.
// Ids carry their kind ("guid:", "link:", "title+date:") so a guid never collides with a link.
import type { FeedItem } from './feed-items.ts';

type Key = (item: FeedItem) => string | undefined;

const KEYS: readonly [string, Key][] = [
  ['guid', (i) => i.guid],
  ['link', (i) => i.link],
  [
    'title+date',
    (i) => (i.title !== undefined || i.date !== undefined ? `${i.title ?? ''}\u0000${i.date ?? ''}` : undefined),
  ],
];

/** One id per item, in the items' order; undefined for an item no key tells apart (it is skipped). */
export function itemIds(items: readonly FeedItem[]): (string | undefined)[] {
  const counts = KEYS.map(([, key]) => {
    const count = new Map<string, number>();
    for (const item of items) {
      const value = key(item);
      if (value !== undefined) count.set(value, (count.get(value) ?? 0) + 1);
    }
    return count;
  });
  return items.map((item) => {
    for (const [index, [name, key]] of KEYS.entries()) {
      const value = key(item);
      if (value !== undefined && counts[index]?.get(value) === 1) return `${name}:${value}`;
    }
    return undefined;
  });
}
