// Connects the bot to Discord (or to DISCORD_API_URL's fake) and serves /summit until stopped.
import { Events } from 'discord.js';
import { once } from 'node:events';
import type { PlatformDeps, RunningPlatform } from '../../platform.ts';
import { createDiscordClient } from './create-client.ts';
import { createInteractionHandler } from './handle-interaction.ts';

export async function startDiscord(deps: PlatformDeps): Promise<RunningPlatform> {
  const config = deps.config.discord;
  if (!config) throw new Error('Discord is not configured (DISCORD_TOKEN, DISCORD_APPLICATION_ID)');
  const logger = deps.logger.child({ platform: 'discord' });
  const client = createDiscordClient(config);
  const handle = createInteractionHandler({ getPack: deps.getPack, logger });
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  client.on(Events.InteractionCreate, (interaction) => {
    if (stopping) return;
    const work = handle(interaction).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord connected');

  return {
    name: 'discord',
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}
