// A review answer's buttons and the correction form on Discord. Confirm / Hide / Previous / Next run their review
// command and update the message in place (callback type 7). Correct… opens the form for an editor (a Discord role
// or Manage Messages) and refuses anyone else kindly; the submitted form is one review command, whose answer
// replaces the review message. Editors are checked again by the review service on every decision.
import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import { decisionCommand } from '../../review/review-args.ts';
import { renderView } from './answer-view.ts';
import { discordContext } from './handle-command.ts';
import type { InteractionContext } from './handle-interaction.ts';
import { replyNotice } from './reply-notice.ts';
import { CORRECT_PREFIX, correctionModal, MODAL_PREFIX, REVIEW_PREFIX } from './review-components.ts';
import { toDiscordJs } from './to-discord-js.ts';
import { NOT_AN_EDITOR } from '../../review/review-service.ts';

const EXPIRED = 'That review has expired. Run `/summit review` again.';

export const isReviewButton = (customId: string) =>
  customId.startsWith(REVIEW_PREFIX) || customId.startsWith(CORRECT_PREFIX);
export const isReviewModal = (customId: string) => customId.startsWith(MODAL_PREFIX);

export async function handleReviewButton(interaction: ButtonInteraction, ctx: InteractionContext): Promise<void> {
  const correcting = interaction.customId.startsWith(CORRECT_PREFIX);
  const key = interaction.customId.slice(correcting ? CORRECT_PREFIX.length : REVIEW_PREFIX.length);
  const state = ctx.reviewButtons.get(key);
  if (!state) return replyNotice(interaction, EXPIRED);
  if ('correct' in state) {
    if (!discordContext(interaction, ctx.editorRole).canReview) return replyNotice(interaction, NOT_AN_EDITOR);
    return interaction.showModal(correctionModal(state.correct, key));
  }
  await answerInPlace(interaction, ctx, state.command);
}

export async function handleCorrectionSubmit(interaction: ModalSubmitInteraction, ctx: InteractionContext) {
  const state = ctx.reviewButtons.get(interaction.customId.slice(MODAL_PREFIX.length));
  if (!state || !('correct' in state)) return replyNotice(interaction, EXPIRED);
  const set: Record<string, string> = {};
  for (const field of state.correct.fields) {
    const value = interaction.fields.fields.has(field.name)
      ? interaction.fields.getTextInputValue(field.name).trim()
      : '';
    if (value !== '' && value !== field.value) set[field.name] = value;
  }
  const command =
    Object.keys(set).length > 0 ? decisionCommand({ id: state.correct.factId, action: 'correct', set }) : 'review';
  await answerInPlace(interaction, ctx, command);
}

async function answerInPlace(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  ctx: InteractionContext,
  text: string,
): Promise<void> {
  const { answer } = await ctx.dispatcher.dispatch({ text }, discordContext(interaction, ctx.editorRole));
  const command = { subcommand: 'review' as const, options: {} };
  const view = renderView(answer, command, { page: 0, scope: 'ephemeral' }, ctx.longOptions, ctx.reviewButtons);
  if (!view) return replyNotice(interaction, EXPIRED);
  if (interaction.isButton() || interaction.isFromMessage()) await interaction.update(toDiscordJs(view.message));
  else await replyNotice(interaction, 'Saved.');
}
