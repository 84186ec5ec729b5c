// Temp databases for brief tests, closed and removed after each test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../src/store/index.ts';

const dirs: string[] = [];
const stores: Store[] = [];

export function tempDbPath(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-briefs-'));
  dirs.push(dir);
  return path.join(dir, 'summit.db');
}

export async function openTestStore(file: string = tempDbPath()): Promise<Store> {
  const opened = await openStore(file);
  if (!opened.ok) throw new Error(opened.problem);
  stores.push(opened.store);
  return opened.store;
}

export async function cleanUp(): Promise<void> {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
