// Inline parts -> Slack mrkdwn: text escaped (never a mention or a link), commands as code, marks in italics.
// https://docs.slack.dev/messaging/formatting-message-text
import type { InlinePart } from '../../core/answer-model.ts';
import { commandText, partsToPlain } from '../../core/answer-plain-text.ts';
import { chunkEscaped, escapeMrkdwn } from './escape-mrkdwn.ts';

export function partsToMrkdwn(parts: readonly InlinePart[]): string {
  return parts
    .map((part) => {
      switch (part.type) {
        case 'text':
          return escapeMrkdwn(part.text);
        case 'command':
          // A backtick inside would end the code span early.
          return `\`${escapeMrkdwn(commandText(part.command).replace(/`/g, "'"))}\``;
        case 'person':
          return escapeMrkdwn(part.name);
        case 'date':
          return escapeMrkdwn(part.label);
        case 'quote':
          return `“${escapeMrkdwn(part.text)}” [${part.source}]`;
      }
    })
    .join('');
}

/** The parts as rows of at most `max` characters: rich when they fit, else plain text split at spaces. */
export function chunkParts(parts: readonly InlinePart[], max: number): string[] {
  const rich = partsToMrkdwn(parts);
  return rich.length <= max ? [rich] : chunkEscaped(partsToPlain(parts), max);
}

export function marksToMrkdwn(marks: readonly string[]): string {
  return marks.map((m) => `_[${m}]_ `).join('');
}
