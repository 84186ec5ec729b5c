// Holds the pack that is serving and reloads it when files under the pack folder change. A broken edit keeps the
// last good pack serving and reports every problem; the next good edit is picked up without a restart.
import { watch, type FSWatcher } from 'node:fs';
import { loadPack, type LoadResult } from '../core/load-pack.ts';
import { formatProblem, type PackProblem } from '../core/pack-problem.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { Logger } from '../log.ts';

export interface PackHolder {
  /** The last pack that loaded cleanly. */
  current(): StoryPack;
  /** Problems of the last reload attempt; empty when it succeeded. */
  problems(): readonly PackProblem[];
  /** Reload now (also what the watcher calls). */
  reload(): LoadResult;
  close(): void;
}

export interface PackHolderOptions {
  readonly logger: Logger;
  /** Quiet period after the last change before reloading: editors write files in several steps. */
  readonly debounceMs?: number;
  readonly onReload?: (result: LoadResult) => void;
  /** Builds a new pack's indexes before it serves, so no command pays for them (and the 3 s window holds). */
  readonly prepare?: (pack: StoryPack) => void;
}

export function createPackHolder(dir: string, initial: StoryPack, options: PackHolderOptions): PackHolder {
  let pack = initial;
  let problems: readonly PackProblem[] = [];
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;

  const reload = (): LoadResult => {
    const result = loadPack(dir);
    if (result.ok) {
      options.prepare?.(result.pack);
      pack = result.pack;
      problems = [];
      options.logger.info({ dir, articles: pack.articles.length }, 'story pack reloaded');
    } else {
      problems = result.problems;
      options.logger.error(
        { dir, problems: result.problems.map(formatProblem) },
        'story pack edit refused; still serving the last good pack',
      );
    }
    options.onReload?.(result);
    return result;
  };

  try {
    watcher = watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, options.debounceMs ?? 250);
    });
    watcher.on('error', (error) => options.logger.warn({ err: error }, 'story pack watcher stopped'));
  } catch (error) {
    options.logger.warn({ err: error, dir }, 'cannot watch the story pack; edits need a restart');
  }

  return {
    current: () => pack,
    problems: () => problems,
    reload,
    close: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
