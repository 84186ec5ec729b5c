// Text from articles goes into Discord markdown: escape formatting and mention syntax so it shows as written and can
// neither format nor ping. (allowed_mentions is the real guard against pings; this keeps the text readable.)
// Formatting is discord.js's own escapeMarkdown, with the line-start rules (headings, lists, masked links) switched
// on; what it leaves alone (mention syntax, block quotes, @everyone) is ours, below.
// https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline
import { escapeMarkdown as escapeDiscordMarkdown } from 'discord.js';

const EVERYTHING = { heading: true, bulletedList: true, numberedList: true, maskedLink: true } as const;
// `<@id>`, `<#id>`, `<@&id>`, `<:emoji:id>`, `<t:stamp>`, `</command:id>` are wrapped in `<>`, and a line starting
// with `>` or `>>>` is a block quote; discord.js escapes neither. Escaped, none renders.
// https://discord.com/developers/docs/reference#message-formatting
const ANGLE = /[<>]/g;
const MASS_MENTION = /@(everyone|here)/g;

// discord.js's italic rule tests a lookbehind with `.+` at every position, which is quadratic in the text's length
// (20 ms for one 2,400-character line here, seconds for a long answer); a text with neither `*` nor `_` has no italic
// to escape, so it skips the rule.
const NO_ITALIC = { ...EVERYTHING, italic: false } as const;

/** For embed titles, descriptions and fields, which render markdown. */
export function escapeMarkdown(text: string): string {
  const options = text.includes('_') || text.includes('*') ? EVERYTHING : NO_ITALIC;
  return neutraliseMentionSyntax(escapeDiscordMarkdown(text, options));
}

/** Mention, emoji and timestamp syntax and block quotes shown as typed; @everyone/@here broken up. */
function neutraliseMentionSyntax(text: string): string {
  return neutraliseMassMentions(text.replace(ANGLE, '\\$&'));
}

/** For footers and button labels, which show plain text: only the @everyone/@here spelling is broken up. */
export function neutraliseMassMentions(text: string): string {
  return text.replace(MASS_MENTION, '@\u200b$1');
}
