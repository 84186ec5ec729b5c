// Posts each batch of story changes to every subscribed channel once, through the one delivery path for channel posts
// (claim in the brief log under the slot "update:<batch>", settle a crashed claim with the platform, post, record), so
// a change is posted once per channel across restarts and crashes. A channel gets only batches seen since it subscribed.
import {
  channelPostDelivery,
  deliverPost,
  type ChannelPostDeps,
  type DeliveryOutcome,
} from '../briefs/deliver-post.ts';
import type { Publisher } from '../briefs/publisher.ts';
import { answerStoryChanges } from '../core/answer-story-changes.ts';
import { storyChangesOf } from '../core/story-changes.ts';
import type { UpdateStore } from '../store/updates.ts';

export interface UpdateDeliveryDeps extends ChannelPostDeps {
  readonly updates: UpdateStore;
  readonly publishers: readonly Publisher[];
}

/** Older batches are not posted to a channel that missed them: an update is news, not an archive. */
const MAX_AGE_MS = 7 * 86_400_000;
const UPDATE_SLOT_PREFIX = 'update:';

export async function deliverPendingUpdates(deps: UpdateDeliveryDeps): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  const now = deps.clock.now();
  for (const sub of await deps.updates.list()) {
    const publisher = deps.publishers.find((p) => p.platform === sub.platform);
    if (!publisher) continue;
    const since = new Date(Math.max(Date.parse(sub.createdAt), now.getTime() - MAX_AGE_MS));
    for (const batch of await deps.updates.batchesSince(since)) {
      const pack = deps.getPack();
      const changes = storyChangesOf(pack.facts, new Set(batch.keys));
      if (changes.length === 0) continue; // its facts have left the pack since
      const delivery = channelPostDelivery(
        deps,
        publisher,
        async () => answerStoryChanges(pack, changes),
        // Not the daily brief's notice: this channel's story updates stop, its brief subscription is left alone.
        async (subscription, code) => {
          await deps.updates.unsubscribe(subscription.platform, subscription.channelId);
          deps.logger?.warn(
            { channel: subscription.channelId, code },
            'channel cannot receive story updates; unsubscribed',
          );
          await publisher
            .notifyFailure?.(subscription, `Story updates to this channel stopped: ${code}.`, 'updates subscribe')
            .catch((e: unknown) => deps.logger?.warn({ err: e }, 'could not tell the subscriber'));
        },
      );
      const post = { kind: 'update', key: `${UPDATE_SLOT_PREFIX}${batch.batch}`, delayed: false } as const;
      outcomes.push(await deliverPost(delivery, sub, post));
    }
  }
  return outcomes;
}
