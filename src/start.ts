// The composition root for `npm start`: config, pack, logger and metrics, then every configured platform, the daily
// briefs (which need the platforms' publishers) and the ops routes; with no platform configured, the terminal prompt.
import { runPrompt } from './adapters/terminal/prompt.ts';
import { startBriefs, type RunningBriefs } from './briefs/index.ts';
import { feedsRoute } from './ingest/feeds-service.ts';
import type { RunningStories } from './updates/start-stories.ts';
import { updatesRoute } from './updates/updates-service.ts';
import { reviewRoute } from './review/review-service.ts';
import { startReview, type RunningReview } from './review/start-review.ts';
import { formatConfigProblems, loadConfigFromProcess, type Config } from './config.ts';
import { prepareAnswers } from './core/answer.ts';
import { createBotDispatcher } from './dispatch/bot-dispatcher.ts';
import { createLogger, type Logger } from './log.ts';
import { createMetrics } from './ops/metrics.ts';
import { createOpsHandler } from './ops/ops-routes.ts';
import { startOpsServer, type OpsServer } from './ops/ops-server.ts';
import { createPackHolder } from './ops/pack-holder.ts';
import { readinessChecks } from './ops/readiness.ts';
import { openPackStore, problemLines } from './pack/pack-store.ts';
import { startupExitCode } from './ops/startup-failure.ts';
import type { PlatformDeps, RunningPlatform } from './platform.ts';

export interface StartIo {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly error: NodeJS.WritableStream;
}

/** Shutdown must finish within this; systemd's TimeoutStopSec is a little longer. */
const SHUTDOWN_LIMIT_MS = 10_000;

