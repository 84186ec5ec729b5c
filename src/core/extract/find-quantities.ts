// Stage 5: quantities a sentence states: durations ("about 90 minutes", "1,5 часа", "two-and-a-half hours", in
// minutes) and counts of a plural noun ("more than 20 world leaders", "26 other world leaders" -> unit "leader").
// Numbers inside a time expression (dates, years, clock times) are not quantities.
import type { Quantity, TimeMention } from './annotated-article.ts';
import type { LanguageWords } from './language-words.ts';
import { parseNumber } from './parse-number.ts';

const NUMBER =
  /(?<![\p{L}\p{N}])(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?|[\p{L}]+(?:-(?:and-)?[\p{L}]+)*)(?![\p{L}\p{N}])/gu;
const WORD = /[\p{L}'’-]+/gu;
/** How many following words may stand between a number and the noun it counts ("26 other world leaders"). */
const COUNT_WINDOW = 3;

export function findQuantities(sentence: string, words: LanguageWords, times: readonly TimeMention[]): Quantity[] {
  const found: Quantity[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const start = m.index;
    const token = m[1] ?? '';
    if (times.some((t) => t.start <= start && start < t.end)) continue;
    const value = parseNumber(token, words);
    if (value === undefined || /^\d{4}$/u.test(token)) continue;
    // "a las 09.00 hora local": a clock time, not a duration of nine hours.
    if (/^\d{1,2}[.:]\d{2}$/u.test(token)) continue;
    const after = sentence.slice(start + token.length, start + token.length + 60);
    const following = [...after.matchAll(WORD)].slice(0, COUNT_WINDOW).map((w) => w[0]);
    const unit = following[0]?.toLowerCase();
    const minutes = unit ? words.durationUnits[unit] : undefined;
    if (minutes !== undefined) {
      const end = start + token.length + after.indexOf(following[0] ?? '') + (following[0]?.length ?? 0);
      found.push({ start, end, text: sentence.slice(start, end), value: value * minutes, unit: 'minutes' });
      continue;
    }
    // A count: the first plural-looking word of the window (English plural; other languages report durations only).
    if (!/\d/u.test(token)) continue;
    const plural = following.findIndex((w) => /^\p{Ll}\p{L}+s$/u.test(w));
    const noun = following[plural];
    if (plural < 0 || !noun) continue;
    const end = start + token.length + after.indexOf(noun) + noun.length;
    const besides = following.slice(0, plural).some((w) => words.otherWords.includes(w.toLowerCase()));
    found.push({
      start,
      end,
      text: sentence.slice(start, end),
      value,
      unit: noun.toLowerCase().replace(/s$/u, ''),
      ...(besides ? { besides } : {}),
    });
  }
  return found;
}
