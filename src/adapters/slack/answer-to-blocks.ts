// Answer -> one page of Block Kit: header, the page's sections, its numbered sources as linked context lines, a
// footer, and the buttons the answer's actions ask for (Previous / Next / Share / a command to run). Pure: the same
// answer and controls always give the same JSON.
import type { Answer, AnswerSource } from '../../core/answer-model.ts';
import { answerToPlainText, sourceLabel } from '../../core/answer-plain-text.ts';
import { KIND_LABELS } from '../../core/cite.ts';
import { answerToRows } from './answer-rows.ts';
import { type Block, type ButtonElement, mrkdwn, plain, type SlackMessage } from './block-kit.ts';
import { ACTION_IDS, encodeButtonValue } from './button-value.ts';
import { encodeCorrectValue } from './correct-value.ts';
import { escapeMrkdwn, linkTo, mentionUser, shortenEscaped, shortenPlain } from './escape-mrkdwn.ts';
import { paginateRows } from './paginate-rows.ts';
import { MAX_CONTEXT_ELEMENTS, MAX_FALLBACK_TEXT, MAX_HEADER_TEXT } from './slack-limits.ts';

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
    buttons: buttonBudget(answer),
  });
  const pageCount = pages.length;
  const page = Math.min(Math.max(0, Math.trunc(controls.page)), pageCount - 1);
  const content = pages[page]!;

  const blocks: Block[] = [{ type: 'header', text: plain(shortenEscaped(answer.title, MAX_HEADER_TEXT)) }];
  // One context block for both lines: the paginator budgets a single block here (FIXED_BLOCKS).
  const under = [
    ...(controls.sharedBy ? [mrkdwn(`Shared by ${mentionUser(controls.sharedBy)}`)] : []),
    ...(controls.note ? [mrkdwn(shortenEscaped(controls.note, 300))] : []),
  ];
  if (under.length > 0) blocks.push({ type: 'context', elements: under });
  for (const text of content.sections) blocks.push({ type: 'section', text: mrkdwn(text) });
  const sourceElements = content.sources.map((n) => mrkdwn(sourceTexts[n - 1] ?? ''));
  for (let i = 0; i < sourceElements.length; i += MAX_CONTEXT_ELEMENTS) {
    blocks.push({ type: 'context', elements: sourceElements.slice(i, i + MAX_CONTEXT_ELEMENTS) });
  }
  const where = pageCount > 1 ? ` · page ${page + 1} of ${pageCount}` : '';
  blocks.push({ type: 'context', elements: [mrkdwn(`/summit ${shortenEscaped(controls.command, 100)}${where}`)] });
  const buttons = pageButtons(answer, controls, page, pageCount);
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });

  const text = shortenEscaped(answerToPlainText(answer), MAX_FALLBACK_TEXT - 40) + where;
  return { text, blocks, page, pageCount };
}

/** Previous + Next + Share, and one per command to run: the buttons a page of this answer may carry at most. */
function buttonBudget(answer: Answer): number {
  const paged = answer.actions.some((a) => a.type === 'page') ? 2 : 0;
  const shared = answer.actions.some((a) => a.type === 'share') ? 1 : 0;
  return paged + shared + answer.actions.filter((a) => a.type !== 'page' && a.type !== 'share').length;
}

/** "*[1]* <url|headline> · topgab.com, 2 Sep 2025 (estimated) · aggregator rewrite, not original reporting · 000" */
// Each part is bounded (headline 100 characters, at most 500 escaped; URL 500; label 120, at most 600; id 40): the
// element stays under MAX_CONTEXT_TEXT.
export function sourceToMrkdwn(source: AnswerSource): string {
  const label = shortenPlain(sourceLabel(source), 120);
  const what = source.headline
    ? `${linkTo(source.url, shortenPlain(source.headline, 100))} · ${escapeMrkdwn(label)}`
    : linkTo(source.url, label);
  return `*[${source.n}]* ${what} · ${KIND_LABELS[source.kind]} · ${shortenEscaped(source.articleId, 40)}`;
}

function pageButtons(answer: Answer, controls: PageControls, page: number, pageCount: number): ButtonElement[] {
  const { command, sharedBy } = controls;
  const paged = answer.actions.some((a) => a.type === 'page');
  const shareable = answer.actions.some((a) => a.type === 'share');
  const runs = answer.actions.flatMap((a) => (a.type === 'run' ? [a] : []));
  const button = (
    actionId: string,
    label: string,
    value: string | undefined,
    style: boolean | 'primary' | 'danger' = false,
  ) =>
    value === undefined
      ? []
      : [
          {
            type: 'button' as const,
            action_id: actionId,
            text: plain(label),
            value,
            ...(style && { style: style === true ? ('primary' as const) : style }),
          },
        ];
  return [
    ...(paged && page > 0
      ? button(ACTION_IDS.previous, '◀ Previous', encodeButtonValue({ c: command, p: page - 1, s: sharedBy }))
      : []),
    ...(paged && page < pageCount - 1
      ? button(ACTION_IDS.next, 'Next ▶', encodeButtonValue({ c: command, p: page + 1, s: sharedBy }))
      : []),
    ...(shareable && !sharedBy
      ? button(ACTION_IDS.share, 'Share in channel', encodeButtonValue({ c: command, p: page }), true)
      : []),
    ...runs.flatMap((run) =>
      button(ACTION_IDS.run, shortenPlain(run.label, 75), encodeButtonValue({ c: run.command, p: 0 })),
    ),
    ...answer.actions.flatMap((a) =>
      a.type === 'picture'
        ? button(ACTION_IDS.picture, shortenPlain(a.label, 75), encodeButtonValue({ c: a.command, p: 0 }))
        : [],
    ),
    ...answer.actions.flatMap((a) =>
      a.type === 'review'
        ? button(ACTION_IDS.review, shortenPlain(a.label, 75), encodeButtonValue({ c: a.command, p: 0 }), a.style)
        : a.type === 'correct'
          ? button(ACTION_IDS.correct, shortenPlain(a.label, 75), encodeCorrectValue(a))
          : [],
    ),
  ];
}