export async function startBot(options: { storyDir?: string }, io: StartIo): Promise<number> {
  const configured = loadConfigFromProcess(options);
  if (!configured.ok) {
    io.error.write(formatConfigProblems(configured.problems));
    return 2;
  }
  const { config } = configured;
  const bot = config.slack !== undefined || config.discord !== undefined;
  const logger = createLogger({ level: config.logLevel, secrets: config.secrets });
  const metrics = createMetrics();
  // The first question must not wait for the ask index and its tagger (~2 s on a busy machine): built at each load.
  const opened = openPackStore(
    config.storyDir,
    bot ? { prepare: prepareAnswers, logger, onLoad: (result) => metrics.packReloaded(result.ok) } : {},
  );
  if (!opened.ok) {
    io.error.write(`The story pack in ${config.storyDir} has problems:\n${problemLines(opened.problems)}\n`);
    return 2;
  }
  if (!bot) return runPrompt(opened.store.current(), io, config.briefs.timezone);

  // Listening from here on: a SIGTERM while starting (waiting for the database, say) still shuts down cleanly.
  const stopping = new AbortController();
  const signalled = untilSignal().then(() => stopping.abort());
  const holder = createPackHolder(opened.store, { logger });
  let briefs: RunningBriefs | undefined;
  let stories: RunningStories | undefined;
  let review: RunningReview | undefined;
  const platforms: RunningPlatform[] = [];
  let started = false;
  const opsHandler = createOpsHandler(
    metrics,
    readinessChecks({ holder, platforms: () => platforms, briefs: () => briefs, started: () => started }),
    { metricsToken: config.metricsToken },
  );
  const deps: PlatformDeps = {
    config,
    logger,
    metrics,
    getPack: holder.current,
    dispatcher: createBotDispatcher({
      getPack: holder.current,
      getBriefs: () => briefs?.service,
      routes: [
        feedsRoute(() => stories?.feeds),
        updatesRoute(() => stories?.updates),
        reviewRoute(() => review?.service),
      ],
      timezone: config.briefs.timezone,
      logger,
    }),
  };
  // Discord over HTTP (DISCORD_PUBLIC_KEY): /discord/interactions on PORT, in front of the ops routes; loaded only then.
  const httpHandler = config.discord?.publicKey
    ? await import('./adapters/discord/http/with-interactions.ts').then(async ({ withDiscordInteractions }) => {
        const { discordPublicKey } = await import('./adapters/discord/http/verify-signature.ts');
        const publicKey = discordPublicKey(config.discord!.publicKey!);
        return withDiscordInteractions(opsHandler, { publicKey, dispatcher: deps.dispatcher, logger });
      })
    : opsHandler;
  let ops: OpsServer | undefined;
  // The port actually listened on (PORT=0 picks a free one; the running line tells which).
  let boundPort: number | undefined;
  const stopAll = async (): Promise<void> => {
    // Platforms first (no new commands; in-flight answers finish), then briefs (in-flight posts finish, db closes).
    await Promise.allSettled(platforms.map((p) => p.stop()));
    await stories?.stop(); // a pack write in flight finishes before the database closes
    await review?.stop();
    await briefs?.stop();
    await ops?.close();
    holder.close();
  };

  try {
    // Each SDK is imported only when its platform is configured: a Discord-only bot never loads Bolt.
    if (config.slack) {
      const { startSlack } = await import('./adapters/slack/start-slack.ts');
      const slack = await startSlack(deps, { opsHandler: httpHandler, host: config.host });
      platforms.push(slack);
      boundPort = slack.port;
    }
    if (config.discord) {
      const { startDiscord } = await import('./adapters/discord/start-discord.ts');
      platforms.push(await startDiscord(deps));
    }
    if (!sharesSlackPort(config)) {
      ops = await startOpsServer(httpHandler, config.port, config.host);
      boundPort = ops.port;
      // Before the running line: /readyz answers (503) while start-up still waits, e.g. for the database.
      logger.info({ port: ops.port }, 'ops routes listening');
    }
    const opened = await startBriefs({
      config: config.briefs,
      getPack: holder.current,
      publishers: platforms.flatMap((p) => (p.publisher ? [p.publisher] : [])),
      logger,
      metrics,
      slackTokenPerTeam: config.slack?.oauth !== undefined,
      signal: stopping.signal,
    });
    if (!opened.ok) {
      if (opened.stopped) return shutdown(stopAll, logger);
      // A database that did not answer in time is an outage (1); one that refused us or is damaged, a mistake (2).
      throw Object.assign(new Error(opened.problem), { mistake: opened.outage !== true });
    }
    briefs = opened.briefs;
    const { startStories } = await import('./updates/start-stories.ts');
    const publishers = platforms.flatMap((p) => (p.publisher ? [p.publisher] : []));
    stories = await startStories({ config, store: briefs.store, publishers, pack: holder, logger });
    review = await startReview({ config, store: briefs.store, publishers, pack: holder, logger });
  } catch (error) {
    const code = startupExitCode(error);
    logger.fatal({ err: error, exitCode: code }, 'startup failed');
    io.error.write(`Startup failed: ${(error as Error).message}\n`);
    await stopAll();
    return code;
  }
  if (stopping.signal.aborted) return shutdown(stopAll, logger);
  started = true;
  logger.info(
    { platforms: platforms.map((p) => p.name), story: config.storyDir, port: boundPort ?? config.port },
    'summit bot running',
  );
  await signalled;
  return shutdown(stopAll, logger);
}

/** Slack in HTTP mode serves the ops routes on its own server (same PORT); otherwise they get one of their own. */
function sharesSlackPort(config: Config): boolean {
  return config.slack !== undefined && config.slack.appToken === undefined;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** Stops everything, or gives up after `limitMs` (exit code 1) so a stuck connection cannot hold the process. */
export async function shutdown(
  stopAll: () => Promise<void>,
  logger: Logger,
  limitMs: number = SHUTDOWN_LIMIT_MS,
): Promise<number> {
  logger.info('shutting down: finishing in-flight work');
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    stopAll().then(() => 'clean' as const),
    new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), limitMs))),
  ]);
  clearTimeout(timer);
  if (outcome === 'timeout') logger.error(`shutdown took longer than ${limitMs / 1000} s; exiting anyway`);
  else logger.info('stopped');
  return outcome === 'clean' ? 0 : 1;
}
