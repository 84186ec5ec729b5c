// Verifies that a cited quote occurs in its article, and finds the closest passage when it does not.
import { distance } from 'fastest-levenshtein';
import { normalizeQuoteText } from './normalize-text.ts';

export function quoteOccursIn(quote: string, normalizedBody: string): boolean {
  return normalizedBody.includes(normalizeQuoteText(quote));
}

/** The passage of the article (same number of words as the quote) nearest to it, for an editor to compare. */
export function closestPassage(quote: string, normalizedBody: string): string {
  const want = normalizeQuoteText(quote);
  const width = want.split(' ').length;
  const words = normalizedBody.split(' ');
  let best = '';
  let bestDistance = Infinity;
  // Bounded: at most 20,000 windows, so a huge article cannot stall loading.
  const step = Math.max(1, Math.ceil(words.length / 20_000));
  for (let i = 0; i + width <= Math.max(width, words.length); i += step) {
    const candidate = words.slice(i, i + width).join(' ');
    const d = distance(want, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best.length > 120 ? `${best.slice(0, 117)}...` : best;
}
