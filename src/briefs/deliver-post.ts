// The one delivery path for every channel post (a brief, a story update, a notice, a correction), exactly once per
// channel and key: claim the slot in the database, settle a taken-over claim with the platform (findExisting) before
// posting, post, record (the brief log's row, and the post's record: its kind, message ids and the facts it showed,
// so a correction finds it). Permanent channel errors stop at once (a brief's subscription is marked failing);
// transient ones retry with bounded backoff, checking the platform before each retry.
// While a request to the platform is out, the claim is renewed every third of the lease, so a slow post on a live
// replica is never taken over; only a replica that stopped renewing (killed, hung) loses its claims.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Answer } from '../core/answer-model.ts';
import { composeBrief } from '../core/brief/compose-brief.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { Logger } from '../log.ts';
import type { BriefSlot, Store } from '../store/index.ts';
import type { PostKind } from '../store/post-records.ts';
import { factIdsShown } from '../review/facts-shown.ts';
import type { Clock } from './clock.ts';
import { classifyPublishError } from './publish-error.ts';
import { idempotencyKeyOf, type PostTarget, type Publisher } from './publisher.ts';
import type { WorkspacePauses } from './workspace-pauses.ts';

export interface DeliveryDeps {
  readonly store: Store;
  readonly publisher: Publisher;
  readonly getPack: () => StoryPack;
  readonly clock: Clock;
  readonly logger?: Logger;
  /** A claim not renewed for this long is presumed abandoned (its holder crashed): BRIEF_CLAIM_LEASE_SECONDS. */
  readonly leaseMs: number;
  readonly retry: { readonly attempts: number; readonly baseMs: number; readonly maxMs: number };
  /** What the slot posts; default: that day's brief. Other kinds bring their own (src/updates). */
  readonly compose?: (slot: BriefSlot, claimedAt: Date) => Promise<Answer>;
  /**
   * The channel can never receive this post (removed, no access): what to record and whom to tell. Default for a
   * brief: its subscription is marked failing and its subscriber told that daily briefs stopped; else only logged.
   */
  readonly onPermanentFailure?: (target: PostTarget, code: string, detail: string) => Promise<void>;
  /** Workspaces whose token was refused: set on a token error, cleared by the next post that succeeds. */
  readonly pauses?: WorkspacePauses;
}

/** What a channel post other than the brief (story update, correction) shares with every other: store, clocks, lease. */
export interface ChannelPostDeps {
  readonly store: Store;
  readonly getPack: () => StoryPack;
  readonly clock: Clock;
  readonly logger?: Logger;
  readonly leaseMs: number;
  readonly retry?: DeliveryDeps['retry'];
}

/** Retries for a story update or correction: fewer than a brief's, since the next change brings another post. */
const CHANNEL_POST_RETRY: DeliveryDeps['retry'] = { attempts: 3, baseMs: 1000, maxMs: 30_000 };

/** Delivery through `publisher` of a post that brings its own content and its own answer to a permanent failure. */
export function channelPostDelivery(
  deps: ChannelPostDeps,
  publisher: Publisher,
  compose: NonNullable<DeliveryDeps['compose']>,
  onPermanentFailure: NonNullable<DeliveryDeps['onPermanentFailure']>,
): DeliveryDeps {
  const { store, getPack, clock, logger, leaseMs } = deps;
  const retry = deps.retry ?? CHANNEL_POST_RETRY;
  return { store, publisher, getPack, clock, logger, leaseMs, retry, compose, onPermanentFailure };
}

/** One post to deliver: what kind it is, its slot key (a local date for a brief, "update:<batch>", ...). */
export interface ChannelPost {
  readonly kind: PostKind;
  readonly key: string;
  /** Posted late (a brief's catch-up after downtime). */
  readonly delayed: boolean;
}

/** `paused`: the workspace's token was refused; the claim was given up, so the slot is tried again later. */
export type DeliveryOutcome =
  | 'posted'
  | 'found-existing'
  | 'already-settled'
  | 'busy'
  | 'claim-lost'
  | 'failed-permanent'
  | 'failed-transient'
  | 'paused';

