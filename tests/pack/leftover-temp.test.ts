// A writer killed between its temp write and the link (issue 19, fault 4) leaves a temp file behind: it must not block
// the next add, and it is removed when a store opens and before the next write. A live writer's temp file stays.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { deadPid, draft, open } from './store-fixture.ts';

describe('temp files left by a killed writer', () => {
  it('do not block the next add, which removes them', () => {
    const dir = copyOfBundledPack();
    const articles = path.join(dir, 'articles');
    const store = open(dir);
    // The old fixed name that blocked every later add (EEXIST), and a unique one of a writer that is gone.
    writeFileSync(path.join(articles, '005.md.tmp'), '---\nid: "005"\n');
    writeFileSync(path.join(articles, `005.md.${deadPid()}-0f8e2c1a-4b7d-4e1a-9c3b-2d5f6a7b8c9d.tmp`), 'half');
    const added = store.addArticle(draft(1));
    expect(added).toMatchObject({ ok: true, meta: { id: '005' } });
    expect(readdirSync(articles).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('are removed when a store opens; a running writer’s temp file is left alone', () => {
    const dir = copyOfBundledPack();
    const stale = path.join(dir, `reviewed.yaml.${deadPid()}.tmp`);
    const live = path.join(dir, `reviewed.yaml.${process.pid}-1b2c3d4e-5f60-4718-9a0b-c1d2e3f40516.tmp`);
    writeFileSync(stale, 'decisions: [');
    writeFileSync(live, 'decisions: []');
    open(dir);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
