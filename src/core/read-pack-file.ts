// Reads one pack file defensively: stays inside the pack, only regular files, bounded in size, strict UTF-8, YAML
// without alias bombs.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

/** An article is a few kilobytes; anything this large is a mistake (or an attack), not a story. */
export const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export function readPackText(packDir: string, file: string): ReadResult {
  const full = path.join(packDir, file);
  try {
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) {
      const target = realpathSync(full);
      const root = realpathSync(packDir);
      if (!target.startsWith(root + path.sep)) return { ok: false, message: 'is a symlink pointing outside the pack' };
    }
    // Checked before opening: opening a named pipe blocks until something writes to it, and the whole bot with it.
    const target = stat.isSymbolicLink() ? statSync(full) : stat;
    if (!target.isFile()) return { ok: false, message: `is not a regular file (${kindOf(target)})` };
    if (target.size > MAX_PACK_FILE_BYTES) {
      return { ok: false, message: `is ${formatBytes(target.size)}; the limit is ${formatBytes(MAX_PACK_FILE_BYTES)}` };
    }
    return readRegularFile(full);
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, message: 'is not valid UTF-8 text' };
    return { ok: false, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
  }
}

/**
 * Opens without blocking (O_NONBLOCK) and checks the open file again: a regular file swapped in for a pipe between
 * lstat and open is refused too, instead of freezing the reader.
 */
function readRegularFile(full: string): ReadResult {
  const fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, message: `is not a regular file (${kindOf(opened)})` };
    if (opened.size > MAX_PACK_FILE_BYTES) {
      return { ok: false, message: `is ${formatBytes(opened.size)}; the limit is ${formatBytes(MAX_PACK_FILE_BYTES)}` };
    }
    return { ok: true, text: utf8.decode(readFileSync(fd)).replace(/^\uFEFF/, '') };
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}

export type YamlResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseYaml(text: string): YamlResult {
  // maxAliasCount stops "billion laughs" expansion; uniqueKeys catches a field written twice by hand.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) return { ok: false, message: `is not valid YAML: ${error.message.split('\n')[0]}` };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 50 }) };
  } catch (e) {
    return { ok: false, message: `is not usable YAML: ${(e as Error).message}` };
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
