// Runs every subscription's daily brief at its local time (one croner job per channel, in the channel's zone), plus a
// sweep that re-reads subscriptions from the database (another process may have changed them), catches up briefs
// missed while the bot was down, and settles abandoned claims. Duplicate triggers are harmless: the database decides.
import pLimit, { type LimitFunction } from 'p-limit';
import type { StoryPack } from '../core/story-pack.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { BriefPlatform, BriefSlot, Store, Subscription } from '../store/index.ts';
import { lastBriefAt, localDateIn } from './brief-time.ts';
import { cronTicker, systemClock, type Clock, type Ticker } from './clock.ts';
import { deliverPost, type DeliveryDeps, type DeliveryOutcome } from './deliver-post.ts';
import type { Publisher } from './publisher.ts';
import type { WorkspacePauses } from './workspace-pauses.ts';

export interface SchedulerOptions {
  readonly store: Store;
  readonly publishers: readonly Publisher[];
  readonly getPack: () => StoryPack;
  readonly catchupHours: number;
  readonly clock?: Clock;
  /** What fires the timers (croner by default); tests pass a fake clock's, which fires as that clock advances. */
  readonly ticker?: Ticker;
  readonly logger?: Logger;
  /** Counts posted and failed briefs (summit_briefs_total). */
  readonly metrics?: Pick<Metrics, 'briefPosted' | 'briefFailed'>;
  /** Posts in flight per platform (rate limits themselves are the publisher's business). Default 4. */
  readonly concurrency?: number;
  readonly leaseMs?: number;
  readonly retry?: DeliveryDeps['retry'];
  /** Croner pattern (UTC) of the safety-net sweep. Default every minute. */
  readonly sweepPattern?: string;
  /** Workspaces whose token was refused: each run tries one of their channels, and the rest only once that posts. */
  readonly pauses?: WorkspacePauses;
}

export interface DueResult {
  readonly platform: BriefPlatform;
  readonly channelId: string;
  readonly localDate: string;
  readonly outcome: DeliveryOutcome | 'skipped-too-late';
}

export interface BriefScheduler {
  /** Catches up, then schedules every active subscription. */
  start(): Promise<DueResult[]>;
  /** Delivers every brief due now (or `only` this channel's): the body of every timer. */
  runDue(only?: { platform: BriefPlatform; channelId: string }): Promise<DueResult[]>;
  /** Re-reads subscriptions and adds, moves or removes timers to match. */
  refresh(): Promise<void>;
  /** Stops the timers and waits for posts in flight. */
  stop(): Promise<void>;
}

/** A recheck waits this long past the lease's end, so it does not arrive a hair before the claim expires. */
const RECHECK_MARGIN_MS = 250;

/** Posted more than this after its time, a brief is marked delayed. */
const ON_TIME_GRACE_MS = 10 * 60_000;

