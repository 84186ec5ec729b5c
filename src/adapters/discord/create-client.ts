// The discord.js client as this bot uses it: the Guilds intent only (slash commands need no privileged intents),
// nothing it sends can ping, and the REST base URL can point at a fake for tests.
import { Client, GatewayIntentBits, REST } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import { NO_MENTIONS } from './answer-message.ts';

/** discord.js appends "/v10" to `api`; the gateway URL then comes from GET /gateway/bot on that API. */
function restOptions(config: Pick<DiscordConfig, 'apiUrl'>) {
  return config.apiUrl ? { api: config.apiUrl.replace(/\/+$/, '') } : {};
}

export function createDiscordClient(config: DiscordConfig): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: NO_MENTIONS, rest: restOptions(config) });
}

export function createDiscordRest(config: DiscordConfig): REST {
  return new REST(restOptions(config)).setToken(config.token);
}
