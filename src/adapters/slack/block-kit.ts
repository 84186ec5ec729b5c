// The few Block Kit shapes we send, typed exactly as Slack reads them (https://docs.slack.dev/reference/block-kit/blocks).
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
export interface MrkdwnText {
  readonly type: 'mrkdwn';
  readonly text: string;
}
export interface PlainText {
  readonly type: 'plain_text';
  readonly text: string;
}
export interface HeaderBlock {
  readonly type: 'header';
  readonly text: PlainText;
}
export interface SectionBlock {
  readonly type: 'section';
  readonly text: MrkdwnText;
}
export interface ContextBlock {
  readonly type: 'context';
  readonly elements: readonly MrkdwnText[];
}
export interface ButtonElement {
  readonly type: 'button';
  readonly action_id: string;
  readonly text: PlainText;
  readonly value: string;
  readonly style?: 'primary' | 'danger';
}
export interface ActionsBlock {
  readonly type: 'actions';
  readonly elements: readonly ButtonElement[];
}
export type Block = HeaderBlock | SectionBlock | ContextBlock | ActionsBlock;

/** One page of an answer, ready for chat.postMessage, chat.update or a response_url. */
export interface SlackMessage {
  /** Fallback for notifications and clients that cannot show blocks. */
  readonly text: string;
  readonly blocks: readonly Block[];
}

export const mrkdwn = (text: string): MrkdwnText => ({ type: 'mrkdwn', text });
export const plain = (text: string): PlainText => ({ type: 'plain_text', text });

/** Our blocks are a subset of Slack's KnownBlock; this is the one place that says so to the type checker. */
export function toBoltMessage(message: SlackMessage): { text: string; blocks: KnownBlock[] } {
  return { text: message.text, blocks: message.blocks as unknown as KnownBlock[] };
}
