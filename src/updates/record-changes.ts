// After a poll (and at start): what the pack now holds that the database has not seen becomes one batch of story
// changes. The first time ever, everything is recorded as the baseline and nothing is news — like a feed's first poll.
import { createHash } from 'node:crypto';
import { storyChangeKeys, storyChanges } from '../core/story-changes.ts';
import type { StoryPack } from '../core/story-pack.ts';
import { BASELINE_BATCH, type UpdateStore } from '../store/updates.ts';

/** The new batch's id, or undefined when nothing changed (or only the baseline was recorded). */
export async function recordStoryChanges(
  updates: UpdateStore,
  pack: StoryPack,
  now: Date,
): Promise<string | undefined> {
  const known = await updates.knownKeys();
  if (known.size === 0) {
    await updates.recordBatch(BASELINE_BATCH, [...storyChangeKeys(pack.facts)], now);
    return undefined;
  }
  if (storyChanges(known, pack.facts).length === 0) return undefined;
  // Every new key is recorded, also those that are not a change of their own (a new event's "held"), so the next
  // run does not report them again.
  const keys = [...storyChangeKeys(pack.facts)].filter((key) => !known.has(key));
  // Deterministic: two replicas that see the same changes name the same batch.
  const batch = createHash('sha256')
    .update([...keys].sort().join('\n'))
    .digest('base64url')
    .slice(0, 16);
  return (await updates.recordBatch(batch, keys, now)) > 0 ? batch : undefined;
}
