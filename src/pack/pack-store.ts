// The pack store: the one reader and writer of a pack directory. `summit add` (file and URL), feed items,
// `summit review` and the running bot's watcher all go through it, so ids, duplicates, atomic writes and the re-check
// after a write are done one way (nothing else writes under a pack directory; tests/pack/only-pack-writes.test.ts).
//
//   openPackStore(dir, options)   loads the pack once: { ok: true, store } or { ok: false, problems }
//   store.current()               the last pack that loaded cleanly (what the bot serves)
//   store.problems()              problems of the last load; empty when it loaded
//   store.refresh()               reloads when a file under the pack changed since the last load, else does nothing
//   store.addArticle(draft)       picks the id, refuses a duplicate (URL key, body key), writes NNN.md, re-checks
//   store.saveReview(decisions)   merges editor decisions into reviewed.yaml, re-checks, puts the file back if broken
//   store.onChange(listener)      called once with each new pack, whoever changed the files (this process or another)
//   watchPackStore(store, ...)    (watch-pack.ts) the running bot's file watcher: refresh() once edits settle
//
// Every write holds the pack's write lock (write-lock.ts) from its check to its re-check, across processes. A write
// re-checks the pack by loading it, and that load is what the store serves next: each change is loaded once (the
// watcher's refresh after the store's own write finds the files as loaded). Temp files left by a killed writer
// are removed when the store opens and before each write.
import path from 'node:path';
import { ARTICLES_DIR, loadPack, type LoadResult } from '../core/load-pack.ts';
import { formatProblem, type PackProblem } from '../core/pack-problem.ts';
import type { ReviewDecision } from '../core/extract/review-file.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { Logger } from '../log.ts';
import { addArticleTo, type AddArticleResult } from './add-article.ts';
import type { ArticleDraft } from './article-draft.ts';
import { packFingerprint } from './pack-fingerprint.ts';
import { saveReviewTo, type SaveReviewResult } from './save-review.ts';
import { removeStaleTemps } from './write-pack-file.ts';
import { withWriteLock, type Locked } from './write-lock.ts';

export interface PackStore {
  readonly dir: string;
  current(): StoryPack;
  problems(): readonly PackProblem[];
  refresh(): LoadResult | undefined;
  addArticle(draft: ArticleDraft): AddArticleResult;
  saveReview(decisions: readonly ReviewDecision[]): SaveReviewResult;
  /** Returns the function that removes the listener. */
  onChange(listener: (pack: StoryPack) => void): () => void;
}

export interface PackStoreOptions {
  /** Builds a new pack's indexes before it serves, so no command pays for them (and Slack's 3 s window holds). */
  readonly prepare?: (pack: StoryPack) => void;
  /** Every load of a changed pack, good or refused (metrics). */
  readonly onLoad?: (result: LoadResult) => void;
  readonly logger?: Logger;
  /** How long a write waits for another writer's lock before it is refused (default 10 s: a big pack loads in ~3). */
  readonly lockWaitMs?: number;
}

/** What the writers (add-article.ts, save-review.ts) need of the store. */
export interface PackAccess {
  readonly dir: string;
  /** Runs a write holding the pack's write lock; { ok: false } when another writer held it past the wait. */
  locked<T>(write: () => T): Locked<T>;
  /** Before a write: leftover temp files removed, the pack as on disk now (reloaded only when it changed). */
  forWrite(): LoadResult;
  /** After a write: the pack loaded again; served from now on when it loads, else the caller undoes its write. */
  recheck(): LoadResult;
}

export type OpenResult = { ok: true; store: PackStore } | { ok: false; problems: PackProblem[] };

export function openPackStore(dir: string, options: PackStoreOptions = {}): OpenResult {
  const folders = [dir, path.join(dir, ARTICLES_DIR)];
  removeStaleTemps(folders);
  let fingerprint = packFingerprint(dir);
  const first = loadPack(dir);
  if (!first.ok) return { ok: false, problems: first.problems };
  options.prepare?.(first.pack);
  let pack = first.pack;
  let problems: readonly PackProblem[] = [];
  const listeners = new Set<(pack: StoryPack) => void>();

  const adopt = (seen: string, result: LoadResult): void => {
    fingerprint = seen;
    if (result.ok) {
      options.prepare?.(result.pack);
      pack = result.pack;
      problems = [];
      options.logger?.info({ dir, articles: pack.articles.length }, 'story pack reloaded');
    } else {
      problems = result.problems;
      options.logger?.error(
        { dir, problems: result.problems.map(formatProblem) },
        'story pack edit refused; still serving the last good pack',
      );
    }
    options.onLoad?.(result);
    if (!result.ok) return;
    for (const listener of listeners) {
      try {
        listener(result.pack);
      } catch (error) {
        options.logger?.error({ err: error }, 'a story pack listener failed');
      }
    }
  };

  const refresh = (): LoadResult | undefined => {
    const seen = packFingerprint(dir);
    if (seen === fingerprint) return undefined;
    const result = loadPack(dir);
    adopt(seen, result);
    return result;
  };

  const access: PackAccess = {
    dir,
    locked: (write) => withWriteLock(dir, options.lockWaitMs ?? 10_000, write),
    forWrite: () => {
      removeStaleTemps(folders);
      refresh();
      return problems.length > 0 ? { ok: false, problems: [...problems] } : { ok: true, pack };
    },
    recheck: () => {
      const seen = packFingerprint(dir);
      const result = loadPack(dir);
      if (result.ok) adopt(seen, result);
      return result;
    },
  };

  return {
    ok: true,
    store: {
      dir,
      current: () => pack,
      problems: () => problems,
      refresh,
      addArticle: (draft) => addArticleTo(access, draft),
      saveReview: (decisions) => saveReviewTo(access, decisions),
      onChange: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}

/** The pack's problems as the lines every command prints under its own first line. */
export function problemLines(problems: readonly PackProblem[]): string {
  return problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
}
