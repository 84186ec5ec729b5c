// What a platform adapter supplies so channel posts (briefs, story updates, notices, corrections) can be delivered
// exactly once: post with an idempotency key, and find a message posted with that key (to settle a claim whose holder
// crashed between posting and recording); edit a post in place to mark it corrected.
import { createHash } from 'node:crypto';
import type { Answer } from '../core/answer-model.ts';
import type { BriefPlatform, BriefSlot } from '../store/index.ts';
import type { PostKind } from '../store/post-records.ts';

/** The channel a post goes to, and who asked for it there (told when the channel can no longer receive posts). */
export interface PostTarget {
  readonly platform: BriefPlatform;
  readonly channelId: string;
  readonly createdBy: string;
  /** Slack (OAuth mode): the workspace whose token posts here; it pauses as a whole on a token error. */
  readonly teamId?: string | null;
}

export interface PostOptions {
  /** Same for every attempt at one slot; at most 25 characters (Discord's nonce limit). */
  readonly idempotencyKey: string;
  /** Posted late (catch-up after downtime): the renderer should say so. */
  readonly delayed: boolean;
  /** What the post is: its footer and buttons fit it (a story update does not point at `/summit brief`). */
  readonly kind: PostKind;
}

export interface EditedPost {
  readonly kind: PostKind;
  /** The key it was posted with (idempotencyKeyOf its slot): kept visible where the platform shows it. */
  readonly idempotencyKey: string;
}

export interface Publisher {
  readonly platform: BriefPlatform;
  /**
   * Posts the answer (as several messages when it needs them); throws on failure (a PublishError, or the SDK's own
   * error: see classifyPublishError). `messageIds`: every message posted, the first being `messageId`.
   */
  post(
    channelId: string,
    answer: Answer,
    options: PostOptions,
  ): Promise<{ messageId: string; messageIds?: readonly string[] }>;
  /** The id of a message in the channel carrying `idempotencyKey`, posted at or after `since`; undefined if none. */
  findExisting(channelId: string, idempotencyKey: string, since: Date): Promise<string | undefined>;
  /**
   * Optional: tell the subscriber (e.g. by DM) that their channel no longer gets these posts, and why;
   * `resubscribe` is the command that turns them on again once access is fixed (default `brief subscribe`).
   */
  notifyFailure?(subscription: PostTarget, message: string, resubscribe?: string): Promise<void>;
  /** Optional: replace the messages of an earlier post with `answer` (e.g. marked corrected), same kind and key. */
  edit?(channelId: string, messageIds: readonly string[], answer: Answer, post: EditedPost): Promise<void>;
}

/**
 * Deterministic per slot, so retries and restarts reuse it: the kind, "-", then base64url chars of a SHA-256 up to 24
 * characters ("brief-" + 18), inside Discord's 25-character nonce.
 */
export function idempotencyKeyOf(slot: BriefSlot, kind: PostKind = 'brief'): string {
  const digest = createHash('sha256')
    .update(`${slot.platform}:${slot.channelId}:${slot.localDate}`)
    .digest('base64url');
  return `${kind}-${digest.slice(0, 23 - kind.length)}`;
}
