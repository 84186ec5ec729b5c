// Composition for `summit start`: the review service chat commands reach, and the corrections it sets off. Pending
// corrections are delivered at start (a crash between deciding and posting is finished here), after every decision,
// and on every pack change (a decision recorded by another replica), one run at a time.
import { randomUUID } from 'node:crypto';
import { systemClock } from '../briefs/clock.ts';
import type { Publisher } from '../briefs/publisher.ts';
import type { Config } from '../config.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/open-store.ts';
import { deliverPendingCorrections } from '../updates/corrections.ts';
import { createReviewService, type ReviewPack, type ReviewService } from './review-service.ts';

export interface RunningReview {
  readonly service: ReviewService;
  stop(): Promise<void>;
}

export interface StartReviewOptions {
  readonly config: Config;
  readonly store: Store;
  readonly publishers: readonly Publisher[];
  readonly pack: ReviewPack & { onChange(listener: (pack: StoryPack) => void): () => void };
  readonly logger?: Logger;
}

export async function startReview(options: StartReviewOptions): Promise<RunningReview> {
  const { config, store, logger } = options;
  let running = Promise.resolve();
  const deliver = (): Promise<void> => {
    running = running
      .then(async () => {
        const outcomes = await deliverPendingCorrections({
          store,
          publishers: options.publishers,
          getPack: () => options.pack.current(),
          clock: systemClock,
          timezone: config.briefs.timezone,
          leaseMs: config.briefs.claimLeaseMs,
          logger,
        });
        const posted = outcomes.filter((o) => o === 'posted').length;
        if (posted > 0) logger?.info({ posted }, 'corrections posted');
      })
      .catch((error: unknown) => logger?.error({ err: error }, 'corrections failed; retried on the next change'));
    return running;
  };
  await deliver();
  const stopListening = options.pack.onChange(() => void deliver());
  return {
    service: createReviewService({
      pack: options.pack,
      audit: store.audit,
      now: () => systemClock.now(),
      newDecisionId: randomUUID,
      afterDecision: deliver,
      logger,
    }),
    async stop() {
      stopListening();
      await running; // a correction in flight finishes before the database closes
    },
  };
}
