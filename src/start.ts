// The composition root for `npm start`: config, pack and logger, then every configured platform; with none
// configured, the terminal prompt.
import { startDiscord } from './adapters/discord/start-discord.ts';
import { startSlack } from './adapters/slack/start-slack.ts';
import { runPrompt } from './adapters/terminal/prompt.ts';
import { loadConfigFromProcess } from './config.ts';
import { loadPack } from './core/load-pack.ts';
import { formatProblem } from './core/pack-problem.ts';
import { createLogger } from './log.ts';
import type { PlatformDeps, RunningPlatform } from './platform.ts';

export interface StartIo {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly error: NodeJS.WritableStream;
}

export async function startBot(options: { storyDir?: string }, io: StartIo): Promise<number> {
  const configured = loadConfigFromProcess(options);
  if (!configured.ok) {
    io.error.write(`Invalid environment variables:\n${configured.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 2;
  }
  const { config } = configured;
  const loaded = loadPack(config.storyDir);
  if (!loaded.ok) {
    io.error.write(`The story pack in ${config.storyDir} has problems:\n`);
    io.error.write(`${loaded.problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}\n`);
    return 2;
  }
  const pack = loaded.pack;
  if (!config.slack && !config.discord) return runPrompt(pack, io);

  const logger = createLogger({ level: config.logLevel, secrets: config.secrets });
  const deps: PlatformDeps = { config, logger, getPack: () => pack };
  const running: RunningPlatform[] = [];
  try {
    if (config.slack) running.push(await startSlack(deps));
    if (config.discord) running.push(await startDiscord(deps));
  } catch (error) {
    logger.fatal({ err: error }, 'a platform failed to start');
    await Promise.allSettled(running.map((p) => p.stop()));
    return 2;
  }
  logger.info({ platforms: running.map((p) => p.name), story: config.storyDir }, 'summit bot running');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  logger.info('shutting down');
  await Promise.allSettled(running.map((p) => p.stop()));
  return 0;
}
