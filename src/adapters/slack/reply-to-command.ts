// `/summit <text>` -> the message to show. `brief subscribe|unsubscribe|status` need the channel and the user, so they
// go to the brief service; everything else (`brief` previews included) goes to the core through renderCommand.
import { canManageSlackBriefs } from '../../briefs/index.ts';
import { isChannelBriefAction } from '../../core/brief/answer-brief.ts';
import { parseCommandText } from '../../core/parse-command.ts';
import { answerToBlocks } from './answer-to-blocks.ts';
import type { SlackMessage } from './block-kit.ts';
import type { ListenerDeps } from './listeners/listener-deps.ts';
import { briefsUnavailableMessage, renderCommand } from './render-command.ts';

export interface SlashCommand {
  readonly text: string;
  readonly channel_id: string;
  readonly user_id: string;
}

export interface CommandReply {
  readonly message: SlackMessage;
  /** For metrics: the subcommand asked for, or 'invalid' when the text did not parse. */
  readonly subcommand: string;
  /** For metrics: the answer's status, 'unavailable' when briefs are not running. */
  readonly status: string;
}

export function subcommandOf(text: string): string {
  const parsed = parseCommandText(text);
  return parsed.ok ? parsed.command.subcommand : 'invalid';
}

export function replyToCommand(deps: ListenerDeps, command: SlashCommand): CommandReply {
  const parsed = parseCommandText(command.text);
  const subcommand = parsed.ok ? parsed.command.subcommand : 'invalid';
  const action = parsed.ok && subcommand === 'brief' ? parsed.command.options.action?.toLowerCase() : undefined;
  if (!parsed.ok || !isChannelBriefAction(action)) {
    const page = renderCommand(deps.getPack(), command.text, 0);
    return { message: page, subcommand, status: page.status };
  }
  const briefs = deps.getBriefs?.();
  if (!briefs) return { message: briefsUnavailableMessage(), subcommand, status: 'unavailable' };
  const { time, timezone } = parsed.command.options;
  const canManage = canManageSlackBriefs(deps.briefAdmins, command.user_id);
  const context = { platform: 'slack' as const, channelId: command.channel_id, userId: command.user_id, canManage };
  const answer = briefs.handleBriefCommand(context, action, time, timezone);
  // No buttons: a replayed "subscribe" click must not change the subscription again.
  const message = answerToBlocks(answer, { command: command.text.trim(), page: 0, interactive: false });
  return { message, subcommand, status: answer.status };
}
