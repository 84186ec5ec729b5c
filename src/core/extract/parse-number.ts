// Numbers as written: digits with a decimal comma or point ("1,5", "2.5"), thousands separators ("50,000"), and
// number words joined by hyphens or "and" ("two-and-a-half", "twenty-six").
import type { LanguageWords } from './language-words.ts';

export function parseNumber(text: string, words: LanguageWords): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$/u.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+(?:[.,]\d+)?$/u.test(t)) return Number(t.replace(',', '.'));
  const parts = t.split(/[-\s]+/u).filter((w) => !['and', 'a', 'y', 'und', 'и', 'și'].includes(w));
  if (parts.length === 0) return undefined;
  let total = 0;
  for (const part of parts) {
    const value = words.numberWords[part];
    if (value === undefined) return undefined;
    total = value === 100 ? Math.max(total, 1) * 100 : total + value;
  }
  return total;
}