/** Which replica holds a claim, readable in the brief log (host:pid), ahead of the unique part of its token. */
const CLAIM_HOLDER = `${hostname()}:${process.pid}`;

/** Platform clocks and ours may disagree a little: look this far before the claim for an earlier post. */
const FIND_MARGIN_MS = 5 * 60_000;

/** The brief for a slot; records first-seen times for the pack's articles first, so a reloaded pack's additions count. */
export async function briefFor(store: Store, pack: StoryPack, slot: BriefSlot, now: Date): Promise<Answer> {
  await store.firstSeen.record(
    pack.articles.map((a) => a.id),
    now,
  );
  const previous = await store.briefLog.previousPosted(slot.platform, slot.channelId, slot.localDate);
  return composeBrief(pack, {
    date: slot.localDate,
    previousBriefDate: previous?.localDate,
    previousBriefAt: previous?.claimedAt ?? undefined,
    firstSeen: await store.firstSeen.all(),
  });
}

export async function deliverPost(deps: DeliveryDeps, target: PostTarget, post: ChannelPost): Promise<DeliveryOutcome> {
  const { store, publisher, clock, logger } = deps;
  const { kind, delayed } = post;
  const stopBriefs = async (sub: PostTarget, code: string, detail: string): Promise<void> => {
    if (kind !== 'brief') {
      logger?.warn({ channel: sub.channelId, code, kind }, 'channel cannot receive this post');
      return;
    }
    await store.subscriptions.markFailing(sub.platform, sub.channelId, detail, clock.now());
    logger?.warn({ channel: sub.channelId, code }, 'channel cannot receive briefs; subscription marked failing');
    await publisher
      .notifyFailure?.(sub, `Daily briefs to this channel stopped: ${code}.`)
      .catch((e: unknown) => logger?.warn({ err: e }, 'could not tell the subscriber'));
  };
  const slot: BriefSlot = { platform: target.platform, channelId: target.channelId, localDate: post.key };
  const log = logger?.child({ ...slot, kind });
  const token = `${CLAIM_HOLDER}/${randomUUID()}`;
  const claim = await store.briefLog.claim(slot, token, clock.now(), deps.leaseMs, delayed);
  if (claim.kind === 'busy') return 'busy';
  if (claim.kind === 'settled') return 'already-settled';
  if (claim.kind === 'taken-over') {
    log?.info(
      { previousClaimedAt: claim.previousClaimedAt },
      `took over a ${kind} claim whose holder stopped renewing`,
    );
  }

  const key = idempotencyKeyOf(slot, kind);
  // A taken-over claim is uncertain: its holder may have posted and crashed before recording it.
  let uncertainSince: Date | undefined =
    claim.kind === 'taken-over' ? new Date(Date.parse(claim.previousClaimedAt) - FIND_MARGIN_MS) : undefined;
  const claimedAt = clock.now();
  const answer = deps.compose
    ? await deps.compose(slot, claimedAt)
    : await briefFor(store, deps.getPack(), slot, claimedAt);

  for (let attempt = 1; ; attempt += 1) {
    if (!(await store.briefLog.renew(slot, token, clock.now()))) {
      log?.warn(`${kind} claim lost to another process; leaving the slot to it`);
      return 'claim-lost';
    }
    try {
      if (uncertainSince) {
        const since = uncertainSince;
        const existing = await renewingWhile(deps, slot, token, () =>
          publisher.findExisting(slot.channelId, key, since),
        );
        if (existing) {
          await store.briefLog.recordPosted(slot, token, existing, clock.now());
          await recordPost(deps, slot, kind, [existing], answer);
          resumeWorkspace(deps, target);
          log?.info({ messageId: existing }, `${kind} was already posted; recorded it without posting again`);
          return 'found-existing';
        }
      }
      const { messageId, messageIds } = await renewingWhile(deps, slot, token, () =>
        publisher.post(slot.channelId, answer, { idempotencyKey: key, delayed, kind }),
      );
      if (!(await store.briefLog.recordPosted(slot, token, messageId, clock.now()))) {
        log?.warn({ messageId }, 'post sent but the claim was taken over meanwhile; the new holder will find it');
      }
      await recordPost(deps, slot, kind, messageIds ?? [messageId], answer);
      resumeWorkspace(deps, target);
      log?.info({ messageId, delayed }, `${kind} posted`);
      return 'posted';
    } catch (error) {
      const failure = classifyPublishError(slot.platform, error);
      const detail = `${failure.code}: ${failure.message}`;
      if (failure.kind === 'permanent') {
        await store.briefLog.recordFailed(slot, token, detail);
        const stop = deps.onPermanentFailure ?? stopBriefs;
        await stop(target, failure.code, detail);
        return 'failed-permanent';
      }
      if (failure.kind === 'workspace') {
        const workspace = deps.pauses?.workspaceOf(target) ?? target.platform;
        if (deps.pauses ? deps.pauses.pause(workspace, failure.code, clock.now()) : true) {
          log?.error(
            { workspace, code: failure.code },
            "the platform refused the bot's token: this workspace's posts pause (no channel is marked failing) until a post succeeds",
          );
        }
        // Nothing was posted: free the slot, so it is posted (or skipped, past BRIEF_CATCHUP_HOURS) once a token
        // works. After an earlier attempt that may have landed, keep the claim: whoever takes it over checks first.
        if (uncertainSince) await store.briefLog.recordAttempt(slot, token, detail);
        else await store.briefLog.release(slot, token);
        return 'paused';
      }
      await store.briefLog.recordAttempt(slot, token, detail);
      // The failed post may still have landed (a timeout after the platform accepted it): check before retrying.
      uncertainSince ??= new Date(claimedAt.getTime() - FIND_MARGIN_MS);
      if (attempt >= deps.retry.attempts) {
        await store.briefLog.recordFailed(slot, token, `gave up after ${attempt} attempts: ${detail}`);
        log?.error({ code: failure.code, attempts: attempt }, `${kind} not posted: transient errors persisted`);
        return 'failed-transient';
      }
      const backoff = Math.min(deps.retry.maxMs, failure.retryAfterMs ?? deps.retry.baseMs * 2 ** (attempt - 1));
      log?.info({ code: failure.code, attempt, backoff }, `${kind} post failed; retrying`);
      await clock.sleep(backoff);
    }
  }
}

