// Starts the real adapter (startDiscord, real discord.js) against a FakeDiscord, and stops both in the right order.
import { Writable } from 'node:stream';
import { startDiscord } from '../../src/adapters/discord/start-discord.ts';
import { loadConfig } from '../../src/config.ts';
import { createBotDispatcher, type BotServices } from '../../src/dispatch/bot-dispatcher.ts';
import { createLogger } from '../../src/log.ts';
import type { PlatformDeps, RunningPlatform } from '../../src/platform.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { FAKE_IDS, FakeDiscord, type FakeDiscordOptions } from './discord-fake.ts';

export const FAKE_TOKEN = 'fake-discord-token-0123456789';

export interface DiscordHarness {
  readonly fake: FakeDiscord;
  readonly bot: RunningPlatform;
  readonly logs: string[];
  stop(): Promise<void>;
}

/** `extra`: the brief service, metrics or another pack source, for tests that need them. */
export async function startDiscordAgainstFake(
  options: FakeDiscordOptions = {},
  extra: Partial<Pick<PlatformDeps, 'metrics' | 'getPack'> & Pick<BotServices, 'getBriefs' | 'routes'>> = {},
): Promise<DiscordHarness> {
  const fake = await new FakeDiscord(options).listen();
  const loaded = loadConfig({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APPLICATION_ID: FAKE_IDS.application,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: 'info',
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _e, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger({ level: 'info', secrets: loaded.config.secrets, destination });
  const getPack = extra.getPack ?? bundledPack;
  const dispatcher = createBotDispatcher({
    getPack,
    getBriefs: extra.getBriefs,
    routes: extra.routes,
    timezone: 'UTC',
    logger,
  });
  const bot = await startDiscord({ config: loaded.config, logger, getPack, dispatcher, metrics: extra.metrics });
  return {
    fake,
    bot,
    logs,
    // The client first: closing the fake under a live client starts a reconnect loop.
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
