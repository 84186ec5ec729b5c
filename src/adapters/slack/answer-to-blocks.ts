// Answer -> one page of Block Kit: header, the page's sections, its numbered sources as linked context lines, a
// footer, and the buttons the answer's actions ask for (Previous / Next / Share / a command to run). Pure: the same
// answer and controls always give the same JSON.
import type { Answer, AnswerSource } from '../../core/answer-model.ts';
import { answerToPlainText, sourceLabel } from '../../core/answer-plain-text.ts';
import { KIND_LABELS } from '../../core/cite.ts';
import { answerToRows } from './answer-rows.ts';
import { type Block, mrkdwn, type SlackMessage } from './block-kit.ts';
import { linkTo, shortenEscaped, shortenPlain } from './escape-mrkdwn.ts';
import { largestFrameText, pageFrame } from './page-frame.ts';
import { paginateRows } from './paginate-rows.ts';
import { MAX_CONTEXT_ELEMENTS, MAX_FALLBACK_TEXT } from './slack-limits.ts';

export interface PageControls {
  /** The command text as typed, carried by the buttons so a click can answer it again. */
  readonly command: string;
  /** 0-based page wanted; clamped to the pages there are. */
  readonly page: number;
  /** Ephemeral messages get a Share button; public ones say who shared them. */
  readonly sharedBy?: string;
  /** A short line of our own under the header (plain text; escaped here), e.g. that a brief is late. */
  readonly note?: string;
}

export interface SlackPage extends SlackMessage {
  readonly page: number;
  readonly pageCount: number;
}

export function answerToBlocks(answer: Answer, controls: PageControls): SlackPage {
  const sourceTexts = answer.sources.map((s) => sourceToMrkdwn(s));
  const pages = paginateRows(answerToRows(answer), {
    headings: answer.sections.map((s) => s.heading),
    sourceTextLength: (n) => sourceTexts[n - 1]?.length ?? 0,
    frameText: largestFrameText(answer, controls),
  });
  const pageCount = pages.length;
  const page = Math.min(Math.max(0, Math.trunc(controls.page)), pageCount - 1);
  const content = pages[page]!;

  const { above, below, where } = pageFrame(answer, controls, page, pageCount);
  const blocks: Block[] = [...above];
  for (const text of content.sections) blocks.push({ type: 'section', text: mrkdwn(text) });
  const sourceElements = content.sources.map((n) => mrkdwn(sourceTexts[n - 1] ?? ''));
  for (let i = 0; i < sourceElements.length; i += MAX_CONTEXT_ELEMENTS) {
    blocks.push({ type: 'context', elements: sourceElements.slice(i, i + MAX_CONTEXT_ELEMENTS) });
  }
  blocks.push(...below);

  const text = shortenEscaped(answerToPlainText(answer), MAX_FALLBACK_TEXT - 40) + where;
  return { text, blocks, page, pageCount };
}

/** "*[1]* <url|topgab.com, 2 Sep 2025 (estimated)> · aggregator rewrite, not original reporting · 000" */
// Each part is bounded (URL 500; label 120, at most 600 escaped; id 40): the element stays under MAX_CONTEXT_TEXT.
// Outlet and date carry the link, as Discord's footer names a source; the headline is left to `/summit sources`:
// every page repeats the sources it cites, and headlines made that key a third of a timeline page. For the same
// reason only a source that is not original reporting says its kind: that is the warning a reader needs.
export function sourceToMrkdwn(source: AnswerSource): string {
  const what = linkTo(source.url, shortenPlain(sourceLabel(source), 120));
  const kind = source.kind === 'original-reporting' ? '' : ` · ${KIND_LABELS[source.kind]}`;
  return `*[${source.n}]* ${what}${kind} · ${shortenEscaped(source.articleId, 40)}`;
}
