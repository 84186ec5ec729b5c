// Numbers the sources an answer cites, in order of first use, so every renderer shows the same [1], [2], ...
import type { Answer, AnswerLine, Citation } from './answer-model.ts';

export interface NumberedSources {
  /** One citation per article (its first quote), in reference order. */
  readonly sources: readonly Citation[];
  /** Reference numbers (1-based) of a line's citations, deduplicated. */
  numbersOf(line: AnswerLine): number[];
  /** "[1][3]" for a line, or "" when it cites nothing. */
  refsOf(line: AnswerLine): string;
  /** The quotes behind a line that the line does not already show word for word, with their reference numbers. */
  quotesBehind(line: AnswerLine): { n: number; quote: string }[];
}

export function numberSources(answer: Pick<Answer, 'sections'>): NumberedSources {
  const order = new Map<string, number>();
  const sources: Citation[] = [];
  for (const section of answer.sections) {
    for (const line of section.lines) {
      for (const citation of line.citations) {
        if (!order.has(citation.articleId)) {
          sources.push(citation);
          order.set(citation.articleId, sources.length);
        }
      }
    }
  }
  const numbersOf = (line: AnswerLine) =>
    [...new Set(line.citations.map((c) => order.get(c.articleId) ?? 0))].sort((a, b) => a - b);
  return {
    sources,
    numbersOf,
    refsOf: (line) =>
      numbersOf(line)
        .map((n) => `[${n}]`)
        .join(''),
    quotesBehind: (line) =>
      line.citations
        .filter((c) => !line.text.includes(c.quote))
        .map((c) => ({ n: order.get(c.articleId) ?? 0, quote: c.quote })),
  };
}
