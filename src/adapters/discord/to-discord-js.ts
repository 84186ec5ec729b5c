// Our messages are built as raw API bodies (snake_case, what reaches Discord and what tests assert); discord.js's
// reply/update/edit methods take the same embeds and components but spell allowed mentions `allowedMentions`.
import type { AnswerMessage } from './answer-message.ts';

export function toDiscordJs(message: AnswerMessage) {
  const { allowed_mentions, ...rest } = message;
  return { ...rest, allowedMentions: allowed_mentions };
}
