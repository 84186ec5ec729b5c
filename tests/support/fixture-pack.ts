// Small story packs in temp folders, built from the bundled one and then edited, for loader and CLI tests.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { BUNDLED_STORY_DIR } from '../../src/config.ts';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the bundled pack in a fresh temp folder (removed after the test). */
export function copyOfBundledPack(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-pack-'));
  made.push(dir);
  cpSync(BUNDLED_STORY_DIR, dir, { recursive: true });
  return dir;
}

export function emptyFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-empty-'));
  made.push(dir);
  return dir;
}

export function editFile(dir: string, file: string, edit: (text: string) => string): void {
  const full = path.join(dir, file);
  writeFileSync(full, edit(readFileSync(full, 'utf8')));
}
