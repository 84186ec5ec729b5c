// `/summit <text>`: ack at once (Slack allows 3 s), then answer ephemerally at the response_url.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { newRequestId } from '../../../log.ts';
import { toBoltMessage } from '../block-kit.ts';
import { failureMessage, renderCommand } from '../render-command.ts';
import type { ListenerDeps } from './listener-deps.ts';

export function summitCommandListener({ getPack, logger }: ListenerDeps) {
  return async ({ ack, command, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const requestId = newRequestId();
    const log = logger.child({ requestId, user: command.user_id, channel: command.channel_id });
    let message;
    try {
      message = renderCommand(getPack(), command.text, 0);
    } catch (error) {
      log.error({ err: error, text: command.text }, 'answering /summit failed');
      message = failureMessage(requestId);
    }
    try {
      await respond({ response_type: 'ephemeral', ...toBoltMessage(message) });
    } catch (error) {
      log.error({ err: error }, 'posting the /summit answer to the response_url failed');
    }
  };
}
