// The corpus questions of ../shared/corpus/key.json (parsed once with zod), the key-word check, and the split of the
// questions into two calibration halves by article.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CORPUS_KEY } from './corpus-pack.ts';

const keySchema = z.object({
  questions: z.object({
    answerable: z.array(
      z.object({ q: z.string(), files: z.array(z.string()).min(1), key_words: z.array(z.array(z.string()).min(1)) }),
    ),
    unanswerable: z.array(z.string()),
  }),
});

export interface CorpusQuestion {
  readonly q: string;
  /** Groups of alternatives: a right answer contains one alternative of every group. Empty: unanswerable. */
  readonly keyWords: readonly (readonly string[])[];
  readonly answerable: boolean;
  /** Calibration half, 'A' (threshold chosen here) or 'B' (reported only). */
  readonly half: 'A' | 'B';
}

/**
 * Split by article: an answerable question goes to the half of the first article that answers it (odd file numbers
 * A, even B), so no article's wording helps choose the threshold it is reported on; unanswerable ones alternate.
 */
export function corpusQuestions(): CorpusQuestion[] {
  const key = keySchema.parse(JSON.parse(readFileSync(CORPUS_KEY, 'utf8')));
  const answerable = key.questions.answerable.map((a): CorpusQuestion => {
    const number = Number(/^(\d+)/.exec(a.files[0] ?? '')?.[1] ?? 0);
    return { q: a.q, keyWords: a.key_words, answerable: true, half: number % 2 === 1 ? 'A' : 'B' };
  });
  const unanswerable = key.questions.unanswerable.map((q, i): CorpusQuestion => ({
    q,
    keyWords: [],
    answerable: false,
    half: i % 2 === 0 ? 'A' : 'B',
  }));
  return [...answerable, ...unanswerable];
}

/** Case-folded, typographic apostrophes as ASCII: key words are lower case with either apostrophe. */
function foldForKey(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

export function hasKeyWords(lines: readonly string[], keyWords: readonly (readonly string[])[]): boolean {
  const text = foldForKey(lines.join('\n'));
  return keyWords.every((group) => group.some((alt) => text.includes(foldForKey(alt))));
}
