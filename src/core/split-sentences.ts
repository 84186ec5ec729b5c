// Splits an article body into sentences, skipping the page furniture the pack marks (headings, "Source link", ...).

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// ICU breaks after "U.S." and similar; a segment ending in one of these continues into the next.
const ABBREVIATION_END =
  /(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Reps|Sen|Sens|Gov|Pres|Prof|Capt|Maj|Adm|Rev|Hon|Amb|No|vs|etc)\.)\s*$/;

export function splitSentences(body: string, furniture: readonly string[] = []): string[] {
  let text = body;
  for (const piece of furniture) text = text.replace(furniturePattern(piece), '\n');
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const first = sentences.length;
    let pending = '';
    for (const { segment } of segmenter.segment(paragraph)) {
      pending += segment;
      if (ABBREVIATION_END.test(pending)) continue;
      pushSentence(sentences, pending, sentences.length > first);
      pending = '';
    }
    pushSentence(sentences, pending, sentences.length > first);
  }
  return sentences;
}

/** Furniture as the editor typed it, matching any run of whitespace (captured pages carry no-break spaces). */
export function furniturePattern(piece: string): RegExp {
  const escaped = piece
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  // Whole words only: furniture "Admin" must not eat the start of "Administration".
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
}

function pushSentence(into: string[], raw: string, continuesParagraph: boolean): void {
  const sentence = raw.replace(/\s+/g, ' ').trim();
  // A sentence needs words: bullets and stray punctuation left over from furniture are not news.
  if (/\p{L}{2,}/u.test(sentence)) into.push(sentence);
  // ICU breaks "on Aug. 28." after "Aug."; the day left alone is the end of the sentence before it, not furniture.
  else if (continuesParagraph && /^\d{1,4}\.?$/u.test(sentence)) into[into.length - 1] += ` ${sentence}`;
}
