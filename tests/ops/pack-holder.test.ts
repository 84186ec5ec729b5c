import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerText } from '../support/answer-text.ts';
import { summaryText } from '../support/answer-view.ts';
import type { LoadResult } from '../../src/core/load-pack.ts';
import { createLogger } from '../../src/log.ts';
import type { StoryPack } from '../../src/core/story-pack.ts';
import { createPackHolder, type PackHolder } from '../../src/ops/pack-holder.ts';
import { openPackStore } from '../../src/pack/pack-store.ts';
import { copyOfBundledPack, editFile } from '../support/fixture-pack.ts';
import { Writable } from 'node:stream';

function setup() {
  const dir = copyOfBundledPack();
  const lines: string[] = [];
  const logger = createLogger({
    level: 'info',
    secrets: [],
    destination: new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) }),
  });
  const reloads: ((r: LoadResult) => void)[] = [];
  /** What `prepare` saw, and which pack was serving at that moment. */
  const prepared: { pack: StoryPack; serving: StoryPack }[] = [];
  let holder: PackHolder | undefined = undefined;
  const opened = openPackStore(dir, {
    logger,
    onLoad: (r) => reloads.shift()?.(r),
    // The first load (at open) is not a reload: nothing serves yet.
    prepare: (pack) => holder && prepared.push({ pack, serving: holder.current() }),
  });
  if (!opened.ok) throw new Error('fixture should load');
  holder = createPackHolder(opened.store, { logger, debounceMs: 20 });
  const nextReload = () => new Promise<LoadResult>((resolve) => reloads.push(resolve));
  return { dir, holder, lines, nextReload, prepared, initial: opened.store.current() };
}

describe('the running bot’s pack (store and watcher)', () => {
  it('prepares a reloaded pack before it serves, so no command builds its indexes', async () => {
    const { dir, holder, nextReload, prepared, initial } = setup();
    const reloaded = nextReload();
    editFile(dir, 'facts.yaml', (text) => `${text}\n`);
    const result = await reloaded;
    expect(result.ok).toBe(true);
    expect(prepared).toHaveLength(1);
    expect(prepared[0]?.serving).toBe(initial);
    expect(prepared[0]?.pack).toBe(holder.current());
    holder.close();
  });

  it('picks up a new article without a restart', async () => {
    const { dir, holder, nextReload } = setup();
    const reloaded = nextReload();
    const article = (await import('node:fs')).readFileSync(path.join(dir, 'articles/000.md'), 'utf8');
    writeFileSync(
      path.join(dir, 'articles/007.md'),
      article
        .replace('id: "000"', 'id: "007"')
        .replace(/url: .*/, 'url: null')
        .replace('published: 2025-09-02', 'published: 2025-09-04'),
    );
    expect((await reloaded).ok).toBe(true);
    expect(holder.current().articleById.has('007')).toBe(true);
    expect(summaryText(answerText(holder.current(), 'sources'))).toMatch(/^4 articles/);
    holder.close();
  });

  it('keeps serving the last good pack when an edit breaks it, and reports every problem', async () => {
    const { dir, holder, lines, nextReload } = setup();
    const before = holder.current();
    const broken = nextReload();
    editFile(dir, 'facts.yaml', (t) => t.replace("'Russian President Vladimir Putin' }", "'President Putin' }"));
    expect((await broken).ok).toBe(false);
    expect(holder.current()).toBe(before);
    expect(holder.problems()[0]?.message).toMatch(/not found in article 000/);
    expect(lines.join('')).toMatch(/story pack edit refused; still serving the last good pack/);

    const fixed = nextReload();
    editFile(dir, 'facts.yaml', (t) => t.replace("'President Putin' }", "'Russian President Vladimir Putin' }"));
    expect((await fixed).ok).toBe(true);
    expect(holder.problems()).toEqual([]);
    expect(holder.current()).not.toBe(before);
    holder.close();
  });
});
