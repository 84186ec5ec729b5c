// Previous / Next: answer the same command again at the page the button carries and replace the message in place —
// through the response_url for an ephemeral message, chat.update for a shared one. "Run" buttons (an update post's
// "full answer") answer their command privately to the user who clicked, leaving the channel post as it is.
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from '@slack/bolt';
import { newRequestId } from '../../../log.ts';
import { type SlackMessage, toBoltMessage } from '../block-kit.ts';
import { ACTION_IDS, parseButtonValue } from '../button-value.ts';
import { replyToText } from '../reply-to-command.ts';
import { expiredButtonMessage, failureMessage } from '../slack-notices.ts';
import { actionBodySchema } from './action-body.ts';
import type { ListenerDeps } from './listener-deps.ts';

export function pageButtonsListener(deps: ListenerDeps) {
  const { logger } = deps;
  return async ({ ack, body, respond, client }: SlackActionMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const requestId = newRequestId();
    const log = logger.child({ requestId, action: 'page' });
    const parsed = actionBodySchema.safeParse(body);
    const value = parsed.success ? parseButtonValue(parsed.data.actions[0]?.value) : undefined;
    const say = async (message: SlackMessage, replace: boolean) => {
      try {
        await respond({ response_type: 'ephemeral', replace_original: replace, ...toBoltMessage(message) });
      } catch (error) {
        log.error({ err: error }, 'replying at the response_url failed');
      }
    };
    if (!parsed.success || !value) {
      log.warn({ issues: parsed.success ? undefined : parsed.error.issues }, 'refused a page button value');
      return say(expiredButtonMessage(), false);
    }
    const { channel, message, container, user, actions, team } = parsed.data;
    let page;
    try {
      const who = {
        user: user.id,
        channel: channel?.id,
        team: team?.id,
        page: value.p,
        ...(value.s ? { sharedBy: value.s } : {}),
      };
      page = (await replyToText(deps, value.c, who)).message;
    } catch (error) {
      log.error({ err: error, text: value.c }, 'answering for a page button failed');
      return say(failureMessage(requestId), false);
    }
    if (actions[0]?.action_id === ACTION_IDS.run) return say(page, false);
    if (container?.is_ephemeral !== false || !channel || !message) return say(page, true);
    try {
      await client.chat.update({ channel: channel.id, ts: message.ts, ...toBoltMessage(page) });
    } catch (error) {
      log.error({ err: error, channel: channel.id }, 'chat.update failed for a page button');
    }
  };
}
