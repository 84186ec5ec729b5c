// Answer -> plain text for the terminal: a line's marks first ([sources differ], [expected]), its numbered source
// references after it, the quotes that back a line beneath it when they are not the line itself, and the numbered
// source list at the end.
import type { Answer } from '../../core/answer-model.ts';
import { KIND_LABELS } from '../../core/cite.ts';
import { lineMarks, partsToPlain, quotesBehind, refsOf, sourceLabel } from '../../core/answer-plain-text.ts';

export function answerToText(answer: Answer): string {
  const out: string[] = [answer.title];
  if (answer.summary.length > 0) out.push(partsToPlain(answer.summary));
  for (const section of answer.sections) {
    out.push('', section.heading);
    for (const line of section.lines) {
      const marks = lineMarks(line, section).map((m) => `[${m}] `);
      const refs = refsOf(line);
      out.push(`  • ${marks.join('')}${partsToPlain(line.parts)}${refs ? ` ${refs}` : ''}`);
      for (const { n, quote } of quotesBehind(line)) out.push(`      [${n}] “${quote}”`);
    }
  }
  if (answer.sources.length > 0) {
    out.push('', 'Sources');
    for (const s of answer.sources) {
      out.push(`  [${s.n}] ${s.articleId} · ${sourceLabel(s)} · ${KIND_LABELS[s.kind]}${s.url ? ` · ${s.url}` : ''}`);
    }
  }
  return out.join('\n');
}
