// The correction form submitted: ack (the modal closes), then the decision as a review command through the
// dispatcher (which checks the editor again and writes through the pack store), and its answer replaces the review
// message at the response_url the form carried.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { newRequestId } from '../../../log.ts';
import { decisionCommand } from '../../../review/review-args.ts';
import { toBoltMessage } from '../block-kit.ts';
import { changedFields, correctionMetaSchema } from '../correction-modal.ts';
import { replyToText } from '../reply-to-command.ts';
import type { ListenerDeps } from './listener-deps.ts';

export function correctionSubmittedListener(deps: ListenerDeps) {
  return async ({ ack, body, view }: SlackViewMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const log = deps.logger.child({ requestId: newRequestId(), action: 'correction-form' });
    let meta;
    try {
      meta = correctionMetaSchema.parse(JSON.parse(view.private_metadata || 'null'));
    } catch (error) {
      return log.warn({ err: error }, 'refused a correction form without its metadata');
    }
    const set = changedFields(meta, view.state.values);
    const command = Object.keys(set).length > 0 ? decisionCommand({ id: meta.f, action: 'correct', set }) : 'review';
    try {
      const who = { user: body.user.id, channel: meta.c, team: body.team?.id, page: 0 };
      const reply = await replyToText(deps, command, who);
      if (!meta.r) return;
      // https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
      const response = await fetch(meta.r, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', replace_original: true, ...toBoltMessage(reply.message) }),
      });
      if (!response.ok) log.warn({ status: response.status }, 'the review message could not be replaced');
    } catch (error) {
      log.error({ err: error }, 'saving a correction from the form failed');
    }
  };
}
