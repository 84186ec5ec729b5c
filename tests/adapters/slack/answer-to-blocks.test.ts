import { describe, expect, it } from 'vitest';
import { answerToBlocks } from '../../../src/adapters/slack/answer-to-blocks.ts';
import type { Answer } from '../../../src/core/answer-model.ts';
import { markedAnswer } from '../../support/marked-answer.ts';
import { INTERACTIVE_ACTIONS, hostileAnswer } from '../../support/sample-answers.ts';

const answer: Answer = { ...markedAnswer, actions: [{ type: 'share' }] };
/** A long hostile answer with the dispatcher's buttons only (no "run" button). */
const long = (sections: number) => ({
  ...hostileAnswer({ sections, lines: 60, lineLength: 300 }),
  actions: [...INTERACTIVE_ACTIONS],
});

describe('answerToBlocks', () => {
  it('marks expected, unreviewed and conflicting lines, links numbered sources and offers Share', () => {
    expect(answerToBlocks(answer, { command: 'timeline parade', page: 0 })).toEqual({
      text: 'Timeline: parade — Two events. Ask /summit who &lt;name&gt; for a profile.',
      page: 0,
      pageCount: 1,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Timeline: parade' } },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: 'Two events. Ask `/summit who &lt;name&gt;` for a profile.' },
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: [
              '*Events*',
              '• _[expected]_ 3 Sep 2025 — Military parade in Beijing [1]',
              '      ↳ [1] “a military parade on Wednesday”',
              '• _[machine-read]_ 3 Sep 2025 — “The talks lasted two and a half hours.” [2]',
            ].join('\n'),
          },
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: [
              '*Sources differ: how long the talks lasted*',
              '• _[sources differ]_ two and a half hours [2]',
              '      ↳ [2] “The talks lasted two and a half hours.”',
              '• _[sources differ]_ an hour and a half [1]',
              '      ↳ [1] “they spoke for an hour and a half”',
            ].join('\n'),
          },
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: '*[1]* <https://example.com/a|Example Wire, 2 Sep 2025> · 000',
            },
            {
              type: 'mrkdwn',
              text: '*[2]* Other Daily, 3 Sep 2025 (estimated) · aggregator rewrite, not original reporting · 007',
            },
          ],
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '/summit timeline parade' }] },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'summit_share',
              text: { type: 'plain_text', text: 'Share in channel' },
              value: '{"c":"timeline parade","p":0}',
              style: 'primary',
            },
          ],
        },
      ],
    });
  });

  it('offers no buttons the answer does not ask for', () => {
    const { blocks } = answerToBlocks(markedAnswer, { command: 'timeline parade', page: 0 });
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('says who shared a public message and offers no Share button there', () => {
    const { blocks } = answerToBlocks(answer, { command: 'timeline parade', page: 0, sharedBy: 'U0ALICE' });
    expect(blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U0ALICE>' }] });
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('offers Previous and Next on a middle page, carrying the command and the target page', () => {
    const page = answerToBlocks(long(2), { command: 'who <x>', page: 1 });
    expect(page.pageCount).toBeGreaterThan(2);
    expect(page.blocks.at(-2)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `/summit who &lt;x&gt; · page 2 of ${page.pageCount}` }],
    });
    expect(page.blocks.at(-1)).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: 'summit_page_previous',
          text: { type: 'plain_text', text: '◀ Previous' },
          value: '{"c":"who \\u003cx\\u003e","p":0}',
        },
        {
          type: 'button',
          action_id: 'summit_page_next',
          text: { type: 'plain_text', text: 'Next ▶' },
          value: '{"c":"who \\u003cx\\u003e","p":2}',
        },
        {
          type: 'button',
          action_id: 'summit_share',
          text: { type: 'plain_text', text: 'Share in channel' },
          value: '{"c":"who \\u003cx\\u003e","p":1}',
          style: 'primary',
        },
      ],
    });
  });

  it('repeats the section heading on a page that opens mid-section', () => {
    const second = answerToBlocks(long(1), { command: 'x', page: 1 });
    const first = second.blocks.find((b) => b.type === 'section');
    expect(first?.type === 'section' && first.text.text.split('\n')[0]).toMatch(
      /^\*&lt;!channel&gt; heading 0.*\* \(continued\)$/,
    );
  });

  it('clamps a page number beyond the last page to the last page', () => {
    expect(answerToBlocks(answer, { command: 'timeline parade', page: 7 }).page).toBe(0);
  });
});
