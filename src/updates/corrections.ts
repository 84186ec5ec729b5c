// Corrections where the wrong line was posted: for each hide or correct decision in the audit log, every channel
// whose post (brief, story update) showed the fact before the decision gets one correction post, through the one
// delivery path (slot "correction:<decision>": once per channel and decision, across restarts and replicas), and the
// original post is edited in place with a "corrected" mark first (an edit is idempotent, so a crash between the edit
// and the post only repeats the edit).
import {
  channelPostDelivery,
  deliverPost,
  type ChannelPostDeps,
  type DeliveryOutcome,
} from '../briefs/deliver-post.ts';
import { idempotencyKeyOf, type Publisher } from '../briefs/publisher.ts';
import { answerCorrection, markCorrected } from '../review/answer-correction.ts';
import type { AuditEntry } from '../store/audit-log.ts';
import type { PostRecord } from '../store/post-records.ts';

export interface CorrectionDeps extends ChannelPostDeps {
  readonly publishers: readonly Publisher[];
  /** Whose clock a post's time is told in ("the update of 3 Sep, 10:02"): BRIEF_TIMEZONE. */
  readonly timezone: string;
}

/** Decisions older than this are not looked at again: their corrections went out long ago (or the posts are gone). */
const MAX_AGE_MS = 30 * 86_400_000;

export async function deliverPendingCorrections(deps: CorrectionDeps): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  const decisions = await deps.store.audit.corrections();
  const since = deps.clock.now().getTime() - MAX_AGE_MS;
  for (const entry of decisions.filter((d) => Date.parse(d.decidedAt) >= since)) {
    const posts = (await deps.store.posts.showing(entry.factId, new Date(entry.decidedAt))).filter(
      (p) => p.kind !== 'correction',
    );
    for (const channelPosts of groupByChannel(posts)) {
      const [first] = channelPosts as [PostRecord, ...PostRecord[]];
      const publisher = deps.publishers.find((p) => p.platform === first.platform);
      if (!publisher) continue;
      const delivery = channelPostDelivery(
        deps,
        publisher,
        async () => {
          await markOriginals(deps, publisher, channelPosts, decisions, entry);
          return answerCorrection(entry, channelPosts, deps.timezone);
        },
        async (target, code) =>
          deps.logger?.warn({ channel: target.channelId, code }, 'channel cannot receive a correction'),
      );
      const target = { platform: first.platform, channelId: first.channelId, createdBy: entry.editor };
      const post = { kind: 'correction', key: `correction:${entry.decisionId}`, delayed: false } as const;
      outcomes.push(await deliverPost(delivery, target, post));
    }
  }
  return outcomes;
}

function groupByChannel(posts: readonly PostRecord[]): PostRecord[][] {
  const groups = new Map<string, PostRecord[]>();
  for (const p of posts) {
    const key = `${p.platform}\u0000${p.channelId}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()];
}

/** Each post re-rendered with every decision on its facts up to this one; a post that cannot be edited is logged. */
async function markOriginals(
  deps: CorrectionDeps,
  publisher: Publisher,
  posts: readonly PostRecord[],
  decisions: readonly AuditEntry[],
  entry: AuditEntry,
): Promise<void> {
  if (!publisher.edit) return;
  for (const post of posts) {
    const marks = decisions.filter((d) => d.decidedAt <= entry.decidedAt && post.factIds.includes(d.factId));
    const slot = { platform: post.platform, channelId: post.channelId, localDate: post.postKey };
    await publisher
      .edit(post.channelId, post.messageIds, markCorrected(post.answer, marks), {
        kind: post.kind,
        idempotencyKey: idempotencyKeyOf(slot, post.kind),
      })
      .catch((error: unknown) =>
        deps.logger?.warn(
          { err: error, channel: post.channelId, post: post.postKey },
          'could not mark a post corrected',
        ),
      );
  }
}
