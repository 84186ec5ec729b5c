// Registers /summit: guild-scoped when a guild id is configured (instant), global otherwise (up to an hour to show).
// A bulk-overwrite PUT, so running it twice leaves the same commands, never duplicates.
// https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
import { Routes, type REST } from 'discord.js';
import { summitCommand } from '../../../commands/summit.ts';
import type { DiscordConfig } from '../../config.ts';
import { commandToDiscordData } from './command-data.ts';

export interface Registration {
  readonly scope: 'guild' | 'global';
  readonly names: readonly string[];
}

export async function registerCommands(rest: REST, config: DiscordConfig): Promise<Registration> {
  const body = [commandToDiscordData(summitCommand)];
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return { scope: config.guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
}
