// Slack-only notices: a button we can no longer read, a channel we may not post in, and a failure while rendering.
// Answers themselves come from the dispatcher; these are about Slack itself.
import { failedAnswer } from '../../dispatch/notices.ts';
import { answerToBlocks } from './answer-to-blocks.ts';
import { type SlackMessage, mrkdwn } from './block-kit.ts';

/** What the user sees when rendering fails: the same failure answer as every front end, with the request id. */
export function failureMessage(requestId: string): SlackMessage {
  return answerToBlocks(failedAnswer(requestId), { command: '', page: 0 });
}

export function expiredButtonMessage(): SlackMessage {
  const text = 'That button no longer works. Please run the command again, for example `/summit help`.';
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

export function shareFailedMessage(requestId: string): SlackMessage {
  const text = `I could not post in this channel. Invite me with \`/invite @summit desk\` and try again (request id ${requestId}).`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
