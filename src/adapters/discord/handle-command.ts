// `/summit <subcommand> [options]`: options -> dispatcher -> embeds -> an ephemeral reply with the buttons the answer
// asks for. Translation only: who asks, where, and whether they may manage the channel (Manage Channels, from the
// member's permissions in this interaction — the command is visible to everyone, and hiding it would be no guard).
// https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import { summitCommand, type SubcommandName } from '../../../commands/summit.ts';
import type { PlatformContext } from '../../dispatch/platform-context.ts';
import type { AnswerMessage } from './answer-message.ts';
import { renderView, type ViewCommand } from './answer-view.ts';
import type { InteractionContext } from './handle-interaction.ts';
import { replyNotice } from './reply-notice.ts';
import { toDiscordJs } from './to-discord-js.ts';

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

/** What was served, for metrics: the subcommand (or "unknown") and the answer's status. */
export interface Served {
  readonly subcommand: string;
  readonly status: string;
}

/** A subcommand name fit for a metrics label: ours, or "unknown" (hostile names must not grow the label set). */
export function subcommandLabel(name: string | null | undefined): string {
  return (names as readonly string[]).includes(name ?? '') ? (name as string) : 'unknown';
}

export async function handleCommand(
  interaction: ChatInputCommandInteraction,
  ctx: InteractionContext,
): Promise<Served> {
  const parsed = optionsSchema.safeParse(interaction.options.data);
  if (!parsed.success) {
    ctx.logger.warn({ problems: parsed.error.issues }, 'unexpected /summit options');
    await replyNotice(interaction, 'I did not understand those options. Try `/summit help`.');
    return { subcommand: subcommandLabel(interaction.options.getSubcommand(false)), status: 'bad-input' };
  }
  const [sub] = parsed.data as [z.infer<typeof optionsSchema>[number]];
  const command: ViewCommand = {
    subcommand: sub.name,
    options: Object.fromEntries(sub.options.map((o) => [o.name, o.value])),
  };
  if (SLOW.has(command.subcommand)) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { answer } = await ctx.dispatcher.dispatch(command, discordContext(interaction, ctx.editorRole));
  // Page 0 always exists: every answer renders to at least one page.
  const view = renderView(answer, command, { page: 0, scope: 'ephemeral' }, ctx.longOptions, ctx.reviewButtons) as {
    message: AnswerMessage;
    status: string;
  };
  if (interaction.deferred) await interaction.editReply(toDiscordJs(view.message));
  else await interaction.reply({ ...toDiscordJs(view.message), flags: MessageFlags.Ephemeral });
  return { subcommand: command.subcommand, status: view.status };
}

/** `editorRole` (DISCORD_EDITOR_ROLE): its members review facts, as do members who may Manage Messages. */
export function discordContext(
  interaction: {
    channelId: string | null;
    user: { id: string };
    memberPermissions: { has(flag: bigint): boolean } | null;
    member?: { roles: readonly string[] | { cache: { has(id: string): boolean } } } | null;
  },
  editorRole?: string,
): PlatformContext {
  const roles = interaction.member?.roles;
  // An interaction's member lists role ids; a cached GuildMember has a role manager instead.
  const hasRole =
    editorRole !== undefined &&
    roles !== undefined &&
    ('cache' in roles ? roles.cache.has(editorRole) : roles.includes(editorRole));
  return {
    platform: 'discord',
    ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
    userId: interaction.user.id,
    canManage: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
    canReview: hasRole || (interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false),
  };
}