export function createBriefScheduler(options: SchedulerOptions): BriefScheduler {
  const clock = options.clock ?? systemClock;
  const { store, logger } = options;
  const leaseMs = options.leaseMs ?? 2 * 60_000;
  const publishers = new Map(options.publishers.map((p) => [p.platform, p]));
  const ticker = options.ticker ?? cronTicker;
  const limiters = new Map<BriefPlatform, LimitFunction>(
    options.publishers.map((p) => [p.platform, pLimit(options.concurrency ?? 4)]),
  );
  const jobs = new Map<string, { job: { stop(): void }; time: string; timezone: string }>();
  const inFlight = new Map<string, Promise<DueResult>>();
  let sweep: { stop(): void } | undefined;
  const rechecks = new Set<NodeJS.Timeout>();
  let stopped = false;

  const deliveryDeps = (publisher: Publisher): DeliveryDeps => ({
    store,
    publisher,
    getPack: options.getPack,
    clock,
    logger,
    leaseMs,
    retry: options.retry ?? { attempts: 5, baseMs: 1000, maxMs: 30_000 },
    pauses: options.pauses,
  });

  function dueSlot(sub: Subscription, now: Date): { localDate: string; lateMs: number } | undefined {
    const at = lastBriefAt(sub.time, sub.timezone, now);
    // Subscribed (or moved) after today's time: the first brief is the next one, not a catch-up.
    if (at.getTime() < Date.parse(sub.updatedAt)) return undefined;
    return { localDate: localDateIn(at, sub.timezone), lateMs: now.getTime() - at.getTime() };
  }

  /** `ahead`: skip the fan-out queue (a takeover of a dead replica's claim must not wait behind a whole fan-out). */
  async function runOne(
    sub: Subscription,
    publisher: Publisher,
    now: Date,
    ahead: boolean,
  ): Promise<DueResult | undefined> {
    const due = dueSlot(sub, now);
    if (!due) return undefined;
    const slot = { platform: sub.platform, channelId: sub.channelId, localDate: due.localDate };
    const existing = await store.briefLog.get(slot);
    if (existing && existing.state !== 'claimed') return undefined;
    const key = `${slot.platform}:${slot.channelId}:${slot.localDate}`;
    const running = inFlight.get(key);
    if (running) return running;
    const done = (outcome: DueResult['outcome']): DueResult => {
      countOutcome(options.metrics, sub.platform, outcome);
      return { ...slot, outcome };
    };
    if (due.lateMs > options.catchupHours * 3_600_000 && !existing) {
      const hours = (due.lateMs / 3_600_000).toFixed(1);
      await store.briefLog.recordSkipped(
        slot,
        `missed by ${hours} h; BRIEF_CATCHUP_HOURS is ${options.catchupHours}`,
        now,
      );
      logger?.warn({ ...slot, lateHours: Number(hours) }, 'brief missed while down, too late to catch up: skipped');
      return done('skipped-too-late');
    }
    const limiter = limiters.get(sub.platform);
    if (!limiter) return undefined;
    const delayed = due.lateMs > ON_TIME_GRACE_MS;
    const deliver = () => deliverPost(deliveryDeps(publisher), sub, { kind: 'brief', key: due.localDate, delayed });
    const task = (ahead ? deliver() : limiter(deliver))
      .then(
        (outcome) => {
          if (outcome === 'busy') recheckAfterLease(slot);
          return done(outcome);
        },
        (error: unknown) => {
          logger?.error({ err: error, ...slot }, 'brief delivery crashed');
          return done('failed-transient');
        },
      )
      .finally(() => inFlight.delete(key));
    inFlight.set(key, task);
    return task;
  }

  async function runDue(only?: { platform: BriefPlatform; channelId: string }, ahead = false): Promise<DueResult[]> {
    if (stopped) return [];
    const now = clock.now();
    const subscriptions = (await store.subscriptions.listActive(only?.platform)).filter(
      (s) => !only || s.channelId === only.channelId,
    );
    const run = (sub: Subscription) => {
      const publisher = publishers.get(sub.platform);
      return publisher ? runOne(sub, publisher, now, ahead) : Promise.resolve(undefined);
    };
    const { pauses } = options;
    const paused = new Map<string, Subscription[]>();
    const free: Subscription[] = [];
    for (const sub of subscriptions) {
      const workspace = pauses?.workspaceOf(sub);
      if (workspace && pauses?.get(workspace)) paused.set(workspace, [...(paused.get(workspace) ?? []), sub]);
      else free.push(sub);
    }
    const results = await Promise.all([
      ...free.map(run),
      ...[...paused.values()].map((subs) => probeThenRest(subs, run)),
    ]);
    return results.flat().filter((r): r is DueResult => r !== undefined);
  }

  /**
   * A paused workspace: its due channels one at a time until one posts (the token works again: the rest go at once)
   * or is refused again (the rest wait for the next run): one refused call per run, not one per channel.
   */
  async function probeThenRest(
    subs: readonly Subscription[],
    run: (sub: Subscription) => Promise<DueResult | undefined>,
  ): Promise<(DueResult | undefined)[]> {
    const results: (DueResult | undefined)[] = [];
    for (const [i, sub] of subs.entries()) {
      const result = await run(sub);
      results.push(result);
      if (result?.outcome === 'paused') return results;
      if (result?.outcome === 'posted' || result?.outcome === 'found-existing') {
        return [...results, ...(await Promise.all(subs.slice(i + 1).map(run)))];
      }
    }
    return results;
  }

  /**
   * Another process holds this channel's claim: look again when its lease ends, so a replica that died mid-fan-out
   * is taken over then rather than at the next sweep. A real timer, not the injected clock: runDue itself decides by
   * clock.now(), so under a fake clock this only finds the slot busy again.
   */
  function recheckAfterLease(slot: BriefSlot): void {
    const target = { platform: slot.platform, channelId: slot.channelId };
    const failed = (error: unknown) => logger?.error({ err: error, ...slot }, 'brief recheck failed');
    store.briefLog.get(slot).then((entry) => {
      if (stopped || entry?.state !== 'claimed' || !entry.claimedAt) return;
      // The holder renewed at claimedAt; its claim can be taken over once that is a lease old.
      const wait = Date.parse(entry.claimedAt) + leaseMs - clock.now().getTime() + RECHECK_MARGIN_MS;
      const timer = setTimeout(
        () => {
          rechecks.delete(timer);
          runDue(target, true).catch(failed);
        },
        Math.max(RECHECK_MARGIN_MS, wait),
      );
      timer.unref();
      rechecks.add(timer);
    }, failed);
  }

  // One refresh at a time: two interleaved ones could both add a timer for the same channel.
  let refreshing: Promise<void> = Promise.resolve();
  function refresh(): Promise<void> {
    refreshing = refreshing.then(refreshTimers, refreshTimers);
    return refreshing;
  }

  async function refreshTimers(): Promise<void> {
    if (stopped) return;
    const active = (await store.subscriptions.listActive()).filter((s) => publishers.has(s.platform));
    if (stopped) return;
    const wanted = new Map(active.map((s) => [`${s.platform}:${s.channelId}`, s]));
    for (const [key, entry] of jobs) {
      const sub = wanted.get(key);
      if (!sub || sub.time !== entry.time || sub.timezone !== entry.timezone) {
        entry.job.stop();
        jobs.delete(key);
      }
    }
    for (const [key, sub] of wanted) {
      if (jobs.has(key)) continue;
      const [hours, minutes] = sub.time.split(':');
      const target = { platform: sub.platform, channelId: sub.channelId };
      // A timer's failure (the database down at the brief minute) is logged, never thrown: an unhandled rejection
      // would end the process. The sweep tries the channel again each minute, so the brief follows the database back.
      const job = ticker.every(`${Number(minutes)} ${Number(hours)} * * *`, sub.timezone, () =>
        runDue(target).then(
          () => undefined,
          (error: unknown) => logger?.error({ err: error, ...target }, 'brief timer failed; the sweep tries again'),
        ),
      );
      jobs.set(key, { job, time: sub.time, timezone: sub.timezone });
    }
  }

  return {
    async start() {
      const results = await runDue();
      await refresh();
      sweep = ticker.every(options.sweepPattern ?? '* * * * *', 'UTC', async () => {
        try {
          await refresh();
          await runDue();
        } catch (error) {
          logger?.error({ err: error }, 'brief sweep failed; the next one tries again');
        }
      });
      return results;
    },
    runDue: (only) => runDue(only),
    refresh,
    async stop() {
      stopped = true;
      sweep?.stop();
      for (const { job } of jobs.values()) job.stop();
      for (const timer of rechecks) clearTimeout(timer);
      jobs.clear();
      await Promise.allSettled([...inFlight.values()]);
    },
  };
}

/** A brief that reached its channel counts as posted (found-existing: posted by an attempt that could not record it). */
function countOutcome(
  metrics: SchedulerOptions['metrics'],
  platform: BriefPlatform,
  outcome: DueResult['outcome'],
): void {
  if (outcome === 'posted' || outcome === 'found-existing') metrics?.briefPosted(platform);
  else if (outcome === 'failed-permanent' || outcome === 'failed-transient' || outcome === 'paused') {
    metrics?.briefFailed(platform);
  }
}
