// Two writers on one pack (replicas adding from different feeds): when another writer takes the article id this one
// picked, between its check and its write, nothing is overwritten; this article goes under the next id.
import * as fs from 'node:fs';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadPack } from '../../src/core/load-pack.ts';
import type { PageArticle } from '../../src/ingest/page-article.ts';
import { writeToPack } from '../../src/ingest/write-to-pack.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, linkSync: vi.fn(real.linkSync) };
});

const article = (n: number): PageArticle => ({
  headline: `Harbour crane number ${n} is back in service`,
  outlet: `Desk Wire ${n}`,
  published: '2026-03-20',
  publishedEstimated: false,
  authors: [],
  url: `https://wire.example/cranes/${n}`,
  fetchedUrl: `https://wire.example/cranes/${n}`,
  body: `The crane numbered ${n} lifted its first container since the repairs on Friday, the port said.\n\nWork on the other cranes continues through the spring, according to the port's statement.`,
});

describe('writeToPack with another writer on the same pack', () => {
  it('takes the next id when the one it picked was taken mid-write, and replaces nothing', async () => {
    const storyDir = copyOfBundledPack();
    const articles = path.join(storyDir, 'articles');
    const before = readdirSync(articles).length;
    const link = vi.mocked(fs.linkSync);
    const { linkSync: realLink } = await vi.importActual<typeof import('node:fs')>('node:fs');
    let other: ReturnType<typeof writeToPack> | undefined;
    link.mockImplementationOnce((from, to) => {
      other = writeToPack(storyDir, article(2)); // the other writer lands first, under the same id
      realLink(from, to);
    });
    const mine = writeToPack(storyDir, article(1));
    expect(other).toMatchObject({ ok: true });
    expect(mine).toMatchObject({ ok: true });
    if (!mine.ok || !other?.ok) return;
    expect(Number(mine.meta.id)).toBe(Number(other.meta.id) + 1);
    expect(readFileSync(other.file, 'utf8')).toContain('Desk Wire 2');
    expect(readFileSync(mine.file, 'utf8')).toContain('Desk Wire 1');
    expect(readdirSync(articles).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(articles)).toHaveLength(before + 2);
    expect(loadPack(storyDir).ok).toBe(true);
  });
});
