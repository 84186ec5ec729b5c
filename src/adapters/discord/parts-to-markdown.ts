// Inline parts -> Discord markdown: text escaped (no formatting, no mass mentions), commands as inline code.
// https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline
import type { InlinePart } from '../../core/answer-model.ts';
import { commandText } from '../../core/answer-plain-text.ts';
import { escapeMarkdown, neutraliseMassMentions } from './escape-markdown.ts';

export function partsToMarkdown(parts: readonly InlinePart[]): string {
  return parts
    .map((part) => {
      switch (part.type) {
        case 'text':
          return escapeMarkdown(part.text);
        case 'command':
          // Inside a code span nothing is formatted, but a backtick would end it and @everyone still pings.
          return `\`${neutraliseMassMentions(commandText(part.command).replace(/`/g, "'"))}\``;
        case 'person':
          return escapeMarkdown(part.name);
        case 'date':
          return escapeMarkdown(part.label);
        case 'quote':
          return `“${escapeMarkdown(part.text)}” [${part.source}]`;
      }
    })
    .join('');
}
