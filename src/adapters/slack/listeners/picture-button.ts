// "Show as picture": answer the button's command again, draw the chart its answer offers and upload the PNG to the
// channel (upload-picture.ts), with the picture's text alternative. The click is acknowledged first; a failure is
// logged and told to the user privately.
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from '@slack/bolt';
import { newRequestId } from '../../../log.ts';
import { NO_PICTURE, pictureOfAnswer } from '../../../picture/timeline-picture.ts';
import { parseButtonValue } from '../button-value.ts';
import type { SlackMessage } from '../block-kit.ts';
import { expiredButtonMessage } from '../slack-notices.ts';
import { slackContext } from '../reply-to-command.ts';
import { uploadPicture } from '../upload-picture.ts';
import { actionBodySchema } from './action-body.ts';
import type { ListenerDeps } from './listener-deps.ts';

export function pictureButtonListener(deps: ListenerDeps) {
  return async ({ ack, body, respond, client }: SlackActionMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const log = deps.logger.child({ requestId: newRequestId(), action: 'picture' });
    const parsed = actionBodySchema.safeParse(body);
    const value = parsed.success ? parseButtonValue(parsed.data.actions[0]?.value) : undefined;
    const channel = parsed.success ? parsed.data.channel?.id : undefined;
    const tell = (message: Pick<SlackMessage, 'text'> & Partial<SlackMessage>) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message }).catch((err: unknown) =>
        log.error({ err }, 'replying at the response_url failed'),
      );
    if (!parsed.success || !value || !channel) {
      log.warn('refused a picture button without a command or channel');
      return void (await tell(expiredButtonMessage()));
    }
    try {
      const context = slackContext(deps, parsed.data.user.id, channel, parsed.data.team?.id);
      const { answer } = await deps.dispatcher.dispatch({ text: value.c }, context);
      const picture = pictureOfAnswer(answer);
      if (!picture) return void (await tell({ text: NO_PICTURE }));
      await uploadPicture(client, channel, picture);
    } catch (error) {
      log.error({ err: error, channel }, 'uploading the timeline picture failed');
      await tell({
        text: 'The picture could not be posted here (is the bot in this channel?). The text timeline has it all.',
      });
    }
  };
}
