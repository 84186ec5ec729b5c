// Writers that take the pack's write lock take turns (write-lock.test.ts). One that does not — a file copied in by
// hand, an older summit — may take the article id this store picked between its check and its write: nothing is
// overwritten, and this article goes under the next id.
import * as fs from 'node:fs';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadPack } from '../../src/core/load-pack.ts';
import { articleFileText, checkDraft } from '../../src/pack/article-draft.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { draft, open } from './store-fixture.ts';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, linkSync: vi.fn(real.linkSync) };
});

describe('a writer on the same pack that takes no lock (a hand copy, an older summit)', () => {
  it('taking the id this store picked, mid-write: nothing is replaced, the article goes under the next id', async () => {
    const storyDir = copyOfBundledPack();
    const articles = path.join(storyDir, 'articles');
    const before = readdirSync(articles).length;
    const mine = open(storyDir);
    const theirs = checkDraft(draft(2), '005');
    if (!theirs.ok) throw new Error('draft 2 should check');
    const { linkSync: realLink } = await vi.importActual<typeof import('node:fs')>('node:fs');
    let copied = false;
    vi.mocked(fs.linkSync).mockImplementation((from, to) => {
      if (!copied && String(to).endsWith('.md')) {
        copied = true; // the other file lands first, under the same name
        writeFileSync(to, articleFileText(theirs.meta, draft(2).body));
      }
      realLink(from, to);
    });
    const added = mine.addArticle(draft(1));
    expect(copied).toBe(true);
    expect(added).toMatchObject({ ok: true, meta: { id: '006' } });
    if (!added.ok) return;
    expect(readFileSync(path.join(articles, '005.md'), 'utf8')).toContain('Desk Wire 2');
    expect(readFileSync(added.file, 'utf8')).toContain('Desk Wire 1');
    expect(mine.current().articleById.has('005')).toBe(true);
    expect(readdirSync(articles).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(articles)).toHaveLength(before + 2);
    expect(loadPack(storyDir).ok).toBe(true);
  });
});
