// The frame around a page's content: header, the shared-by / note line, the footer and the buttons the answer's actions
// ask for (Previous / Next / Share / a command to run / a picture / review); and how large it can get, which is what
// the paginator leaves room for on every page.
import type { Answer } from '../../core/answer-model.ts';
import type { PageControls } from './answer-to-blocks.ts';
import { type Block, type ButtonElement, mrkdwn, plain } from './block-kit.ts';
import { ACTION_IDS, encodeButtonValue } from './button-value.ts';
import { encodeCorrectValue } from './correct-value.ts';
import { mentionUser, shortenEscaped, shortenPlain } from './escape-mrkdwn.ts';
import { MAX_BUTTON_TEXT, MAX_HEADER_TEXT } from './slack-limits.ts';

/** The blocks around a page's content: header and shared-by/note line above, footer and buttons below. */
export function pageFrame(answer: Answer, controls: PageControls, page: number, pageCount: number) {
  const above: Block[] = [{ type: 'header', text: plain(shortenEscaped(answer.title, MAX_HEADER_TEXT)) }];
  // One context block for both lines: the paginator budgets a single block here (FIXED_BLOCKS).
  const under = [
    ...(controls.sharedBy ? [mrkdwn(`Shared by ${mentionUser(controls.sharedBy)}`)] : []),
    ...(controls.note ? [mrkdwn(shortenEscaped(controls.note, MAX_NOTE))] : []),
  ];
  if (under.length > 0) above.push({ type: 'context', elements: under });
  const where = pageCount > 1 ? ` · page ${page + 1} of ${pageCount}` : '';
  const below: Block[] = [
    { type: 'context', elements: [mrkdwn(`/summit ${shortenEscaped(controls.command, 100)}${where}`)] },
  ];
  const buttons = pageButtons(answer, controls, page, pageCount);
  if (buttons.length > 0) below.push({ type: 'actions', elements: buttons });
  return { above, below, where };
}

/** Longest note line under the header, in characters. */
const MAX_NOTE = 300;
/** As long a user id as SLACK_USER_ID allows. */
const LONGEST_USER_ID = `U${'0'.repeat(20)}`;
/** Page numbers of as many digits as a button value allows (button-value.ts: 0-based pages up to 999). */
const LAST_PAGES = 1000;

/**
 * Characters the largest frame of any page of this answer under this command carries. Every variant of a page (whoever
 * shares it, whichever its number) must split the answer alike, or Share and Next would show other lines than the page
 * they came from; so the frame is measured at its largest, and only the command and the answer's own buttons make it
 * vary. A note goes on channel posts (a late brief), which have no page buttons and may be posted again late: their
 * frame keeps room for the longest note.
 */
export function largestFrameText(answer: Answer, controls: PageControls): number {
  const paged = answer.actions.some((a) => a.type === 'page');
  const note = paged ? controls.note : 'x'.repeat(MAX_NOTE);
  return Math.max(
    ...[{}, { sharedBy: LONGEST_USER_ID }].map((shared) => {
      const variant = { command: controls.command, page: 0, ...(note ? { note } : {}), ...shared };
      const { above, below } = pageFrame(answer, variant, LAST_PAGES - 2, LAST_PAGES);
      return blocksText([...above, ...below]);
    }),
  );
}

/** Characters of text blocks carry, counted as for MAX_PAGE_TEXT: every text, and each button's label and value. */
function blocksText(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => {
    if (block.type === 'header' || block.type === 'section') return sum + block.text.text.length;
    if (block.type === 'context') return sum + block.elements.reduce((n, e) => n + e.text.length, 0);
    return sum + block.elements.reduce((n, b) => n + b.text.text.length + b.value.length, 0);
  }, 0);
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
      button(ACTION_IDS.run, shortenPlain(run.label, MAX_BUTTON_TEXT), encodeButtonValue({ c: run.command, p: 0 })),
    ),
    ...answer.actions.flatMap((a) =>
      a.type === 'picture'
        ? button(ACTION_IDS.picture, shortenPlain(a.label, MAX_BUTTON_TEXT), encodeButtonValue({ c: a.command, p: 0 }))
        : [],
    ),
    ...answer.actions.flatMap((a) =>
      a.type === 'review'
        ? button(
            ACTION_IDS.review,
            shortenPlain(a.label, MAX_BUTTON_TEXT),
            encodeButtonValue({ c: a.command, p: 0 }),
            a.style,
          )
        : a.type === 'correct'
          ? button(ACTION_IDS.correct, shortenPlain(a.label, MAX_BUTTON_TEXT), encodeCorrectValue(a))
          : [],
    ),
  ];
}
