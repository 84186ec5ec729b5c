// The adapter's only route into the core: command text -> answerText -> answerToBlocks. No business logic here.
import { answerText } from '../../core/answer.ts';
import type { StoryPack } from '../../core/story-pack.ts';
import { answerToBlocks, type SlackPage } from './answer-to-blocks.ts';
import { type SlackMessage, mrkdwn } from './block-kit.ts';

export function renderCommand(pack: StoryPack, text: string, page: number, sharedBy?: string): SlackPage {
  return answerToBlocks(answerText(pack, text), { command: text.trim(), page, sharedBy });
}

/** What the user sees when the core fails: kind, short, and the id that finds the details in the log. */
export function failureMessage(requestId: string): SlackMessage {
  const text = `Sorry, something went wrong while answering. Please try again; if it keeps happening, tell the desk team (request id ${requestId}).`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

export function expiredButtonMessage(): SlackMessage {
  const text = 'That button no longer works. Please run the command again, for example `/summit help`.';
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

export function shareFailedMessage(requestId: string): SlackMessage {
  const text = `I could not post in this channel. Invite me with \`/invite @summit desk\` and try again (request id ${requestId}).`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
