// Text that came from articles or from the user goes into Slack only through `escapeMrkdwn`, so it can never become a
// mention (<!channel>, <@U...>) or a link. The only `<...>` tokens in our messages are the ones built here.
// Slack: escape &, <, > — https://docs.slack.dev/messaging/formatting-message-text#escaping
import { shorten } from '../../text/shorten.ts';
import { splitText } from '../../text/split-text.ts';

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Longer URLs are shown unlinked: they would crowd out the text around them (the label still names the source). */
export const MAX_LINK_URL = 500;

/** A link to an http(s) URL from an article, or the escaped label alone when the URL is anything else. */
export function linkTo(url: string | null, label: string): string {
  if (!url || url.length > MAX_LINK_URL || !/^https?:\/\/[^\s]+$/i.test(url)) return escapeMrkdwn(label);
  // Inside <url|label> the URL must not carry `|`, `<`, `>`; `&` is escaped as everywhere else.
  const safeUrl = url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
  return `<${safeUrl}|${escapeMrkdwn(label.replace(/\|/g, '/'))}>`;
}

/** Slack user ids: U or W then upper-case letters and digits — https://docs.slack.dev/reference/objects/user-object */
export const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/** A mention of the one user who pressed a button; the id comes from Slack's signed payload, never from text. */
export function mentionUser(userId: string): string {
  if (!SLACK_USER_ID.test(userId)) throw new Error('not a Slack user id');
  return `<@${userId}>`;
}

/** Slack's escapes, each read as one character: a cut must never fall inside one. */
const SLACK_ESCAPE = /&(?:amp|lt|gt);/;

/** Raw text escaped and split into pieces of at most `max` escaped characters (the one splitter, escape-safe). */
export function chunkEscaped(text: string, max: number): string[] {
  return splitText(escapeMrkdwn(text), max, SLACK_ESCAPE);
}

/** Plain text cut to `max` characters with an ellipsis, for places that only label (header, buttons, fallback). */
export function shortenPlain(text: string, max: number): string {
  return shorten(text, max);
}

/** Escaped text cut to at most `max` escaped characters, never inside an escape. */
export function shortenEscaped(text: string, max: number): string {
  return shorten(escapeMrkdwn(text), max, SLACK_ESCAPE);
}
