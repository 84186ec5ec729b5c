// Routes each interaction: slash command, `who name:` autocomplete, or one of our buttons. Every path answers exactly
// once and within 3 seconds (it defers first where work could take longer); failures become one kind ephemeral line
// for the user and a log entry with a request id.
// https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
import type { Interaction } from 'discord.js';
import { summitCommand } from '../../../commands/summit.ts';
import type { StoryPack } from '../../core/story-pack.ts';
import { newRequestId, type Logger } from '../../log.ts';
import { BoundedMap } from './answer-view.ts';
import { nameChoices } from './autocomplete.ts';
import { isSummitCustomId } from './custom-id.ts';
import { handleButton } from './handle-button.ts';
import { handleCommand } from './handle-command.ts';
import { replyNotice } from './reply-notice.ts';

export interface InteractionContext {
  readonly getPack: () => StoryPack;
  readonly logger: Logger;
  /** Option values too long for a custom id, by key. */
  readonly longOptions: BoundedMap<Readonly<Record<string, string>>>;
  /** "messageId:page" of answers already shared, so a double click posts once. */
  readonly shared: BoundedMap<true>;
}

export function createInteractionHandler(deps: Pick<InteractionContext, 'getPack' | 'logger'>) {
  const context: InteractionContext = { ...deps, longOptions: new BoundedMap(5000), shared: new BoundedMap(5000) };
  return async function handleInteraction(interaction: Interaction): Promise<void> {
    const requestId = newRequestId();
    const logger = deps.logger.child({ requestId, interaction: interaction.id, user: interaction.user.id });
    const started = performance.now();
    try {
      if (interaction.isAutocomplete() && interaction.commandName === summitCommand.name) {
        const focused = interaction.options.getFocused(true);
        const who = interaction.options.getSubcommand(false) === 'who' && focused.name === 'name';
        await interaction.respond(who ? nameChoices(context.getPack(), String(focused.value)) : []);
      } else if (interaction.isChatInputCommand() && interaction.commandName === summitCommand.name) {
        await handleCommand(interaction, { ...context, logger });
      } else if (interaction.isButton() && isSummitCustomId(interaction.customId)) {
        await handleButton(interaction, { ...context, logger });
      } else {
        return;
      }
      logger.info({ type: interaction.type, ms: Math.round(performance.now() - started) }, 'discord interaction');
    } catch (error) {
      logger.error({ err: error }, 'discord interaction failed');
      await failKindly(interaction, requestId).catch((err: unknown) => logger.warn({ err }, 'could not tell the user'));
    }
  };
}

async function failKindly(interaction: Interaction, requestId: string): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (interaction.isRepliable()) {
    await replyNotice(interaction, `Something went wrong on my side (ref ${requestId}). Please try again.`);
  }
}
