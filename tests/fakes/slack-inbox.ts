// A queue the fakes push what they receive into; tests await the next item (optionally matching) instead of sleeping.
export interface Inbox<T> {
  push(item: T): void;
  next(match?: (item: T) => boolean): Promise<T>;
  readonly all: readonly T[];
}

export function createInbox<T>(): Inbox<T> {
  const all: T[] = [];
  const unread: T[] = [];
  const waiting: { match: (item: T) => boolean; resolve: (item: T) => void }[] = [];
  return {
    all,
    push(item) {
      all.push(item);
      const i = waiting.findIndex((w) => w.match(item));
      if (i >= 0) waiting.splice(i, 1)[0]!.resolve(item);
      else unread.push(item);
    },
    next(match = () => true) {
      const i = unread.findIndex(match);
      if (i >= 0) return Promise.resolve(unread.splice(i, 1)[0]!);
      return new Promise((resolve) => waiting.push({ match, resolve }));
    },
  };
}
