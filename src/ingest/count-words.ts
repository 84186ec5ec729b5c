// Words in article text, by Unicode word segmentation (ICU's dictionaries for Chinese, Japanese, Thai), so languages
// written without spaces are measured fairly: split on spaces, a 900-character Japanese article was "18 words".
// https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/Segmenter
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function countWords(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}
