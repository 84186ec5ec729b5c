// The pack store: one way to add an article (next id, one duplicate rule, a re-check before the file is kept), editor
// decisions saved through it, and each change loaded once and told to listeners once, whoever made it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/core/load-pack.ts';
import type { StoryPack } from '../../src/core/story-pack.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { draft, open } from './store-fixture.ts';

describe('the pack store', () => {
  it('adds an article under the next id, serves the re-checked pack and tells listeners once', () => {
    const dir = copyOfBundledPack();
    let loads = 0;
    const store = open(dir, { onLoad: () => (loads += 1) });
    const seen: StoryPack[] = [];
    store.onChange((pack) => seen.push(pack));
    const added = store.addArticle(draft(1));
    expect(added).toMatchObject({ ok: true, meta: { id: '005', outlet: 'Desk Wire 1' } });
    if (!added.ok) return;
    expect(readFileSync(added.file, 'utf8')).toMatch(/^---\nid: "005"\n[\s\S]*---\nThe crane numbered 1 lifted/);
    expect(store.current()).toBe(added.pack);
    expect(store.current().articleById.get('005')?.outlet).toBe('Desk Wire 1');
    expect(seen).toEqual([added.pack]);
    // The watcher's refresh after the store's own write: the files are as loaded, nothing is loaded again.
    expect(store.refresh()).toBeUndefined();
    expect(loads).toBe(1);
  });

  it('refuses a duplicate by URL key (another link to the same page) and by body, naming the article', () => {
    const store = open(copyOfBundledPack());
    expect(store.addArticle(draft(1))).toMatchObject({ ok: true });
    const sameLink = store.addArticle(draft(2, { url: 'https://www.wire.example/cranes/1/?utm_source=x' }));
    expect(sameLink).toEqual({
      ok: false,
      refusal: 'duplicate',
      duplicateOf: '005',
      message: 'it is already in the pack as article 005 (Desk Wire 1)',
    });
    const sameBody = store.addArticle({ ...draft(3), body: draft(1).body.replace(/ /g, '  ') });
    expect(sameBody).toMatchObject({ ok: false, refusal: 'duplicate', duplicateOf: '005' });
  });

  it('refuses metadata the pack schema refuses, field by field, and writes nothing', () => {
    const dir = copyOfBundledPack();
    const store = open(dir);
    const before = readdirSync(path.join(dir, 'articles'));
    const refused = store.addArticle(draft(1, { published: '20 March', kind: 'rumour' }));
    expect(refused).toMatchObject({ ok: false, refusal: 'invalid' });
    if (refused.ok || refused.refusal !== 'invalid') return;
    expect(refused.issues.map((i) => i.field)).toEqual(['published', 'kind']);
    expect(readdirSync(path.join(dir, 'articles'))).toEqual(before);
  });

  it('loads a hand-added file once on refresh and tells listeners; an unchanged pack is not loaded again', () => {
    const dir = copyOfBundledPack();
    const store = open(dir);
    const seen: StoryPack[] = [];
    store.onChange((pack) => seen.push(pack));
    const text = readFileSync(path.join(dir, 'articles/000.md'), 'utf8');
    writeFileSync(
      path.join(dir, 'articles/007.md'),
      text.replace('id: "000"', 'id: "007"').replace(/url: .*/, 'url: null'),
    );
    expect(store.refresh()).toMatchObject({ ok: true });
    expect(store.refresh()).toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.articleById.has('007')).toBe(true);
  });

  it('keeps serving the last good pack through a broken edit, and refuses to write on it', () => {
    const dir = copyOfBundledPack();
    const store = open(dir);
    const good = store.current();
    writeFileSync(path.join(dir, 'facts.yaml'), 'people: [');
    expect(store.refresh()).toMatchObject({ ok: false });
    expect(store.current()).toBe(good);
    expect(store.problems().length).toBeGreaterThan(0);
    expect(store.addArticle(draft(1))).toMatchObject({
      ok: false,
      refusal: 'pack',
      message: expect.stringMatching(/has problems; fix them first/),
    });
  });

  it('saves an editor decision to reviewed.yaml, serves the pack with it, and tells listeners', () => {
    const dir = copyOfBundledPack();
    const store = open(dir);
    const event = store.current().facts.timeline.find((e) => e.provenance === 'extracted');
    if (!event) throw new Error('the bundled pack has an extracted event');
    const seen: StoryPack[] = [];
    store.onChange((pack) => seen.push(pack));
    const saved = store.saveReview([{ id: event.id, action: 'hide' }]);
    expect(saved).toMatchObject({ ok: true });
    expect(store.current().eventById.has(event.id)).toBe(false);
    expect(seen).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'reviewed.yaml'), 'utf8')).toContain(`id: ${event.id}\n    action: hide`);
    const fresh = loadPack(dir);
    expect(fresh.ok && fresh.pack.eventById.has(event.id)).toBe(false);
  });
});
