// Loads an entry module: the compiled one in dist/ when it is newer than every source file, else the TypeScript
// source through tsx. A stale build (sources edited since `npm run build`) can therefore never run. The tests' global
// setup (tests/support/build-dist.ts) asks isBuildFresh too, to build once instead of paying tsx in every child.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `entry` is relative to the repository, without extension: e.g. 'src/adapters/terminal/main'. */
export async function loadEntry(entry) {
  if (isBuildFresh()) return import(pathToFileURL(path.join(root, 'dist', `${entry}.js`)).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(path.join(root, `${entry}.ts`)).href);
}

export function isBuildFresh() {
  const stamp = path.join(root, 'dist/.built');
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return ['src', 'commands'].every((dir) => newestIn(path.join(root, dir)) <= built);
}

function newestIn(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}
