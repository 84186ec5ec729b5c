// A Slack payload -> the dispatcher -> the page to show. Translation only: who asks, where, and whether they may
// manage the channel (SLACK_BRIEF_ADMINS); what to answer is the dispatcher's business.
import { canManageSlackBriefs } from '../../briefs/index.ts';
import type { Dispatched } from '../../dispatch/dispatcher.ts';
import type { PlatformContext } from '../../dispatch/platform-context.ts';
import type { SlackPage } from './answer-to-blocks.ts';
import type { ListenerDeps } from './listeners/listener-deps.ts';
import { renderedPage } from './page-memo.ts';

export interface SlashCommand {
  readonly text: string;
  readonly channel_id: string;
  readonly user_id: string;
  /** The workspace; Slack always sends it, tests of old payloads may not. */
  readonly team_id?: string;
}

export interface CommandReply {
  readonly message: SlackPage;
  /** For metrics: the subcommand asked for, or 'invalid' when the text did not parse. */
  readonly subcommand: string;
  /** For metrics: the answer's status. */
  readonly status: string;
}

export function slackContext(
  deps: ListenerDeps,
  user: string,
  channel: string | undefined,
  team?: string,
): PlatformContext {
  const canManage = canManageSlackBriefs(deps.briefAdmins, user);
  return {
    platform: 'slack',
    userId: user,
    ...(channel ? { channelId: channel } : {}),
    ...(team ? { workspaceId: team } : {}),
    canManage,
  };
}

/** The page `page` of the answer to `text`, as `user` sees it (sharedBy: as posted publicly by that user). */
export async function replyToText(
  deps: ListenerDeps,
  text: string,
  who: { user: string; channel: string | undefined; team?: string | undefined; page: number; sharedBy?: string },
): Promise<CommandReply> {
  const context = slackContext(deps, who.user, who.channel, who.team);
  // Only review asks who is an editor: for a user group that may be a Web API call, which no other command should pay.
  const canReview = /^\s*review\b/i.test(text) && deps.isEditor ? await deps.isEditor(who.user) : false;
  const dispatched: Dispatched = await deps.dispatcher.dispatch({ text }, { ...context, canReview });
  const message = renderedPage(dispatched.answer, { command: text.trim(), page: who.page, sharedBy: who.sharedBy });
  return { message, subcommand: dispatched.subcommand, status: dispatched.answer.status };
}

export function replyToCommand(deps: ListenerDeps, command: SlashCommand): Promise<CommandReply> {
  const { user_id: user, channel_id: channel, team_id: team } = command;
  return replyToText(deps, command.text, { user, channel, team, page: 0 });
}
