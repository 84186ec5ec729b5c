// Every write holds the pack's write lock from its check to its re-check, so two writers in two processes take turns.
// A lock whose writer was killed is taken over; one held by a running writer past the wait is a refusal, not a hang.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/pack/write-lock.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { deadPid, draft, open } from './store-fixture.ts';

describe('the pack’s write lock', () => {
  it('is released after each write', () => {
    const dir = copyOfBundledPack();
    const store = open(dir);
    expect(store.addArticle(draft(1))).toMatchObject({ ok: true });
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('left by a killed writer does not block the next add, which takes it over', () => {
    const dir = copyOfBundledPack();
    writeFileSync(path.join(dir, LOCK_FILE), String(deadPid()));
    const store = open(dir, { lockWaitMs: 5_000 });
    expect(store.addArticle(draft(1))).toMatchObject({ ok: true, meta: { id: '005' } });
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('held by a running writer refuses an add and a review decision after the wait, writing nothing', () => {
    const dir = copyOfBundledPack();
    writeFileSync(path.join(dir, LOCK_FILE), String(process.pid)); // this process: running, and not about to finish
    const store = open(dir, { lockWaitMs: 60 });
    const before = readdirSync(path.join(dir, 'articles'));
    expect(store.addArticle(draft(1))).toEqual({
      ok: false,
      refusal: 'pack',
      message: 'another writer is changing the pack; try again',
    });
    const event = store.current().facts.timeline.find((e) => e.provenance === 'extracted');
    expect(store.saveReview([{ id: event?.id ?? 'x', action: 'hide' }])).toMatchObject({
      ok: false,
      refusal: 'not-kept',
    });
    expect(readdirSync(path.join(dir, 'articles'))).toEqual(before);
    expect(existsSync(path.join(dir, 'reviewed.yaml'))).toBe(false);
  });
});
