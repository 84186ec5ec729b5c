// Two writers on one pack (replicas adding from different feeds, or `summit add` beside the bot): when another writer
// takes the article id this one picked, between its check and its write, nothing is overwritten; this article goes
// under the next id.
import * as fs from 'node:fs';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadPack } from '../../src/core/load-pack.ts';
import type { AddArticleResult } from '../../src/pack/add-article.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { draft, open } from './store-fixture.ts';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, linkSync: vi.fn(real.linkSync) };
});

describe('two pack stores on the same pack', () => {
  it('takes the next id when the one it picked was taken mid-write, and replaces nothing', async () => {
    const storyDir = copyOfBundledPack();
    const articles = path.join(storyDir, 'articles');
    const before = readdirSync(articles).length;
    const mine = open(storyDir);
    const theirs = open(storyDir);
    const link = vi.mocked(fs.linkSync);
    const { linkSync: realLink } = await vi.importActual<typeof import('node:fs')>('node:fs');
    let other: AddArticleResult | undefined;
    link.mockImplementationOnce((from, to) => {
      other = theirs.addArticle(draft(2)); // the other writer lands first, under the same id
      realLink(from, to);
    });
    const added = mine.addArticle(draft(1));
    expect(other).toMatchObject({ ok: true });
    expect(added).toMatchObject({ ok: true });
    if (!added.ok || !other?.ok) return;
    expect(Number(added.meta.id)).toBe(Number(other.meta.id) + 1);
    expect(readFileSync(other.file, 'utf8')).toContain('Desk Wire 2');
    expect(readFileSync(added.file, 'utf8')).toContain('Desk Wire 1');
    expect(mine.current().articleById.has(other.meta.id)).toBe(true);
    expect(readdirSync(articles).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(articles)).toHaveLength(before + 2);
    expect(loadPack(storyDir).ok).toBe(true);
  });
});
