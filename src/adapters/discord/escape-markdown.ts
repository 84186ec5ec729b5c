// Text from articles goes into Discord markdown: escape formatting and mention syntax so it shows as written and can
// neither format nor ping. (allowed_mentions is the real guard against pings; this keeps the text readable.)
// https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline

const MARKDOWN = /[\\*_~`|[\]<>]/g;
const LINE_START = /^([#\->]|\d+\.)/gm;
const MASS_MENTION = /@(everyone|here)/g;

/** For embed titles, descriptions and fields, which render markdown. */
export function escapeMarkdown(text: string): string {
  return neutraliseMassMentions(text.replace(MARKDOWN, '\\$&').replace(LINE_START, '\\$1'));
}

/** For footers and button labels, which show plain text: only the @everyone/@here spelling is broken up. */
export function neutraliseMassMentions(text: string): string {
  return text.replace(MASS_MENTION, '@\u200b$1');
}
