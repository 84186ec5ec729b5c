// The adapter's only route into the core: command text -> answerText -> answerToBlocks. No business logic here.
import { answerText } from '../../core/answer.ts';
import type { AnswerStatus } from '../../core/answer-model.ts';
import type { StoryPack } from '../../core/story-pack.ts';
import { answerToBlocks, type SlackPage } from './answer-to-blocks.ts';
import { type SlackMessage, mrkdwn } from './block-kit.ts';

/**
 * Rendered pages are kept briefly per pack: the same command (a busy channel asking `who putin`, a Next click) is
 * answered without redoing the work. Short-lived so time-dependent answers stay fresh; a reloaded pack is a new key.
 */
const CACHE_TTL_MS = 10_000;
const CACHE_MAX = 200;
const cache = new WeakMap<StoryPack, Map<string, { at: number; page: CommandPage }>>();

/** A rendered page and how the core judged the command (for metrics). */
export interface CommandPage extends SlackPage {
  readonly status: AnswerStatus;
}

export function renderCommand(pack: StoryPack, text: string, page: number, sharedBy?: string): CommandPage {
  const key = `${page}\u0000${sharedBy ?? ''}\u0000${text}`;
  const now = Date.now();
  let entries = cache.get(pack);
  const hit = entries?.get(key);
  if (hit && now - hit.at < CACHE_TTL_MS) return hit.page;
  const answer = answerText(pack, text);
  const rendered = { ...answerToBlocks(answer, { command: text.trim(), page, sharedBy }), status: answer.status };
  if (!entries) cache.set(pack, (entries = new Map()));
  entries.delete(key);
  entries.set(key, { at: now, page: rendered });
  // Map keeps insertion order: the first key is the oldest.
  if (entries.size > CACHE_MAX) entries.delete(entries.keys().next().value!);
  return rendered;
}

/** What the user sees when the core fails: kind, short, and the id that finds the details in the log. */
export function failureMessage(requestId: string): SlackMessage {
  const text = `Sorry, something went wrong while answering. Please try again; if it keeps happening, tell the desk team (request id ${requestId}).`;
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

export function briefsUnavailableMessage(): SlackMessage {
  const text =
    'Daily brief subscriptions are unavailable right now. Previews still work: `/summit brief`. Please try again later.';
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
