// Which language-neutral kinds of event a stretch of text reports ("talks", "parade", "arrival"), from the
// language's trigger words, so that one event told in two languages can be recognised as one.
import type { LanguageWords } from './language-words.ts';

/** A trigger of this many letters or more also matches longer words it begins ("arriv" -> "arrived"). */
export const PREFIX_MIN = 4;

export function eventKindsIn(text: string, words: LanguageWords): Set<string> {
  const lower = text.toLowerCase();
  const tokens = lower.match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? [];
  const kinds = new Set<string>();
  for (const [trigger, kind] of Object.entries(words.eventKinds)) {
    if (trigger.includes(' ')) {
      if (new RegExp(`(?<!\\p{L})${trigger}`, 'u').test(lower)) kinds.add(kind);
    } else if (tokens.some((t) => t === trigger || (trigger.length >= PREFIX_MIN && t.startsWith(trigger)))) {
      kinds.add(kind);
    }
  }
  return kinds;
}
