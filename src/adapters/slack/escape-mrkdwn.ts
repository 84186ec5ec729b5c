// Text that came from articles or from the user goes into Slack only through `escapeMrkdwn`, so it can never become a
// mention (<!channel>, <@U...>) or a link. The only `<...>` tokens in our messages are the ones built here.
// Slack: escape &, <, > — https://docs.slack.dev/messaging/formatting-message-text#escaping

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

/**
 * Splits raw text into pieces whose escaped form is at most `max` characters, at spaces where it can and never inside a
 * surrogate pair or an escape. Joining the pieces with single spaces gives back the text (whitespace runs aside).
 */
export function chunkEscaped(text: string, max: number): string[] {
  if (escapeMrkdwn(text).length <= max) return [escapeMrkdwn(text)];
  const pieces: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const escaped = escapeMrkdwn(word);
    const candidate = current === '' ? escaped : `${current} ${escaped}`;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current !== '') pieces.push(current);
    current = '';
    // A single word longer than the budget is cut by characters (code points), each escaped whole.
    for (const char of word) {
      const e = escapeMrkdwn(char);
      if (current.length + e.length > max) {
        pieces.push(current);
        current = '';
      }
      current += e;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Plain text cut to `max` characters with an ellipsis, for places that only label (header, buttons, fallback). */
export function shortenPlain(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** Escaped text cut to at most `max` escaped characters, never inside an escape. */
export function shortenEscaped(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const char of text) {
    const e = escapeMrkdwn(char);
    if (out.length + e.length > max - 1) break;
    out += e;
  }
  return `${out}…`;
}
