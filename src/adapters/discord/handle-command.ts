// `/summit <subcommand> [options]`: options -> core -> embeds -> an ephemeral reply with Share and paging buttons.
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import { summitCommand, type SubcommandName } from '../../../commands/summit.ts';
import type { AnswerMessage } from './answer-message.ts';
import { renderView, type ViewCommand } from './answer-view.ts';
import { toDiscordJs } from './to-discord-js.ts';
import type { InteractionContext } from './handle-interaction.ts';
import { replyNotice } from './reply-notice.ts';

const names = summitCommand.subcommands.map((s) => s.name) as [SubcommandName, ...SubcommandName[]];
/** Interaction options as Discord sends them: `[{ name: 'who', options: [{ name: 'name', value: 'putin' }] }]`. */
const optionsSchema = z
  .array(
    z.object({
      name: z.enum(names),
      options: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
    }),
  )
  .length(1);

/** Subcommands whose answer may take a while (search, composing a brief): defer first, then edit. */
const SLOW: ReadonlySet<string> = new Set(['ask', 'brief']);

export async function handleCommand(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Promise<void> {
  const parsed = optionsSchema.safeParse(interaction.options.data);
  if (!parsed.success) {
    ctx.logger.warn({ problems: parsed.error.issues }, 'unexpected /summit options');
    return replyNotice(interaction, 'I did not understand those options. Try `/summit help`.');
  }
  const [sub] = parsed.data as [z.infer<typeof optionsSchema>[number]];
  const command: ViewCommand = {
    subcommand: sub.name,
    options: Object.fromEntries(sub.options.map((o) => [o.name, o.value])),
  };
  // Page 0 always exists: every answer renders to at least one page.
  const firstPage = () =>
    toDiscordJs(renderView(ctx.getPack(), command, { page: 0, scope: 'ephemeral' }, ctx.longOptions) as AnswerMessage);
  if (SLOW.has(command.subcommand)) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await interaction.editReply(firstPage());
    return;
  }
  await interaction.reply({ ...firstPage(), flags: MessageFlags.Ephemeral });
}
