#!/usr/bin/env node
// `npm run build`, and `prepare` after every `npm install` / `npm ci`: compiles src/ and commands/ into dist/ and
// stamps it. Where TypeScript is not installed (`npm ci --omit=dev`) it skips: the bin runs the sources through tsx.
// With --lenient (prepare) a failed build leaves no dist/ and does not fail the install, for the same fallback.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.log('summit: TypeScript is not installed; skipping the build (the sources run through tsx).');
  process.exit(0);
}
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0 || !existsSync(path.join(root, 'dist/src/adapters/terminal/main.js'))) {
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  if (!process.argv.includes('--lenient')) process.exit(result.status || 1);
  console.warn('summit: the build failed; the `summit` command will run the sources through tsx instead.');
  process.exit(0);
}
writeFileSync(path.join(root, 'dist/.built'), new Date().toISOString());
