// Inline parts -> Slack mrkdwn: text escaped (never a mention or a link), commands as code, marks in italics, an
// answer span in bold.
// https://docs.slack.dev/messaging/formatting-message-text
import type { InlinePart } from '../../core/answer-model.ts';
import { commandText, partsToPlain, renderParts, type PartStyle } from '../../core/answer-plain-text.ts';
import { chunkEscaped, escapeMrkdwn } from './escape-mrkdwn.ts';

const MRKDWN: PartStyle = {
  text: escapeMrkdwn,
  // A backtick inside would end the code span early.
  command: (command) => `\`${escapeMrkdwn(commandText(command).replace(/`/g, "'"))}\``,
  quote: (text, source) => `“${escapeMrkdwn(text)}” [${source}]`,
  // Slack bold needs a word character just inside each asterisk; other text is left plain rather than broken.
  strong: (styled) => (/^\S(?:.*\S)?$/s.test(styled) ? `*${styled}*` : styled),
};

export function partsToMrkdwn(parts: readonly InlinePart[]): string {
  return renderParts(parts, MRKDWN);
}

/** The parts as rows of at most `max` characters: rich when they fit, else plain text split at spaces. */
export function chunkParts(parts: readonly InlinePart[], max: number): string[] {
  const rich = partsToMrkdwn(parts);
  return rich.length <= max ? [rich] : chunkEscaped(partsToPlain(parts), max);
}

export function marksToMrkdwn(marks: readonly string[]): string {
  return marks.map((m) => `_[${m}]_ `).join('');
}
