// Checks one Slack message against every limit the renderer promises, and that its only `<...>` tokens are ours.
// Returns the problems found (empty when the message is fine), so a failing test names each broken rule.
import {
  MAX_ACTION_ID,
  MAX_ACTIONS_ELEMENTS,
  MAX_BLOCKS,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_CONTEXT_ELEMENTS,
  MAX_CONTEXT_TEXT,
  MAX_FALLBACK_TEXT,
  MAX_HEADER_TEXT,
  MAX_PAGE_TEXT,
  MAX_SECTION_TEXT,
} from '../../../src/adapters/slack/slack-limits.ts';
import type { SlackMessage } from '../../../src/adapters/slack/block-kit.ts';

/** The tokens we build ourselves: links to http(s) URLs and the sharer's mention. */
const OUR_TOKENS = /<https?:\/\/[^\s<>|]+\|[^<>]*>|<@[UW][A-Z0-9]+>/g;

export function unescapedMarkup(text: string): string[] {
  const rest = text.replace(OUR_TOKENS, '');
  const problems: string[] = [];
  if (/[<>]/.test(rest)) problems.push(`unescaped < or > in ${JSON.stringify(rest.slice(0, 200))}`);
  if (/&(?!amp;|lt;|gt;)/.test(rest)) problems.push(`unescaped & in ${JSON.stringify(rest.slice(0, 200))}`);
  return problems;
}

export function checkSlackMessage(message: SlackMessage, options: { allowMention?: string } = {}): string[] {
  const problems: string[] = [];
  const { blocks } = message;
  if (message.text.trim() === '') problems.push('no fallback text');
  if (message.text.length > MAX_FALLBACK_TEXT) problems.push(`fallback text ${message.text.length} chars`);
  if (blocks.length > MAX_BLOCKS) problems.push(`${blocks.length} blocks`);
  let total = 0;
  const texts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'header') {
      if (block.text.text.length > MAX_HEADER_TEXT) problems.push(`header ${block.text.text.length} chars`);
      texts.push(block.text.text);
    } else if (block.type === 'section') {
      const n = block.text.text.length;
      if (n === 0 || n > MAX_SECTION_TEXT) problems.push(`section ${n} chars`);
      texts.push(block.text.text);
    } else if (block.type === 'context') {
      if (block.elements.length === 0 || block.elements.length > MAX_CONTEXT_ELEMENTS) {
        problems.push(`context with ${block.elements.length} elements`);
      }
      for (const e of block.elements) {
        if (e.text.length > MAX_CONTEXT_TEXT) problems.push(`context element ${e.text.length} chars`);
        texts.push(e.text);
      }
    } else {
      if (block.elements.length > MAX_ACTIONS_ELEMENTS) problems.push(`${block.elements.length} actions`);
      for (const b of block.elements) {
        if (b.value.length > MAX_BUTTON_VALUE) problems.push(`button value ${b.value.length} chars`);
        if (b.action_id.length > MAX_ACTION_ID) problems.push(`action_id ${b.action_id.length} chars`);
        if (b.text.text.length > MAX_BUTTON_TEXT) problems.push(`button text ${b.text.text.length} chars`);
        total += b.value.length + b.text.text.length;
        if (/[<>&]/.test(b.value)) problems.push(`raw & < > in button value ${b.value.slice(0, 80)}`);
      }
    }
  }
  for (const text of [message.text, ...texts]) {
    problems.push(...unescapedMarkup(text));
    for (const mention of text.match(/<@[UW][A-Z0-9]+>/g) ?? []) {
      if (mention !== `<@${options.allowMention}>`) problems.push(`mention ${mention} not allowed`);
    }
  }
  total += texts.reduce((sum, t) => sum + t.length, 0);
  if (total > MAX_PAGE_TEXT) problems.push(`page carries ${total} chars of text`);
  return problems;
}
