// `summit review`: extracted facts are listed; confirm / correct / hide go to reviewed.yaml and survive a restart
// (a fresh load of the pack), and `summit check` reports extraction and what awaits review.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runReview } from '../../src/adapters/terminal/review.ts';
import { loadPack } from '../../src/core/load-pack.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';

function sinks() {
  const said = { out: '', err: '' };
  const sink = (key: 'out' | 'err') =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        said[key] += chunk.toString();
        done();
      },
    });
  return { said, io: { output: sink('out'), error: sink('err') } };
}

function review(dir: string, args: string[]) {
  const { said, io } = sinks();
  const code = runReview(dir, args, io);
  return { code, ...said };
}

function firstExtracted(dir: string) {
  const loaded = loadPack(dir);
  if (!loaded.ok) throw new Error('pack does not load');
  const fact = loaded.pack.facts.timeline.find((f) => f.provenance === 'extracted');
  if (!fact) throw new Error('no extracted event in the bundled pack');
  return fact;
}

describe('summit review', () => {
  it('lists the extracted facts not yet reviewed, with their ids', () => {
    const dir = copyOfBundledPack();
    const event = firstExtracted(dir);
    const { code, out } = review(dir, []);
    expect(code).toBe(0);
    expect(out).toMatch(/facts read from the text, not yet reviewed:/);
    expect(out).toContain(`event   ${event.id}: ${event.date}`);
  });

  it('confirms a fact: it is reviewed after a restart and leaves the review list', () => {
    const dir = copyOfBundledPack();
    const event = firstExtracted(dir);
    expect(review(dir, ['confirm', event.id])).toMatchObject({
      code: 0,
      out: `Recorded in reviewed.yaml: confirm ${event.id}\n`,
    });
    expect(readFileSync(path.join(dir, 'reviewed.yaml'), 'utf8')).toContain(`id: ${event.id}`);
    const reloaded = loadPack(dir);
    if (!reloaded.ok) throw new Error('pack does not load');
    expect(reloaded.pack.eventById.get(event.id)?.provenance).toBe('reviewed');
    expect(review(dir, []).out).not.toContain(event.id);
  });

  it('hides a fact and corrects another, both surviving a restart', () => {
    const dir = copyOfBundledPack();
    const event = firstExtracted(dir);
    expect(review(dir, ['hide', event.id]).code).toBe(0);
    expect(review(dir, ['correct', event.id, 'title=Corrected by an editor']).code).toBe(0);
    const corrected = loadPack(dir);
    if (!corrected.ok) throw new Error('pack does not load');
    expect(corrected.pack.eventById.get(event.id)).toMatchObject({
      title: 'Corrected by an editor',
      provenance: 'reviewed',
    });
    expect(review(dir, ['hide', event.id]).code).toBe(0);
    const hidden = loadPack(dir);
    expect(hidden.ok && hidden.pack.eventById.has(event.id)).toBe(false);
  });

  it('refuses an unknown id, an unknown action and a malformed correction, writing nothing', () => {
    const dir = copyOfBundledPack();
    expect(review(dir, ['confirm', 'no-such-fact'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/No extracted fact has the id “no-such-fact”/),
    });
    expect(review(dir, ['approve', 'x']).code).toBe(1);
    expect(review(dir, ['correct', 'x', 'colour=red']).err).toMatch(/is not a correction/);
    expect(() => readFileSync(path.join(dir, 'reviewed.yaml'))).toThrow();
  });

  it('reports a broken reviewed.yaml as a pack problem, as summit check does', async () => {
    const dir = copyOfBundledPack();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'reviewed.yaml'), 'decisions:\n  - { id: x, action: approve }\n');
    const loaded = loadPack(dir);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problems[0]?.file).toBe('reviewed.yaml');
  });
});
