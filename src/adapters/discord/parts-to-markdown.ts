// Inline parts -> Discord markdown: text escaped (no formatting, no mass mentions), commands as inline code, an
// answer span in bold.
// https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline
import type { InlinePart } from '../../core/answer-model.ts';
import { commandText, renderParts, type PartStyle } from '../../core/answer-plain-text.ts';
import { escapeMarkdown, neutraliseMassMentions } from './escape-markdown.ts';

const MARKDOWN: PartStyle = {
  text: escapeMarkdown,
  // Inside a code span nothing is formatted, but a backtick would end it and @everyone still pings.
  command: (command) => `\`${neutraliseMassMentions(commandText(command).replace(/`/g, "'"))}\``,
  quote: (text, source) => `“${escapeMarkdown(text)}” [${source}]`,
  strong: (styled) => (styled.trim() === '' ? styled : `**${styled}**`),
};

export function partsToMarkdown(parts: readonly InlinePart[]): string {
  return renderParts(parts, MARKDOWN);
}
