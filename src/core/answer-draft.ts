// How the core writes an answer before its sources are numbered: lines cite articles directly, and `finishAnswer`
// numbers the sources once, in order of first use, into the Answer every front end renders.
import {
  ANSWER_SCHEMA_VERSION,
  type Answer,
  type AnswerAction,
  type AnswerLine,
  type AnswerSection,
  type AnswerSource,
  type AnswerStatus,
  type InlinePart,
} from './answer-model.ts';
import type { Article } from './story-pack.ts';

export interface DraftCitation {
  readonly article: Article;
  /** Verbatim words from the article (verified at load for fact-sheet quotes). */
  readonly quote: string;
}

/** An inline part; a quote names its article instead of a source number. */
export type DraftPart =
  Exclude<InlinePart, { type: 'quote' }> | { readonly type: 'quote'; readonly article: Article; readonly text: string };

export interface DraftLine extends Omit<AnswerLine, 'parts' | 'citations' | 'moreCitations'> {
  readonly parts: readonly DraftPart[];
  readonly citations: readonly DraftCitation[];
  readonly moreCitations?: readonly DraftCitation[];
}

export interface DraftSection extends Omit<AnswerSection, 'lines'> {
  readonly lines: readonly DraftLine[];
}

export interface DraftAnswer {
  readonly status: AnswerStatus;
  readonly title: string;
  readonly summary?: readonly DraftPart[];
  readonly sections: readonly DraftSection[];
  readonly actions?: readonly AnswerAction[];
}

/** Text and parts as one list of parts: say('Ask ', command('who <name>'), ' for a profile.'). */
export function say(...pieces: readonly (string | DraftPart)[]): DraftPart[] {
  return pieces.filter((p) => p !== '').map((p) => (typeof p === 'string' ? { type: 'text', text: p } : p));
}

export function command(text: string): DraftPart {
  return { type: 'command', command: text };
}

/** A line that cites nothing: a note of ours about the answer, never a claim about the story. */
export function noteLine(...pieces: readonly (string | DraftPart)[]): DraftLine {
  return { kind: 'note', parts: say(...pieces), citations: [] };
}

export function finishAnswer(draft: DraftAnswer): Answer {
  const numbers = new Map<string, number>();
  const sources: AnswerSource[] = [];
  const numberOf = (article: Article): number => {
    const known = numbers.get(article.id);
    if (known !== undefined) return known;
    const n = sources.length + 1;
    numbers.set(article.id, n);
    sources.push({
      n,
      articleId: article.id,
      headline: article.headline,
      outlet: article.outlet,
      url: article.url,
      published: article.published,
      publishedEstimated: article.publishedEstimated,
      kind: article.kind,
    });
    return n;
  };
  const finishParts = (parts: readonly DraftPart[]): InlinePart[] =>
    parts.map((p) => (p.type === 'quote' ? { type: 'quote', source: numberOf(p.article), text: p.text } : p));
  const finishCitations = (citations: readonly DraftCitation[]) =>
    citations.map((c) => ({ source: numberOf(c.article), quote: c.quote }));
  const summary = finishParts(draft.summary ?? []);
  const shown = draft.sections.map((section) => ({
    section,
    lines: section.lines.map(({ moreCitations, ...line }) => ({
      line: { ...line, parts: finishParts(line.parts), citations: finishCitations(line.citations) },
      more: moreCitations ?? [],
    })),
  }));
  // Sources only a line's moreCitations name are numbered after every shown one, so the numbers a reader sees run
  // 1, 2, 3 … without gaps.
  const sections = shown.map(({ section, lines }): AnswerSection => ({
    ...section,
    lines: lines.map(({ line, more }): AnswerLine =>
      more.length > 0 ? { ...line, moreCitations: finishCitations(more) } : line,
    ),
  }));
  return {
    schemaVersion: ANSWER_SCHEMA_VERSION,
    status: draft.status,
    title: draft.title,
    summary,
    sections,
    sources,
    actions: [...(draft.actions ?? [])],
  };
}
