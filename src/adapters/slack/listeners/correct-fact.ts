// Correct… on a review answer: an editor gets the correction form (views.open, within the click's trigger_id's 3 s);
// anyone else is told kindly that reviewing is for editors, and no form opens.
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { newRequestId } from '../../../log.ts';
import { parseCorrectValue } from '../correct-value.ts';
import { correctionModal } from '../correction-modal.ts';
import { expiredButtonMessage } from '../slack-notices.ts';
import { actionBodySchema } from './action-body.ts';
import type { ListenerDeps } from './listener-deps.ts';
import { NOT_AN_EDITOR } from '../../../review/review-service.ts';

const bodySchema = actionBodySchema.extend({ trigger_id: z.string(), response_url: z.string().url().optional() });

export function correctFactListener(deps: ListenerDeps) {
  return async ({ ack, body, client, respond }: SlackActionMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const log = deps.logger.child({ requestId: newRequestId(), action: 'correct' });
    const parsed = bodySchema.safeParse(body);
    const value = parsed.success ? parseCorrectValue(parsed.data.actions[0]?.value) : undefined;
    try {
      if (!parsed.success || !value) {
        log.warn('refused a Correct button value');
        return void (await respond({ response_type: 'ephemeral', replace_original: false, ...expiredButtonMessage() }));
      }
      const { user, channel, trigger_id: triggerId, response_url: responseUrl } = parsed.data;
      if (!(await deps.isEditor?.(user.id))) {
        return void (await respond({ response_type: 'ephemeral', replace_original: false, text: NOT_AN_EDITOR }));
      }
      await client.views.open({
        trigger_id: triggerId,
        view: correctionModal(value, { channel: channel?.id, responseUrl }),
      });
    } catch (error) {
      log.error({ err: error }, 'opening the correction form failed');
    }
  };
}
