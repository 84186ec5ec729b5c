// What the composition root hands each platform adapter, and what it gets back to stop it.
import type { Config } from './config.ts';
import type { StoryPack } from './core/story-pack.ts';
import type { Logger } from './log.ts';

export interface PlatformDeps {
  readonly config: Config;
  readonly logger: Logger;
  /** The pack currently serving; a function because the pack can be reloaded while the bot runs. */
  readonly getPack: () => StoryPack;
}

export interface RunningPlatform {
  readonly name: string;
  /** Stop taking new commands, finish in-flight ones, close connections. */
  stop(): Promise<void>;
}
