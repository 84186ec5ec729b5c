// The running bot's pack: the pack store, kept current by its file watcher (an edit by hand, `summit add` or a cron
// `summit poll` in another process). A broken edit keeps the last good pack serving; the store logs every problem.
import { watchPackStore } from '../pack/watch-pack.ts';
import type { PackStore } from '../pack/pack-store.ts';
import type { Logger } from '../log.ts';

export interface PackHolder extends PackStore {
  close(): void;
}

export function createPackHolder(
  store: PackStore,
  options: { readonly logger: Logger; readonly debounceMs?: number },
): PackHolder {
  const watcher = watchPackStore(store, options);
  return { ...store, close: () => watcher.close() };
}
