// Answers kept briefly, per pack: a busy channel asking `who putin`, or a Next click, is answered without redoing
// the work. lru-cache bounds both count and age; a reloaded pack is a new cache, so nothing stale survives a reload.
import { LRUCache } from 'lru-cache';
import type { Answer } from '../core/answer-model.ts';
import type { StoryPack } from '../core/story-pack.ts';

export interface AnswerCache {
  get(pack: StoryPack, key: string): Answer | undefined;
  set(pack: StoryPack, key: string, answer: Answer): void;
}

export function createAnswerCache(options: { max: number; ttlMs: number; now: () => number }): AnswerCache {
  let current: { pack: StoryPack; entries: LRUCache<string, Answer> } | undefined;
  const entriesFor = (pack: StoryPack) => {
    if (current?.pack !== pack) {
      // perf.now is lru-cache's own clock hook: the dispatcher's injected clock decides what "10 s old" means.
      // ttlResolution 0 asks that clock every time instead of caching its reading on a real timer.
      const perf = { now: options.now };
      const entries = new LRUCache<string, Answer>({ max: options.max, ttl: options.ttlMs, ttlResolution: 0, perf });
      current = { pack, entries };
    }
    return current.entries;
  };
  return {
    get: (pack, key) => entriesFor(pack).get(key),
    set: (pack, key, answer) => entriesFor(pack).set(key, answer),
  };
}
