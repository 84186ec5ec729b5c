// `/summit <text>`: the answer goes in the acknowledgement itself (Slack's "immediate response"; in Socket Mode it
// rides in the envelope ack). Answering takes well under a millisecond, far inside Slack's 3 s, and it saves one
// outbound POST to the response_url per command — which had dominated the app's CPU time.
// https://docs.slack.dev/interactivity/implementing-slash-commands#responding_immediate_response
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { newRequestId } from '../../../log.ts';
import { toBoltMessage } from '../block-kit.ts';
import { ephemeralAckText } from '../json-ack.ts';
import { type CommandReply, replyToCommand } from '../reply-to-command.ts';
import { failureMessage } from '../slack-notices.ts';
import type { ListenerDeps } from './listener-deps.ts';

export function summitCommandListener(deps: ListenerDeps) {
  return async ({ ack, command }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const started = performance.now();
    let reply: Pick<CommandReply, 'subcommand' | 'status'> & {
      message: CommandReply['message'] | ReturnType<typeof failureMessage>;
    };
    try {
      reply = await replyToCommand(deps, command);
    } catch (error) {
      // The dispatcher turns its own failures into an answer; this catches a renderer that threw.
      const requestId = newRequestId();
      const context = { requestId, user: command.user_id, channel: command.channel_id };
      deps.logger.error({ ...context, err: error, text: command.text }, 'rendering /summit failed');
      reply = { message: failureMessage(requestId), subcommand: 'unknown', status: 'failed' };
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
