// The running bot's file watcher: edits under the pack folder (an editor's, a cron `summit poll`, another replica's
// `summit add`) make the store refresh once they settle; the store loads only what changed and tells its listeners.
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../log.ts';
import type { PackStore } from './pack-store.ts';

export interface PackWatcher {
  close(): void;
}

export function watchPackStore(
  store: Pick<PackStore, 'dir' | 'refresh'>,
  options: { readonly logger: Logger; readonly debounceMs?: number },
): PackWatcher {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const refresh = (): void => {
    try {
      store.refresh();
    } catch (error) {
      options.logger.error({ err: error }, 'story pack reload failed; still serving the last good pack');
    }
  };
  try {
    watcher = watch(store.dir, { recursive: true }, () => {
      clearTimeout(timer);
      // Editors write files in several steps: reload after a quiet period, not on each step.
      timer = setTimeout(refresh, options.debounceMs ?? 250);
    });
    watcher.on('error', (error) => options.logger.warn({ err: error }, 'story pack watcher stopped'));
  } catch (error) {
    options.logger.warn({ err: error, dir: store.dir }, 'cannot watch the story pack; edits need a restart');
  }
  return {
    close: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
