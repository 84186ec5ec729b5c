// What the files of a pack look like on disk (name, inode, size, modification time), so the store reloads only when
// something changed: the watcher fires for the store's own writes too, and those are already loaded.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES_DIR } from '../core/load-pack.ts';
import { LOCK_FILE } from './write-lock.ts';

export function packFingerprint(dir: string): string {
  const parts: string[] = [];
  for (const folder of [dir, path.join(dir, ARTICLES_DIR)]) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      // A write in progress (its final name shows up when it lands), or the write lock: neither is the pack.
      if (name.endsWith('.tmp') || name === LOCK_FILE) continue;
      try {
        const stat = lstatSync(path.join(folder, name));
        parts.push(`${folder === dir ? '' : `${ARTICLES_DIR}/`}${name}:${stat.ino}:${stat.size}:${stat.mtimeMs}`);
      } catch {
        parts.push(`${name}:gone`); // removed between the listing and the stat: the next look differs anyway
      }
    }
  }
  return parts.join('\n');
}
