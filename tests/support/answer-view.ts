// Reading Answers in tests: a line's or a summary's words as plain text, and the article ids behind a line.
import { partsToPlain } from '../../src/core/answer-plain-text.ts';
import type { Answer, AnswerLine } from '../../src/core/answer-model.ts';

export function lineText(line: AnswerLine): string {
  return partsToPlain(line.parts);
}

export function summaryText(answer: Answer): string {
  return partsToPlain(answer.summary);
}

export function allLines(answer: Answer): AnswerLine[] {
  return answer.sections.flatMap((s) => s.lines);
}

/** The article ids a line cites, in citation order. */
export function citedIds(answer: Answer, line: AnswerLine | undefined): string[] {
  return (line?.citations ?? []).map((c) => answer.sources[c.source - 1]?.articleId ?? `?${c.source}`);
}
