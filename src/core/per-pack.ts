// Derived data computed once per loaded pack and dropped with it (packs are immutable; a reload is a new pack).
import type { StoryPack } from './story-pack.ts';

export function perPack<T>(build: (pack: StoryPack) => T): (pack: StoryPack) => T {
  const cache = new WeakMap<StoryPack, T>();
  return (pack) => {
    let value = cache.get(pack);
    if (value === undefined) {
      value = build(pack);
      cache.set(pack, value);
    }
    return value;
  };
}
