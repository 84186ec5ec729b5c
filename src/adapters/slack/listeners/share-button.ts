// "Share in channel": posts the page the user is looking at publicly, attributed to them; their ephemeral copy stays.
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from '@slack/bolt';
import { newRequestId } from '../../../log.ts';
import { type SlackMessage, toBoltMessage } from '../block-kit.ts';
import { parseButtonValue } from '../button-value.ts';
import { replyToText } from '../reply-to-command.ts';
import { expiredButtonMessage, failureMessage, shareFailedMessage } from '../slack-notices.ts';
import { SLACK_USER_ID } from '../escape-mrkdwn.ts';
import { actionBodySchema } from './action-body.ts';
import type { ListenerDeps } from './listener-deps.ts';

export function shareButtonListener(deps: ListenerDeps) {
  const { logger } = deps;
  return async ({ ack, body, respond, client }: SlackActionMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const requestId = newRequestId();
    const parsed = actionBodySchema.safeParse(body);
    const value = parsed.success ? parseButtonValue(parsed.data.actions[0]?.value) : undefined;
    const log = logger.child({ requestId, action: 'share' });
    const reply = async (message: SlackMessage) => {
      try {
        await respond({ response_type: 'ephemeral', replace_original: false, ...toBoltMessage(message) });
      } catch (error) {
        log.error({ err: error }, 'replying at the response_url failed');
      }
    };
    const user = parsed.success ? parsed.data.user.id : '';
    const channel = parsed.success ? parsed.data.channel?.id : undefined;
    if (!value || !channel || !SLACK_USER_ID.test(user)) {
      log.warn({ issues: parsed.success ? undefined : parsed.error.issues }, 'refused a share button value');
      return reply(expiredButtonMessage());
    }
    let page;
    try {
      const team = parsed.success ? parsed.data.team?.id : undefined;
      page = (await replyToText(deps, value.c, { user, channel, team, page: value.p, sharedBy: user })).message;
    } catch (error) {
      log.error({ err: error, text: value.c }, 'answering for a share failed');
      return reply(failureMessage(requestId));
    }
    try {
      await client.chat.postMessage({ channel, ...toBoltMessage(page) });
      log.info({ channel, user, page: page.page }, 'shared an answer in the channel');
    } catch (error) {
      log.error({ err: error, channel }, 'chat.postMessage failed for a share');
      await reply(shareFailedMessage(requestId));
    }
  };
}
