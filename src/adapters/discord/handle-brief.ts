// `/summit brief subscribe|unsubscribe|status`: a channel's daily brief, through the brief service. Subscribing and
// unsubscribing need Manage Channels, checked here from the member's permissions in this interaction (the command is
// visible to everyone, and hiding it would be no guard anyway).
// https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { AnswerStatus } from '../../core/answer-model.ts';
import { NO_MENTIONS, noticeMessage, type AnswerMessage } from './answer-message.ts';
import { answerToEmbeds } from './answer-to-embeds.ts';
import type { InteractionContext } from './handle-interaction.ts';

export type BriefReply =
  | { readonly message: AnswerMessage; readonly status: AnswerStatus }
  | { readonly notice: ReturnType<typeof noticeMessage>; readonly status: 'unavailable' };

export function briefActionReply(
  interaction: ChatInputCommandInteraction,
  ctx: InteractionContext,
  options: Readonly<Record<string, string>>,
): BriefReply {
  const service = ctx.getBriefs?.();
  if (!service) {
    const text = 'Daily briefs are not available right now (the bot has no brief database). Please try again later.';
    return { notice: noticeMessage(text), status: 'unavailable' };
  }
  const canManage = interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false;
  const answer = service.handleBriefCommand(
    { platform: 'discord', channelId: interaction.channelId, userId: interaction.user.id, canManage },
    options.action,
    options.time,
    options.timezone,
  );
  // The service's answers are a title and a summary, without sections: always one page, so no paging buttons.
  return {
    message: { embeds: answerToEmbeds(answer), components: [], allowed_mentions: NO_MENTIONS },
    status: answer.status,
  };
}
