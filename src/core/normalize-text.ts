// Text folding used to compare what editors type with what articles say.

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00A0': ' ',
};
const TYPOGRAPHIC_RE = new RegExp(`[${Object.keys(TYPOGRAPHIC).join('')}]`, 'g');

/** For quote checks: typographic quotes/dashes become ASCII and runs of whitespace one space. Nothing else changes. */
export function normalizeQuoteText(text: string): string {
  return text
    .replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** For name and keyword matching: lower case, no accents, punctuation and hyphens as spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Control characters (except tab/newline) and zero-width marks are dropped from user input before parsing. */
export function stripControlCharacters(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\n' || c === '\t' ? ' ' : ''));
}
