// The pack's write lock: every write (an article, reviewed.yaml) is a read-check-write-recheck of the whole pack, and
// two of them at once — two editors deciding, `summit add` beside a replica's feed item — would each check a pack
// without the other's change (a decision replaced unseen). The lock is a file created only where none exists, holding
// the writer's pid; a lock whose process no longer runs (killed mid-write) is taken over. Waiting is bounded and
// synchronous, like the writes themselves; a lock still held after that is a refusal to try again, never a hang.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createPackFile, isRunning } from './write-pack-file.ts';

export const LOCK_FILE = '.summit-write.lock';
const PAUSE_MS = 25;
const pause = new Int32Array(new SharedArrayBuffer(4));

export type Locked<T> = { ok: true; value: T } | { ok: false };

export function withWriteLock<T>(dir: string, waitMs: number, write: () => T): Locked<T> {
  const lock = path.join(dir, LOCK_FILE);
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (take(lock)) {
      try {
        return { ok: true, value: write() };
      } finally {
        rmSync(lock, { force: true });
      }
    }
    if (Date.now() >= deadline) return { ok: false };
    Atomics.wait(pause, 0, 0, PAUSE_MS); // a synchronous pause: the writes around it are synchronous too
  }
}

/** Creates the lock, or removes it when its holder is gone (the next try takes it); false while another holds it. */
function take(lock: string): boolean {
  // Written whole under a name of its own, then linked: the lock never exists without its pid in it.
  if (createPackFile(lock, String(process.pid)) === 'created') return true;
  let holder: number;
  try {
    holder = Number(readFileSync(lock, 'utf8'));
  } catch {
    return false; // released between our two looks: the next try takes it
  }
  // The pid is written before the lock exists, so a lock without one was not made by this code: taken over too.
  if (!Number.isInteger(holder) || holder <= 0 || !isRunning(holder)) rmSync(lock, { force: true });
  return false;
}
