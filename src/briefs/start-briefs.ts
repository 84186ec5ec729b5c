// Composition for briefs: open and migrate the database (waiting, bounded, for a server that does not answer yet),
// record the pack's articles as seen, subscribe the channels named in env, then start the scheduler. The adapters get
// `service` for `/summit brief ...`.
import { setTimeout as sleep } from 'node:timers/promises';
import type { BriefsConfig } from '../config.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../ops/metrics.ts';
import { openStore, type BriefPlatform, type OpenStoreResult, type Store } from '../store/index.ts';
import { createBriefScheduler, type BriefScheduler } from './brief-scheduler.ts';
import { createBriefService, type BriefService } from './brief-service.ts';
import { DEFAULT_BRIEF_TIME } from './brief-time.ts';
import { systemClock, type Clock, type Ticker } from './clock.ts';
import type { EnvChannel } from './env-channels.ts';
import { fileClock } from './file-clock.ts';
import { SLACK_TOKEN_ERRORS } from './publish-error.ts';
import type { Publisher } from './publisher.ts';
import { createWorkspacePauses, type WorkspacePauses } from './workspace-pauses.ts';

export interface RunningBriefs {
  readonly store: Store;
  readonly service: BriefService;
  readonly scheduler: BriefScheduler;
  /** Workspaces whose token the platform refused (for /readyz and `brief status`). */
  readonly pauses: WorkspacePauses;
  stop(): Promise<void>;
}

export interface StartBriefsOptions {
  readonly config: BriefsConfig;
  readonly getPack: () => StoryPack;
  readonly publishers: readonly Publisher[];
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** What fires the timers (croner by default); tests pass their fake clock's. */
  readonly ticker?: Ticker;
  readonly metrics?: Pick<Metrics, 'briefPosted' | 'briefFailed'>;
  /** The Slack OAuth install: each workspace posts with its own token, so a token error pauses only that one. */
  readonly slackTokenPerTeam?: boolean;
  /** Aborted by SIGTERM/SIGINT: stop waiting for the database and give up at once. */
  readonly signal?: AbortSignal;
}

/**
 * Why briefs did not start. `outage`: the database server did not answer within DATABASE_WAIT_SECONDS, which a
 * restart may fix (exit 1), unlike a refusal (a wrong password, a damaged file: exit 2); `stopped`: a signal came.
 */
export type StartBriefsFailure = { ok: false; problem: string; outage?: boolean; stopped?: boolean };

/** Waits between tries at an unreachable database: 1 s, doubling, at most this. */
const MAX_RETRY_MS = 5000;

export async function startBriefs(
  options: StartBriefsOptions,
): Promise<{ ok: true; briefs: RunningBriefs } | StartBriefsFailure> {
  const { config, logger } = options;
  // TEST ONLY: SUMMIT_TEST_CLOCK_FILE lets a process test set the time (src/briefs/file-clock.ts).
  const testTime = config.testClockFile ? fileClock(config.testClockFile) : undefined;
  const clock = options.clock ?? testTime?.clock ?? systemClock;
  const opened = await openWaiting(config.databaseUrl ?? config.databasePath, clock, options);
  if (!opened.ok) return opened;
  const { store } = opened;
  if (opened.migrated.length > 0) {
    logger?.info({ database: store.location, migrations: opened.migrated }, 'database migrated');
  }
  const seen = await store.firstSeen.record(
    options.getPack().articles.map((a) => a.id),
    clock.now(),
  );
  if (seen > 0) logger?.info({ articles: seen }, 'articles seen for the first time');
  // Earlier versions marked channels failing on a token error (now a workspace pause): give them their briefs back.
  const revived = await store.subscriptions.reactivate(SLACK_TOKEN_ERRORS);
  if (revived > 0) logger?.info({ subscriptions: revived }, 'channels stopped by a token error are subscribed again');
  await seedEnvChannels(store, 'slack', config.slackChannels, config.timezone, clock.now());
  await seedEnvChannels(store, 'discord', config.discordChannels, config.timezone, clock.now());

  const pauses = createWorkspacePauses({ slackTokenPerTeam: options.slackTokenPerTeam });
  const scheduler = createBriefScheduler({
    store,
    publishers: options.publishers,
    getPack: options.getPack,
    catchupHours: config.catchupHours,
    leaseMs: config.claimLeaseMs,
    clock,
    ticker: options.ticker ?? testTime?.ticker,
    logger,
    metrics: options.metrics,
    pauses,
  });
  const service = createBriefService({
    store,
    getPack: options.getPack,
    defaultTimezone: config.timezone,
    clock,
    pauses,
    onChange: () =>
      void scheduler.refresh().catch((error: unknown) => logger?.error({ err: error }, 'brief timers not refreshed')),
  });
  const caughtUp = await scheduler.start();
  if (caughtUp.length > 0) logger?.info({ briefs: caughtUp }, 'briefs due at start handled');
  return {
    ok: true,
    briefs: {
      store,
      service,
      scheduler,
      pauses,
      stop: async () => {
        await scheduler.stop();
        await store.close();
      },
    },
  };
}

/** Opens the store, trying again while the server does not answer, up to DATABASE_WAIT_SECONDS; logs every wait. */
async function openWaiting(
  location: string,
  clock: Clock,
  options: StartBriefsOptions,
): Promise<Extract<OpenStoreResult, { ok: true }> | StartBriefsFailure> {
  const started = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    const opened = await openStore(location, { now: clock.now });
    if (opened.ok || !opened.unreachable) return opened;
    const waited = Date.now() - started;
    const left = options.config.databaseWaitMs - waited;
    if (left <= 0) {
      return { ok: false, problem: `${opened.problem}; gave up after ${Math.round(waited / 1000)} s`, outage: true };
    }
    const pause = Math.min(MAX_RETRY_MS, 1000 * 2 ** (attempt - 1), left);
    options.logger?.warn(
      { problem: opened.problem, attempt, retryInMs: pause, waitedMs: waited },
      'database unreachable; waiting for it before starting (DATABASE_WAIT_SECONDS)',
    );
    const stopped = await sleep(pause, false, { signal: options.signal }).catch(() => true);
    if (stopped) return { ok: false, problem: 'stopped while waiting for the database', stopped: true };
  }
}

/** Env channels are (re)subscribed at every start with their env time and zone: env wins over a command's change. */
async function seedEnvChannels(
  store: Store,
  platform: BriefPlatform,
  channels: readonly EnvChannel[],
  timezone: string,
  now: Date,
): Promise<void> {
  for (const c of channels) {
    await store.subscriptions.upsert(
      {
        platform,
        channelId: c.channelId,
        time: c.time ?? DEFAULT_BRIEF_TIME,
        timezone: c.timezone ?? timezone,
        createdBy: 'env',
      },
      now,
    );
  }
}
