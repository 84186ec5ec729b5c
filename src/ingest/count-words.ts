// Words in article text, by Unicode word segmentation (ICU's dictionaries for Chinese, Japanese, Thai), so languages
// written without spaces are measured fairly: split on spaces, a 900-character Japanese article was "18 words".
// https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/Segmenter
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
/**
 * Segmenting one long string is far slower than its length suggests (V8 walks it again at every step: 5 MB did not
 * finish in minutes), so text is segmented in slices of this many characters, cut at white space where there is one.
 */
const SLICE = 2000;

/** Words in `texts`, counted up to `atMost` (the callers only compare the count with small thresholds). */
export function countWords(texts: readonly string[], atMost = Number.POSITIVE_INFINITY): number {
  let words = 0;
  for (const text of texts) {
    for (let start = 0; start < text.length;) {
      let end = Math.min(text.length, start + SLICE);
      if (end < text.length) {
        const space = text.lastIndexOf(' ', end);
        if (space > start) end = space;
      }
      for (const segment of segmenter.segment(text.slice(start, end))) if (segment.isWordLike) words++;
      if (words >= atMost) return words;
      start = end;
    }
  }
  return words;
}
