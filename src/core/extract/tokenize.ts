// Stage 0: words and punctuation with offsets, in any script.
import type { Token } from './annotated-article.ts';

// A word keeps inner hyphens and apostrophes ("Kim Jong-un", "People's", "Tian'anmen") and a trailing dot of an
// abbreviation is left as punctuation ("Aug." is "Aug" + "."), except dotted initialisms ("U.S."), kept whole.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const isWord = /^[\p{L}\p{N}]/u.test(word);
    tokens.push({
      text: word,
      start: match.index,
      end: match.index + word.length,
      lower: word.toLowerCase(),
      isWord,
      capitalized: isWord && /^\p{Lu}/u.test(word),
    });
  }
  return tokens;
}
