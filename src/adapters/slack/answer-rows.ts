// Answer -> rows: every heading, line and supporting quote as one escaped mrkdwn row of bounded length, with the
// source numbers it cites. Rows are what the paginator moves between pages, so a line is never cut off, only split.
import type { Answer } from '../../core/answer-model.ts';
import { lineMarks, quotesBehind, refsOf, sourcesOf } from '../../core/answer-plain-text.ts';
import { chunkEscaped } from './escape-mrkdwn.ts';
import { chunkParts, marksToMrkdwn } from './parts-to-mrkdwn.ts';
import { MAX_HEADER_TEXT, MAX_SECTION_TEXT } from './slack-limits.ts';

/** Longest row; leaves room in a section for a "(continued)" heading above it. */
export const MAX_ROW = MAX_SECTION_TEXT - 400;

export interface Row {
  readonly text: string;
  /** Source numbers (1-based, as in answer.sources) this row cites. */
  readonly sources: readonly number[];
  /** Index of the answer section this row belongs to; -1 for the title and summary. */
  readonly section: number;
  readonly isHeading: boolean;
}

export function answerToRows(answer: Answer): Row[] {
  const rows: Row[] = [];
  const push = (texts: string[], section: number, isHeading: boolean, sources: readonly number[] = []) => {
    for (const text of texts) rows.push({ text, sources, section, isHeading });
  };
  // The header shows at most 150 characters; a longer title is repeated whole at the top so nothing is lost.
  if (answer.title.length > MAX_HEADER_TEXT) push(bold(answer.title), -1, false);
  if (answer.summary.length > 0) push(chunkParts(answer.summary, MAX_ROW), -1, false, sourcesOf(answer.summary));

  answer.sections.forEach((section, s) => {
    push(bold(section.heading), s, true);
    for (const line of section.lines) {
      const numbers = sourcesOf(line.parts, line.citations);
      const refs = refsOf(line);
      const suffix = refs ? ` ${refs}` : '';
      const marks = marksToMrkdwn(lineMarks(line, section));
      const pieces = chunkParts(line.parts, MAX_ROW - 4 - marks.length);
      pieces[0] = `${marks}${pieces[0] ?? ''}`;
      const last = pieces.length - 1;
      pieces.forEach((piece, i) => {
        const text = `${i === 0 ? '• ' : '   '}${piece}`;
        if (i < last) return push([text], s, false, numbers);
        if (text.length + suffix.length <= MAX_ROW) return push([`${text}${suffix}`], s, false, numbers);
        push([text], s, false, numbers);
        push(splitPlain(suffix.trim(), MAX_ROW), s, false, numbers);
      });
      for (const { n, quote: text } of quotesBehind(line)) {
        const quote = chunkEscaped(`[${n}] “${text}”`, MAX_ROW - 8);
        push(
          quote.map((q, i) => `${i === 0 ? '      ↳ ' : '         '}${q}`),
          s,
          false,
          [n],
        );
      }
    }
  });
  return rows;
}

function bold(text: string): string[] {
  return chunkEscaped(text, MAX_ROW - 2).map((piece) => `*${piece}*`);
}

/** Our own suffix text (tags, reference numbers) holds nothing to escape; cut it by length. */
function splitPlain(text: string, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max));
  return out;
}
