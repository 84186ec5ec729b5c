// commands/summit.ts -> the registration JSON Discord expects: one chat-input command with a subcommand per
// definition entry and a string option per option. Derived, never written by hand, so every front end agrees.
// https://discord.com/developers/docs/interactions/application-commands#application-command-object
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition, OptionDefinition } from '../../../commands/summit.ts';
import { DISCORD_LIMITS as L } from './discord-limits.ts';

export function commandToDiscordData(command: CommandDefinition): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: checked(command.name, L.commandName, 'command name'),
    description: checked(command.description, L.commandDescription, `/${command.name} description`),
    // Installed to servers and used there: sharing posts in the channel, and the bot holds only the Guilds intent.
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild],
    options: command.subcommands.map((sub) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: checked(sub.name, L.commandName, 'subcommand name'),
      description: checked(sub.description, L.commandDescription, `${sub.name} description`),
      options: sub.options.map((option) => optionData(sub.name, option)),
    })),
  };
}

function optionData(subcommand: string, option: OptionDefinition) {
  const base = {
    type: ApplicationCommandOptionType.String as const,
    name: checked(option.name, L.commandName, `${subcommand} option name`),
    description: checked(option.description, L.commandDescription, `${subcommand} ${option.name} description`),
    required: option.required,
    max_length: option.maxLength,
  };
  if (option.choices) return { ...base, choices: option.choices.map((c) => ({ name: c, value: c })) };
  return option.autocomplete ? { ...base, autocomplete: true } : base;
}

/** A definition Discord would refuse is a programming error: fail loudly at registration, never truncate. */
function checked(text: string, max: number, what: string): string {
  if (text.length === 0 || text.length > max) {
    throw new Error(`${what} is ${text.length} characters; Discord accepts 1-${max}: "${text}"`);
  }
  return text;
}
