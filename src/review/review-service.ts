// `/summit review ...` in a channel, for editors: the queue of facts awaiting review, a decision (through the pack
// store, recorded in the audit log with who, where, when, and the fact before and after), and the latest decisions.
// After a hide or correction, channels that got the fact are told (afterDecision: src/updates/corrections.ts).
import { finishAnswer, say } from '../core/answer-draft.ts';
import type { Answer } from '../core/answer-model.ts';
import { reviewDecisionSchema, type ReviewDecision } from '../core/extract/review-file.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { ChannelContext, ChannelRoute } from '../dispatch/channel-route.ts';
import type { Logger } from '../log.ts';
import type { AuditLog } from '../store/audit-log.ts';
import { answerReviewLog, answerReviewQueue } from './answer-review.ts';
import { parseReviewArgs } from './review-args.ts';
import { findFact } from './review-facts.ts';

/** What review needs of the pack store (src/pack): the pack served, and the one way decisions are written. */
export interface ReviewPack {
  current(): StoryPack;
  saveReview(decisions: readonly ReviewDecision[]): { ok: true; pack: StoryPack } | { ok: false; message: string };
}

export interface ReviewServiceDeps {
  readonly pack: ReviewPack;
  readonly audit: AuditLog;
  readonly now: () => Date;
  readonly newDecisionId: () => string;
  /** Called (not awaited) after a hide or correction was kept: deliver the corrections. */
  readonly afterDecision?: () => Promise<void>;
  readonly logger?: Logger;
}

export interface ReviewService {
  handleReviewCommand(ctx: ChannelContext, args?: string): Promise<Answer>;
}

const LOG_LENGTH = 20;

const reply = (status: Answer['status'], title: string, summary: string): Answer =>
  finishAnswer({ status, title, summary: say(summary), sections: [] });

/** What someone who is not an editor is told, on every platform and path (command, button, form). */
export const NOT_AN_EDITOR =
  'Reviewing facts is for editors. Ask one of them, or an admin of this workspace or server to make you one.';

export function createReviewService(deps: ReviewServiceDeps): ReviewService {
  return {
    async handleReviewCommand(ctx, args = '') {
      if (!ctx.canReview) {
        return reply('bad-input', 'Reviewing facts is for editors', NOT_AN_EDITOR);
      }
      const request = parseReviewArgs(args);
      switch (request.kind) {
        case 'invalid':
          return reply('bad-input', 'That review command was not understood', request.message);
        case 'queue':
          return answerReviewQueue(deps.pack.current(), request.page);
        case 'log':
          return answerReviewLog(await deps.audit.latest(LOG_LENGTH));
        case 'decide':
          return decide(deps, ctx, request.decisions);
      }
    },
  };
}

async function decide(deps: ReviewServiceDeps, ctx: ChannelContext, decisions: readonly ReviewDecision[]) {
  const checked = decisions.map((d) => reviewDecisionSchema.safeParse(d));
  const bad = checked.find((c) => !c.success);
  if (bad && !bad.success) {
    const issue = bad.error.issues[0];
    return reply('bad-input', 'That decision was not kept', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  const before = deps.pack.current();
  const facts = decisions.map((d) => ({ decision: d, fact: findFact(before, d.id) }));
  const unknown = facts.find((f) => !f.fact);
  if (unknown) {
    return reply(
      'not-found',
      'No such fact',
      `No fact has the id “${unknown.decision.id.slice(0, 60)}” (perhaps already hidden).`,
    );
  }
  const saved = deps.pack.saveReview(decisions);
  if (!saved.ok) return reply('bad-input', 'That decision was not kept', saved.message);
  const decidedAt = deps.now().toISOString();
  const done: string[] = [];
  for (const { decision, fact } of facts) {
    const was = fact?.says ?? '';
    const now = findFact(saved.pack, decision.id)?.says ?? null;
    await deps.audit.record({
      decisionId: deps.newDecisionId(),
      factId: decision.id,
      action: decision.action,
      editor: ctx.userId,
      platform: ctx.platform,
      channelId: ctx.channelId,
      before: was,
      after: decision.action === 'hide' ? null : now,
      decidedAt,
    });
    done.push(
      decision.action === 'confirm'
        ? `Confirmed “${was}”.`
        : decision.action === 'hide'
          ? `Hidden “${was}”.`
          : `Corrected “${was}” to “${now ?? ''}”.`,
    );
  }
  if (decisions.some((d) => d.action !== 'confirm') && deps.afterDecision) {
    deps
      .afterDecision()
      .catch((error: unknown) => deps.logger?.error({ err: error }, 'corrections after a review decision failed'));
  }
  return answerReviewQueue(saved.pack, 1, done.join(' '));
}

export function reviewRoute(getService: () => ReviewService | undefined): ChannelRoute {
  return {
    name: 'review',
    matches: (c) => c.subcommand === 'review',
    handler: () => {
      const service = getService();
      return service && ((c, ctx) => service.handleReviewCommand(ctx, c.options.args));
    },
    unavailable: 'Reviewing facts is',
  };
}
