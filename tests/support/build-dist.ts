// vitest globalSetup: builds dist/ once, before any test file, when a source changed since the last build. The process
// tests start `summit` and the bot through bin/summit.js, which runs dist/ only while it is newer than every source
// (bin/load-entry.js) and otherwise registers tsx in each child: about 0.65 s more per process (and per extraction
// worker), for some 70 processes a run. After `npm ci` (prepare built dist/) this finds the build fresh and does nothing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './run-cli.ts';

const DIST = path.join(REPO_ROOT, 'dist');

export default async function buildDistIfStale(): Promise<void> {
  const entry = pathToFileURL(path.join(REPO_ROOT, 'bin/load-entry.js')).href;
  const { isBuildFresh } = (await import(entry)) as { isBuildFresh(): boolean };
  if (isBuildFresh()) return;
  const startedAt = new Date();
  // Built aside (on the same disk, where git and the linters do not look) and swapped in whole, unlike `npm run build`,
  // which deletes dist/ first: a `summit` that another run started from dist/ keeps finding the files it imports late
  // (the bot's SDKs, the extraction worker).
  const cache = path.join(REPO_ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(path.join(cache, 'summit-dist-'));
  const old = `${out}-old`;
  try {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const config = path.join(REPO_ROOT, 'tsconfig.build.json');
    // Emit only (~4 s instead of ~14 s): the type check is `npm run typecheck`'s, and tsx runs sources unchecked too.
    const args = [tsc, '-p', config, '--noCheck', '--outDir', out];
    const built = spawnSync(process.execPath, args, { stdio: 'inherit' });
    // A failed build changes nothing: the children run the sources through tsx, as they would without this setup.
    if (built.status !== 0) return;
    // Stamped with the time the build started, so a source saved while it ran leaves it stale (tsx), never wrong.
    const stamp = path.join(out, '.built');
    writeFileSync(stamp, startedAt.toISOString());
    utimesSync(stamp, startedAt, startedAt);
    swapIn(out, old);
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

/** Replaces dist/ with `out`; if another run swapped its own build in meanwhile, that one stays (it is as fresh). */
function swapIn(out: string, old: string): void {
  try {
    renameSync(DIST, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    renameSync(out, DIST);
  } catch (error) {
    console.warn(`dist/ not replaced (${(error as Error).message}); the children may run the sources through tsx`);
  }
}
