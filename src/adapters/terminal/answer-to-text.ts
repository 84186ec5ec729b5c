// Answer -> plain text for the terminal: numbered source references after each line, the quotes that back a line
// beneath it when they are not the line itself, and the numbered source list at the end.
import type { Answer } from '../../core/answer-model.ts';
import { KIND_LABELS, sourceLabel } from '../../core/cite.ts';
import { numberSources } from '../../core/number-sources.ts';

export function answerToText(answer: Answer): string {
  const { sources, refsOf, quotesBehind } = numberSources(answer);
  const out: string[] = [answer.title];
  if (answer.summary) out.push(answer.summary);
  for (const section of answer.sections) {
    out.push('', section.heading);
    for (const line of section.lines) {
      const refs = refsOf(line);
      const tags = line.tags?.includes('not-in-fact-sheet') ? ' (not yet in the fact sheet)' : '';
      out.push(`  • ${line.text}${tags}${refs ? ` ${refs}` : ''}`);
      for (const { n, quote } of quotesBehind(line)) out.push(`      [${n}] “${quote}”`);
    }
  }
  if (sources.length > 0) {
    out.push('', 'Sources');
    sources.forEach((s, i) => {
      out.push(`  [${i + 1}] ${s.articleId} · ${sourceLabel(s)} · ${KIND_LABELS[s.kind]}${s.url ? ` · ${s.url}` : ''}`);
    });
  }
  return out.join('\n');
}
