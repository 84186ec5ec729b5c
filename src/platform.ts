// What the composition root hands each platform adapter, and what it gets back to stop it.
import type { Publisher } from './briefs/index.ts';
import type { Config } from './config.ts';
import type { StoryPack } from './core/story-pack.ts';
import type { Dispatcher } from './dispatch/dispatcher.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './ops/metrics.ts';

export interface PlatformDeps {
  readonly config: Config;
  readonly logger: Logger;
  /** The pack currently serving; a function because the pack can be reloaded while the bot runs. */
  readonly getPack: () => StoryPack;
  /** Every command goes through it: routing to the core or a channel service, caching, kind failures. */
  readonly dispatcher: Dispatcher;
  /** Counts commands and their latency for /metrics; absent in tests that do not care. */
  readonly metrics?: Metrics;
}

export interface RunningPlatform {
  readonly name: string;
  /** Posts daily briefs to this platform's channels. */
  readonly publisher?: Publisher;
  /** Undefined when connected and serving; otherwise why not (for /readyz). */
  notReadyReason?(): string | undefined;
  /** Stop taking new commands, finish in-flight ones, close connections. */
  stop(): Promise<void>;
}
