// Only regular files are read from a pack: a named pipe, a folder or a symlink to a pipe under articles/ is refused by
// name without being opened (opening a pipe blocks until something writes to it, and the bot with it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/core/load-pack.ts';
import { formatProblem } from '../../src/core/pack-problem.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';

const problemsOf = (dir: string) => {
  const result = loadPack(dir);
  return result.ok ? [] : result.problems.map(formatProblem);
};

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

describe('the pack loader reads only regular files', () => {
  it('refuses a named pipe, a folder and a symlink to a pipe at once, without blocking', () => {
    const dir = copyOfBundledPack();
    mkfifo(path.join(dir, 'articles/095.md'));
    mkdirSync(path.join(dir, 'articles/096.md'));
    symlinkSync(path.join(dir, 'articles/095.md'), path.join(dir, 'articles/097.md'));
    const started = performance.now();
    expect(problemsOf(dir)).toEqual([
      'articles/095.md: is not a regular file (a named pipe)',
      'articles/096.md: is not a regular file (a folder)',
      'articles/097.md: is not a regular file (a named pipe)',
    ]);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('refuses a facts.yaml that is a named pipe', () => {
    const dir = copyOfBundledPack();
    const facts = path.join(dir, 'facts.yaml');
    rmSync(facts);
    mkfifo(facts);
    expect(problemsOf(dir)).toEqual(['facts.yaml: is not a regular file (a named pipe)']);
  });
});