function resumeWorkspace(deps: DeliveryDeps, target: PostTarget): void {
  const workspace = deps.pauses?.workspaceOf(target);
  if (workspace && deps.pauses?.resume(workspace)) {
    deps.logger?.info({ workspace }, "the workspace's token works again: its posts resume, missed briefs included");
  }
}

/** The post's record for corrections; a failure here is logged, never turned into a second post. */
async function recordPost(deps: DeliveryDeps, slot: BriefSlot, kind: PostKind, ids: readonly string[], answer: Answer) {
  await deps.store.posts
    .record({
      platform: slot.platform,
      channelId: slot.channelId,
      postKey: slot.localDate,
      kind,
      messageIds: ids,
      answer,
      factIds: factIdsShown(answer),
      postedAt: deps.clock.now().toISOString(),
    })
    .catch((error: unknown) => deps.logger?.error({ err: error, ...slot }, 'could not record what the post showed'));
}

/**
 * Runs one platform request while renewing the claim every third of the lease. A real interval, unref'd, rather than
 * the injected clock: it only keeps a live claim alive, decides nothing, and must stop the moment the request ends.
 */
async function renewingWhile<T>(deps: DeliveryDeps, slot: BriefSlot, token: string, request: () => Promise<T>) {
  const renew = () =>
    void deps.store.briefLog
      .renew(slot, token, deps.clock.now())
      .catch((error: unknown) => deps.logger?.warn({ err: error, ...slot }, 'could not renew the brief claim'));
  const timer = setInterval(renew, Math.max(1, Math.floor(deps.leaseMs / 3)));
  timer.unref();
  try {
    return await request();
  } finally {
    clearInterval(timer);
  }
}
