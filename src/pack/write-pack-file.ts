// The one way a file under a pack directory is written. The whole content goes to a temporary file of its own name
// beside the target (writer's pid + a random id, so a writer killed mid-write never blocks the next one), which then
// takes the final name in one step: link() for a new file — it fails instead of overwriting when another writer took
// the name first — and rename() to replace one. A reader (the loader, the watcher) never sees half a file.
import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TEMP_SUFFIX = '.tmp';
/** `<name>.<pid>-<uuid>.tmp` as written here; older writers used `<name>.tmp` and `<name>.<pid>.tmp`. */
const TEMP_PID = /\.(\d+)(?:-[0-9a-f-]+)?\.tmp$/;

function tempFor(file: string): string {
  return `${file}.${process.pid}-${randomUUID()}${TEMP_SUFFIX}`;
}

/** Writes a new file; 'taken' when a file of that name exists (another writer's), which is left as it is. */
export function createPackFile(file: string, content: string): 'created' | 'taken' {
  if (existsSync(file)) return 'taken';
  const temp = tempFor(file);
  writeFileSync(temp, content, { flag: 'wx' });
  try {
    linkSync(temp, file);
    return 'created';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'taken';
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Writes a file whole, replacing the one there (readers see the old or the new content, never a mix). */
export function replacePackFile(file: string, content: string): void {
  const temp = tempFor(file);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

export function removePackFile(file: string): void {
  rmSync(file, { force: true });
}

/**
 * Removes temp files left by writers that no longer run (killed between the temp write and the link or rename), in
 * the given folders. A temp file of a live process on this machine is its write in progress and is left alone.
 */
export function removeStaleTemps(folders: readonly string[]): string[] {
  const removed: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      if (!name.endsWith(TEMP_SUFFIX)) continue;
      const pid = TEMP_PID.exec(name)?.[1];
      if (pid !== undefined && isRunning(Number(pid))) continue;
      rmSync(path.join(folder, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
