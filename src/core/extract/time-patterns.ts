// Time-expression patterns built from one language's word lists (HeidelTime-style: the words are data, the shapes
// are shared). Unicode-aware word edges, because \b only knows ASCII letters.
import type { LanguageWords } from './language-words.ts';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

export interface TimePatterns {
  readonly dayMonth: RegExp;
  readonly monthDay: RegExp;
  readonly monthYear: RegExp;
  readonly bareMonth: RegExp;
  readonly numericDay: RegExp;
  readonly weekday: RegExp;
  readonly relativeDay: RegExp;
  readonly anchoredDay: RegExp;
  readonly ordinalDay: RegExp;
  readonly year: RegExp;
  readonly lastYear: RegExp;
  readonly yearsAgo: readonly RegExp[];
  readonly clock: RegExp;
  readonly partOfDay: RegExp;
  readonly expected: RegExp;
}

const cache = new WeakMap<LanguageWords, TimePatterns>();

export function timePatterns(words: LanguageWords): TimePatterns {
  const cached = cache.get(words);
  if (cached) return cached;
  const month = alternation(Object.keys(words.months));
  const weekday = alternation(Object.keys(words.weekdays));
  const year = '(1[5-9]\\d{2}|20\\d{2})';
  const built: TimePatterns = {
    dayMonth: re(`${B}(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?(${month})\\.?(?:,?\\s+(?:de\\s+)?${year})?${E}`),
    monthDay: re(`${B}(${month})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+${year}${E})?`),
    monthYear: re(`${B}(?:(early|mid|late)[\\s-]+)?(${month})\\s+(?:de\\s+|of\\s+)?${year}${E}`),
    bareMonth: re(
      `${B}(?:${alternation(words.yearPrepositions)})\\s+(?:(early|mid|late)[\\s-]+)?(${month})${E}(?!\\s*\\d)`,
    ),
    numericDay: re(`${B}(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?${E}`),
    weekday: re(`${B}(?:(this|next|last|coming|past|el próximo|el pasado)\\s+)?(${weekday})(?:['’]s)?${E}`),
    // "today's challenges": a day word in the possessive means the present age, not a day (a weekday's possessive,
    // "Wednesday's parade", does name a day).
    relativeDay: re(`${B}(${alternation(Object.keys(words.relativeDays))})${E}(?!['’]s${E})`),
    anchoredDay: re(`${B}(${alternation(Object.keys(words.anchoredDays))})${E}`),
    ordinalDay: re(`${B}the\\s+(\\d{1,2})(?:st|nd|rd|th)${E}(?!\\s+(?:century|anniversary))`),
    year: re(`${B}(?:${alternation(words.yearPrepositions)})\\s+${year}${E}`),
    lastYear: re(`${B}(?:${alternation(words.lastYear)})${E}`),
    yearsAgo: words.yearsAgo.map((p) => re(`${B}${p}`)),
    clock: re(
      `${B}(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am${E}|pm${E}|(?:${words.clockSuffixes.join('|')})${E})`,
    ),
    partOfDay: re(`${B}(${alternation(Object.keys(words.partsOfDay))})${E}`),
    expected: re(`${B}(?:${words.expectedMarkers.join('|')})${E}`),
  };
  cache.set(words, built);
  return built;
}

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}

function re(source: string): RegExp {
  return new RegExp(source, 'giu');
}
