// Routes each interaction: slash command, `who name:` autocomplete, or a button. Every path answers exactly once and
// within 3 seconds (it defers first where work could take longer); anything unexpected — another command name, a
// button that is not ours, a command from a server where it was never registered — gets one kind ephemeral line, and
// failures become such a line for the user and a log entry with a request id.
// https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
import type { Interaction } from 'discord.js';
import { summitCommand } from '../../../commands/summit.ts';
import type { StoryPack } from '../../core/story-pack.ts';
import type { Dispatcher } from '../../dispatch/dispatcher.ts';
import { newRequestId, type Logger } from '../../log.ts';
import type { Metrics } from '../../ops/metrics.ts';
import { BoundedMap } from './answer-view.ts';
import { nameChoices } from './autocomplete.ts';
import { handleButton } from './handle-button.ts';
import { handleCommand, subcommandLabel, type Served } from './handle-command.ts';
import { handleCorrectionSubmit, handleReviewButton, isReviewButton, isReviewModal } from './handle-review.ts';
import type { ReviewButtonState } from './review-components.ts';
import { replyNotice } from './reply-notice.ts';

export interface InteractionContext {
  /** For `who name:` autocomplete, which suggests names as they are typed. */
  readonly getPack: () => StoryPack;
  readonly logger: Logger;
  /** Every command and button goes through it. */
  readonly dispatcher: Dispatcher;
  /** Option values too long for a custom id, by key. */
  readonly longOptions: BoundedMap<Readonly<Record<string, string>>>;
  /** "messageId:page" of answers already shared, so a double click posts once. */
  readonly shared: BoundedMap<true>;
  /** A review answer's buttons: their command, or the fact a Correct… form edits, by key. */
  readonly reviewButtons: BoundedMap<ReviewButtonState>;
  /** DISCORD_EDITOR_ROLE: members with it review facts (as do those who may Manage Messages). */
  readonly editorRole?: string;
}

export interface InteractionHandlerDeps extends Pick<
  InteractionContext,
  'getPack' | 'logger' | 'dispatcher' | 'editorRole'
> {
  readonly metrics?: Metrics;
}

export function createInteractionHandler(deps: InteractionHandlerDeps) {
  const context: InteractionContext = {
    getPack: deps.getPack,
    logger: deps.logger,
    dispatcher: deps.dispatcher,
    longOptions: new BoundedMap(5000),
    shared: new BoundedMap(5000),
    reviewButtons: new BoundedMap(5000),
    ...(deps.editorRole ? { editorRole: deps.editorRole } : {}),
  };
  return async function handleInteraction(interaction: Interaction): Promise<void> {
    const requestId = newRequestId();
    const logger = deps.logger.child({ requestId, interaction: interaction.id, user: interaction.user.id });
    const started = performance.now();
    let served: Served | undefined;
    try {
      if (interaction.isAutocomplete()) {
        const focused = interaction.options.getFocused(true);
        const who =
          interaction.commandName === summitCommand.name &&
          interaction.options.getSubcommand(false) === 'who' &&
          focused.name === 'name';
        await interaction.respond(who ? nameChoices(context.getPack(), String(focused.value)) : []);
      } else if (interaction.isChatInputCommand()) {
        if (interaction.commandName === summitCommand.name) {
          served = await handleCommand(interaction, { ...context, logger });
        } else {
          served = { subcommand: 'unknown', status: 'bad-input' };
          await replyNotice(interaction, 'I only answer `/summit`. Try `/summit help`.');
        }
      } else if (interaction.isButton() && isReviewButton(interaction.customId)) {
        await handleReviewButton(interaction, { ...context, logger });
      } else if (interaction.isButton()) {
        // Only our messages carry our buttons, so any other id was tampered with: handleButton answers it kindly.
        await handleButton(interaction, { ...context, logger });
      } else if (interaction.isModalSubmit() && isReviewModal(interaction.customId)) {
        await handleCorrectionSubmit(interaction, { ...context, logger });
      } else {
        return;
      }
      logger.info({ type: interaction.type, ms: Math.round(performance.now() - started) }, 'discord interaction');
    } catch (error) {
      logger.error({ err: error }, 'discord interaction failed');
      if (interaction.isChatInputCommand()) {
        served = { subcommand: subcommandLabel(interaction.options.getSubcommand(false)), status: 'error' };
      }
      await failKindly(interaction, requestId).catch((err: unknown) => logger.warn({ err }, 'could not tell the user'));
    } finally {
      if (served)
        deps.metrics?.commandServed('discord', served.subcommand, (performance.now() - started) / 1000, served.status);
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
