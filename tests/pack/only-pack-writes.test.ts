// Only the pack store writes under a pack directory: no module outside src/pack imports a file-writing function of
// node:fs (the database engines write their own files elsewhere; the CLI writes a picture where its user says).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-cli.ts';

const SRC = path.join(REPO_ROOT, 'src');
const ALLOWED = ['pack/', 'store/'];
/** Writes of files a user names, never under the pack: `summit timeline --png FILE`. */
const EXEMPT: Readonly<Record<string, readonly string[]>> = { 'adapters/terminal/main.ts': ['writeFileSync'] };
const WRITES =
  /^(writeFile|appendFile|rename|link|symlink|rm|rmdir|unlink|mkdir|mkdtemp|copyFile|cp|truncate|createWriteStream|write|writev|chmod|chown|utimes)(Sync)?$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** What a module takes from node:fs: the names it imports, or '*' for the whole module or its promises API. */
function fsImports(source: string): string[] {
  const found: string[] = [];
  const imports = /import\s+([^;]*?)\s+from\s+['"](?:node:)?fs(\/promises)?['"]/g;
  for (const [, clause = '', promises] of source.matchAll(imports)) {
    if (clause.startsWith('type ')) continue;
    const named = /\{([^}]*)\}/.exec(clause)?.[1];
    const whole = clause
      .replace(/\{[^}]*\}/, '')
      .replace(/,/g, '')
      .trim();
    if (promises || whole !== '') found.push('*');
    for (const part of named?.split(',') ?? []) {
      const name = part.trim().split(/\s+as\s+/)[0];
      if (name && !name.startsWith('type ')) found.push(name);
    }
  }
  // A dynamic import or require, unless only a type is named (`import('node:fs').Stats`).
  const dynamic = /\bimport\(\s*['"](?:node:)?fs(?:\/promises)?['"]\s*\)(?!\.[A-Z])|\brequire\(\s*['"](?:node:)?fs/;
  if (dynamic.test(source)) found.push('*');
  return found;
}

describe('writes under a pack directory', () => {
  it('reads an import the way a module writes it (named, renamed, type-only, whole module, promises)', () => {
    expect(fsImports("import { readFileSync, writeFileSync as w, type Stats } from 'node:fs';")).toEqual([
      'readFileSync',
      'writeFileSync',
    ]);
    expect(fsImports("import fs from 'fs';\nimport { rm } from 'node:fs/promises';")).toEqual(['*', '*', 'rm']);
    expect(fsImports("import type { Stats } from 'node:fs';\nlet s: import('node:fs').Stats;")).toEqual([]);
    expect(fsImports("const fs = await import('node:fs');")).toEqual(['*']);
  });

  it('happen only in src/pack: no other module imports a file-writing function of node:fs', () => {
    const offenders = sourceFiles(SRC)
      .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
      .filter((file) => !ALLOWED.some((dir) => file.startsWith(dir)))
      .flatMap((file) =>
        fsImports(readFileSync(path.join(SRC, file), 'utf8'))
          .filter((name) => name === '*' || WRITES.test(name))
          .filter((name) => !EXEMPT[file]?.includes(name))
          .map((name) => `${file}: ${name}`),
      );
    expect(offenders).toEqual([]);
  });
});
