// The one kind line a user sees when something cannot be done: always ephemeral, never pinging.
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { noticeMessage } from './answer-message.ts';

/** An ephemeral one-liner, as the first response or as a follow-up when the interaction was already answered. */
export async function replyNotice(interaction: RepliableInteraction, text: string): Promise<void> {
  const { content, allowed_mentions } = noticeMessage(text);
  const options = { content, allowedMentions: allowed_mentions, flags: MessageFlags.Ephemeral } as const;
  if (interaction.deferred || interaction.replied) await interaction.followUp(options);
  else await interaction.reply(options);
}
