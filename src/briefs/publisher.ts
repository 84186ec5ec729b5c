// What a platform adapter supplies so briefs can be delivered exactly once: post with an idempotency key, and find a
// message posted with that key (to settle a claim whose holder crashed between posting and recording).
import { createHash } from 'node:crypto';
import type { Answer } from '../core/answer-model.ts';
import type { BriefPlatform, BriefSlot, Subscription } from '../store/index.ts';

export interface PostOptions {
  /** Same for every attempt at one slot; at most 25 characters (Discord's nonce limit). */
  readonly idempotencyKey: string;
  /** Posted late (catch-up after downtime): the renderer should say so. */
  readonly delayed: boolean;
}

export interface Publisher {
  readonly platform: BriefPlatform;
  /** Posts the brief; throws on failure (a PublishError, or the SDK's own error: see classifyPublishError). */
  post(channelId: string, answer: Answer, options: PostOptions): Promise<{ messageId: string }>;
  /** The id of a message in the channel carrying `idempotencyKey`, posted at or after `since`; undefined if none. */
  findExisting(channelId: string, idempotencyKey: string, since: Date): Promise<string | undefined>;
  /**
   * Optional: tell the subscriber (e.g. by DM) that their channel no longer gets these posts, and why;
   * `resubscribe` is the command that turns them on again once access is fixed (default `brief subscribe`).
   */
  notifyFailure?(subscription: Subscription, message: string, resubscribe?: string): Promise<void>;
}

/** Deterministic per slot, so retries and restarts reuse it: "brief-" + 18 base64url chars of a SHA-256 (24 chars). */
export function idempotencyKeyOf(slot: BriefSlot): string {
  const digest = createHash('sha256')
    .update(`${slot.platform}:${slot.channelId}:${slot.localDate}`)
    .digest('base64url');
  return `brief-${digest.slice(0, 18)}`;
}
