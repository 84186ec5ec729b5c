// Our buttons: Previous/Next update the message in place; "Share in channel" posts the page publicly, attributed to
// the sharer without pinging them, then marks the private copy as shared. The state comes from the custom id, parsed
// with zod; a tampered or expired id gets a kind ephemeral line.
import { Routes, type ButtonInteraction } from 'discord.js';
import { NO_PICTURE, pictureOfAnswer, type TimelinePicture } from '../../picture/timeline-picture.ts';
import { NO_MENTIONS } from './answer-message.ts';
import { renderView, type ViewCommand } from './answer-view.ts';
import { decodeCustomId } from './custom-id.ts';
import { clip, DISCORD_LIMITS } from './discord-limits.ts';
import { discordContext } from './handle-command.ts';
import type { InteractionContext } from './handle-interaction.ts';
import { replyNotice } from './reply-notice.ts';
import { toDiscordJs } from './to-discord-js.ts';

const RUN_AGAIN = 'Run `/summit` again for a fresh answer.';

export async function handleButton(interaction: ButtonInteraction, ctx: InteractionContext): Promise<void> {
  const decoded = decodeCustomId(interaction.customId);
  if (!decoded.ok) {
    ctx.logger.warn({ customId: interaction.customId.slice(0, 200), problem: decoded.problem }, 'bad custom id');
    return replyNotice(interaction, `That button is not one I can read. ${RUN_AGAIN}`);
  }
  const { state } = decoded;
  const options = state.ref ? ctx.longOptions.get(state.options.ref ?? '') : state.options;
  if (!options) return replyNotice(interaction, `That answer has expired. ${RUN_AGAIN}`);
  const command: ViewCommand = { subcommand: state.subcommand, options };
  const { answer } = await ctx.dispatcher.dispatch(command, discordContext(interaction));

  if (state.action === 'picture') {
    // The chart the answer offers, drawn to a PNG and attached to a reply in the channel, with its text alternative.
    const picture = pictureOfAnswer(answer);
    if (!picture) return replyNotice(interaction, NO_PICTURE);
    await interaction.reply(pictureMessage(picture));
    return;
  }

  if (state.action !== 'share') {
    const scope = state.action === 'page' ? 'ephemeral' : 'channel';
    const view = renderView(answer, command, { page: state.page, scope }, ctx.longOptions);
    if (!view) return replyNotice(interaction, `That page no longer exists. ${RUN_AGAIN}`);
    // Update in place (callback type 7); a second click on the same button just shows the same page again.
    await interaction.update(toDiscordJs(view.message));
    return;
  }

  const sharedKey = `${interaction.message.id}:${state.page}`;
  if (ctx.shared.get(sharedKey)) return replyNotice(interaction, 'Already shared in this channel.');
  const publicMessage = renderView(answer, command, { page: state.page, scope: 'channel' }, ctx.longOptions)?.message;
  if (!publicMessage) return replyNotice(interaction, `That page no longer exists. ${RUN_AGAIN}`);
  ctx.shared.set(sharedKey, true);
  // Posting takes a REST round trip: acknowledge the click first (type 6), then post, then edit the private copy.
  await interaction.deferUpdate();
  try {
    await interaction.client.rest.post(Routes.channelMessages(interaction.channelId), {
      body: { ...publicMessage, content: `Shared by <@${interaction.user.id}>`, allowed_mentions: NO_MENTIONS },
    });
  } catch (error) {
    ctx.shared.delete(sharedKey);
    ctx.logger.warn({ err: error, channel: interaction.channelId }, 'could not share in channel');
    const text = 'I could not post in this channel. A server admin can give me Send Messages and Embed Links here.';
    return replyNotice(interaction, text);
  }
  const own = renderView(answer, command, { page: state.page, scope: 'ephemeral', shared: true }, ctx.longOptions);
  if (own) await interaction.editReply(toDiscordJs(own.message));
}

/** The picture as a Discord reply: its caption as the message, the PNG attached with its text alternative. */
export function pictureMessage(picture: TimelinePicture) {
  return {
    content: clip(picture.caption, DISCORD_LIMITS.content),
    allowedMentions: NO_MENTIONS,
    files: [
      {
        attachment: picture.png,
        name: picture.fileName,
        description: clip(picture.alt, DISCORD_LIMITS.attachmentDescription),
      },
    ],
  };
}
