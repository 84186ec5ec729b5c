// `/summit <text>`: the answer goes in the acknowledgement itself (Slack's "immediate response"; in Socket Mode it
// rides in the envelope ack). Rendering takes well under a millisecond, far inside Slack's 3 s, and it saves one
// outbound POST to the response_url per command — which had dominated the app's CPU time.
// https://docs.slack.dev/interactivity/implementing-slash-commands#responding_immediate_response
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { newRequestId } from '../../../log.ts';
import { toBoltMessage } from '../block-kit.ts';
import { ephemeralAckText } from '../json-ack.ts';
import { failureMessage } from '../render-command.ts';
import { type CommandReply, replyToCommand, subcommandOf } from '../reply-to-command.ts';
import type { ListenerDeps } from './listener-deps.ts';

export function summitCommandListener(deps: ListenerDeps) {
  return async ({ ack, command }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const started = performance.now();
    let reply: CommandReply;
    try {
      reply = replyToCommand(deps, command);
    } catch (error) {
      const requestId = newRequestId();
      const context = { requestId, user: command.user_id, channel: command.channel_id };
      deps.logger.error({ ...context, err: error, text: command.text }, 'answering /summit failed');
      reply = { message: failureMessage(requestId), subcommand: subcommandOf(command.text), status: 'error' };
    }
    // HTTP mode: the same JSON, serialised once per page (json-ack.ts); Socket Mode: an object for the envelope ack.
    await ack(
      deps.ackAsJsonText
        ? ephemeralAckText(reply.message)
        : { response_type: 'ephemeral', ...toBoltMessage(reply.message) },
    );
    deps.metrics?.commandServed('slack', reply.subcommand, (performance.now() - started) / 1000, reply.status);
  };
}
