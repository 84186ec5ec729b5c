// How our article text compares with plain Readability's on the same page (no furniture removed first): recall is the
// share of Readability's words we keep, precision the share of ours that Readability also has (words as a multiset).
// The bar the project holds itself to: remove more furniture than Readability, never more article.
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '../../src/ingest/parse-html.ts';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const words = (text: string): string[] =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLowerCase());

/** Readability's article text, with a space at every tag so words of adjacent blocks ("varieties.Officials") part. */
export function plainReadabilityText(html: string): string {
  const doc = parseHtmlDocument(html);
  const content = new Readability(doc as unknown as Document).parse()?.content ?? '';
  return (
    parseHtmlDocument(`<!doctype html><html><body>${content.replace(/</g, ' <')}</body></html>`).body?.textContent ?? ''
  );
}

/** `headline`: left out of Readability's text, as the project drops a first paragraph repeating it. */
export function agreement(ours: string, html: string, headline = ''): { recall: number; precision: number } {
  const theirs = words(plainReadabilityText(html).replace(headline, ''));
  const mine = words(ours);
  const overlap = (a: string[], b: string[]): number => {
    const bag = new Map<string, number>();
    for (const w of b) bag.set(w, (bag.get(w) ?? 0) + 1);
    let hits = 0;
    for (const w of a) {
      const n = bag.get(w) ?? 0;
      if (n > 0) {
        hits++;
        bag.set(w, n - 1);
      }
    }
    return a.length === 0 ? 1 : hits / a.length;
  };
  return { recall: overlap(theirs, mine), precision: overlap(mine, theirs) };
}
