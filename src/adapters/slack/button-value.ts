// What a button carries back to us: the command text and the page to show, plus who shared a public message.
// Parsed with zod on the way back in, so a changed or forged value is refused, never trusted.
import { z } from 'zod';
import { MAX_COMMAND_TEXT } from '../../../commands/summit.ts';
import { SLACK_USER_ID } from './escape-mrkdwn.ts';
import { MAX_BUTTON_VALUE } from './slack-limits.ts';

/** Slack: action_id <= 255 characters — https://docs.slack.dev/reference/block-kit/block-elements/button-element */
export const ACTION_IDS = {
  previous: 'summit_page_previous',
  next: 'summit_page_next',
  share: 'summit_share',
  /** A command to answer privately for whoever clicks (an update post's "full answer"). */
  run: 'summit_run',
  /** A review answer's Confirm / Hide / Previous / Next: its command's answer replaces the message. */
  review: 'summit_review',
  /** A review answer's Correct…: opens the correction form (listeners/correct-fact.ts). */
  correct: 'summit_review_correct',
  /** "Show as picture": the answer's chart, uploaded to the channel as a PNG (listeners/picture-button.ts). */
  picture: 'summit_picture',
} as const;

/** Page numbers are 0-based; no answer comes near this many pages. */
const MAX_PAGE = 999;

export const buttonValueSchema = z
  .object({
    /** The command text as typed, without the leading "/summit". */
    c: z.string().max(MAX_COMMAND_TEXT),
    /** 0-based page to show (page buttons) or being shown (share button). */
    p: z.number().int().min(0).max(MAX_PAGE),
    /** The user who shared the message in the channel, for its "Shared by" line. */
    s: z.string().regex(SLACK_USER_ID).optional(),
  })
  .strict();

export type ButtonValue = z.infer<typeof buttonValueSchema>;

/** The value string, or undefined when it would not fit Slack's limit (the buttons are then left out). */
export function encodeButtonValue(value: ButtonValue): string | undefined {
  if (!buttonValueSchema.safeParse(value).success) return undefined;
  const encoded = encodeValue(value);
  // Our own budget is half of Slack's, so three buttons stay small beside the page text.
  return encoded.length <= MAX_BUTTON_VALUE / 2 ? encoded : undefined;
}

export function parseButtonValue(raw: unknown): ButtonValue | undefined {
  return parseValue(buttonValueSchema, raw);
}

/** A button value as JSON: opaque to Slack, but kept free of raw & < > anyway (JSON.parse reads the escapes). */
export function encodeValue(value: unknown): string {
  return JSON.stringify(value).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** A button value back, parsed with its schema once at the edge; undefined for anything not ours. */
export function parseValue<T>(schema: z.ZodType<T>, raw: unknown): T | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_BUTTON_VALUE) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
