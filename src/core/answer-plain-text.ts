// Answer -> plain text, for notifications and fallback text, and the words every renderer uses for a line's marks,
// so the three front ends cannot drift apart on what "expected" or "sources differ" is called.
import type { Answer, AnswerLine, AnswerSection, AnswerSource, InlinePart } from './answer-model.ts';
import { publishedLabel } from './cite.ts';

/** A command as a user types it: "/summit who putin". */
export function commandText(command: string): string {
  return `/summit ${command}`.trim();
}

/** How a front end writes each kind of inline part; people and dates are written as their text. */
export interface PartStyle {
  text(text: string): string;
  command(command: string): string;
  quote(text: string, source: number): string;
  /** Already-styled text made bold; absent where the front end has no bold (it shows the text as is). */
  strong?(styled: string): string;
}

export function renderParts(parts: readonly InlinePart[], style: PartStyle): string {
  return parts
    .map((part) => {
      switch (part.type) {
        case 'text':
          return part.strong && style.strong ? style.strong(style.text(part.text)) : style.text(part.text);
        case 'command':
          return style.command(part.command);
        case 'person':
          return style.text(part.name);
        case 'date':
          return style.text(part.label);
        case 'quote':
          return style.quote(part.text, part.source);
      }
    })
    .join('');
}

const PLAIN: PartStyle = {
  text: (text) => text,
  command: commandText,
  quote: (text, source) => `“${text}” [${source}]`,
};

export function partsToPlain(parts: readonly InlinePart[]): string {
  return renderParts(parts, PLAIN);
}

/** The mark of a fact read from the text by machine that no editor has reviewed yet, and what it means. */
export const MACHINE_READ = 'machine-read';
export const MACHINE_READ_NOTE =
  '“Machine-read” marks what was read from the text by machine and not yet reviewed by an editor.';

/** The marks a line carries, in reading order: what a reader must know before trusting it. */
export function lineMarks(line: AnswerLine, section?: AnswerSection): string[] {
  const marks: string[] = [];
  if (section?.conflict && line.kind === 'claim') marks.push('sources differ');
  if (line.status === 'expected') marks.push('expected');
  if (line.status === 'overdue') marks.push('expected, date passed');
  // Short, because a grown story marks most of its lines: the answer's summary says what it means (MACHINE_READ_NOTE).
  if (line.provenance === 'extracted') marks.push(MACHINE_READ);
  return marks;
}

/** "[1][3]" for a line, or "" when it cites nothing; a source the line already quotes inline ("…” [2]) is not repeated. */
export function refsOf(line: AnswerLine): string {
  const inline = new Set(line.parts.flatMap((p) => (p.type === 'quote' ? [p.source] : [])));
  return [...new Set(line.citations.map((c) => c.source))]
    .filter((n) => !inline.has(n))
    .sort((a, b) => a - b)
    .map((n) => `[${n}]`)
    .join('');
}

/** Sources a text shows: those it cites and those it quotes inline, so a page lists every source it names. */
export function sourcesOf(parts: readonly InlinePart[], citations: readonly { source: number }[] = []): number[] {
  const quoted = parts.flatMap((p) => (p.type === 'quote' ? [p.source] : []));
  return [...new Set([...citations.map((c) => c.source), ...quoted])].sort((a, b) => a - b);
}

/** The quotes behind a line that the line does not already show word for word. */
export function quotesBehind(line: AnswerLine): { n: number; quote: string }[] {
  const shown = partsToPlain(line.parts);
  return line.citations.filter((c) => !shown.includes(c.quote)).map((c) => ({ n: c.source, quote: c.quote }));
}

/** "topgab.com (news aggregator), 2 Sep 2025 (estimated)" */
export function sourceLabel(source: AnswerSource): string {
  return `${source.outlet}, ${publishedLabel(source)}`;
}

/**
 * The answer as one plain line for notifications and fallback text ("Vladimir Putin — Mentioned by all 3 sources."):
 * every front end that needs a short plain form takes this one, so they cannot drift apart.
 */
export function answerToPlainText(answer: Answer): string {
  return answer.summary.length > 0 ? `${answer.title} — ${partsToPlain(answer.summary)}` : answer.title;
}
