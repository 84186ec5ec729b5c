// Connects the bot to Discord (or to DISCORD_API_URL's fake) and serves /summit until stopped; hands back the brief
// publisher (posting through the same client's REST queue) and its readiness for /readyz.
import { Events, Status } from 'discord.js';
import { once } from 'node:events';
import type { PlatformDeps, RunningPlatform } from '../../platform.ts';
import { createDiscordPublisher } from './brief-publisher.ts';
import { createDiscordClient } from './create-client.ts';
import { createInteractionHandler } from './handle-interaction.ts';

export async function startDiscord(deps: PlatformDeps): Promise<RunningPlatform> {
  const config = deps.config.discord;
  if (!config) throw new Error('Discord is not configured (DISCORD_TOKEN, DISCORD_APPLICATION_ID)');
  const logger = deps.logger.child({ platform: 'discord' });
  const client = createDiscordClient(config);
  const handle = createInteractionHandler({
    getPack: deps.getPack,
    logger,
    dispatcher: deps.dispatcher,
    metrics: deps.metrics,
    editorRole: config.editorRole,
  });
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
    publisher: createDiscordPublisher(client, logger),
    notReadyReason() {
      if (stopping) return 'stopped';
      if (!client.isReady()) return 'Discord gateway not connected (no READY yet)';
      // The client stays "ready" across a dropped connection while discord.js resumes it; the shard knows better.
      const down = client.ws.shards.filter((shard) => shard.status !== Status.Ready);
      return down.size > 0 ? `Discord gateway reconnecting (shard ${[...down.keys()].join(', ')})` : undefined;
    },
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}
