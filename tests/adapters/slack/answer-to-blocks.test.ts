import { describe, expect, it } from 'vitest';
import { answerToBlocks } from '../../../src/adapters/slack/answer-to-blocks.ts';
import type { Answer, Citation } from '../../../src/core/answer-model.ts';
import { hostileAnswer } from '../../support/sample-answers.ts';

const reuters: Citation = {
  articleId: '002',
  headline: 'Kim & Xi <meet>',
  outlet: 'Reuters',
  url: 'https://example.com/kim?x=1&y=2',
  published: '2025-09-02',
  publishedEstimated: false,
  kind: 'original-reporting',
  quote: 'Kim met Xi',
};
const blog: Citation = {
  articleId: '004',
  headline: null,
  outlet: 'a blog',
  url: null,
  published: '2025-08-28',
  publishedEstimated: true,
  kind: 'auto-blog-rewrite',
  quote: 'will attend',
};
const answer: Answer = {
  status: 'answered',
  title: 'Kim Jong Un',
  summary: 'Mentioned by 2 sources.',
  sections: [
    {
      heading: 'Role',
      lines: [
        { text: 'Kim met Xi in Beijing <!here>', citations: [reuters] },
        { text: 'Attends the parade', citations: [blog, reuters], tags: ['not-in-fact-sheet'] },
      ],
    },
  ],
};

describe('answerToBlocks', () => {
  it('renders a one-page answer as header, sections, linked numbered sources, footer and a Share button', () => {
    expect(answerToBlocks(answer, { command: 'who kim', page: 0 })).toEqual({
      text: 'Kim Jong Un — Mentioned by 2 sources.',
      page: 0,
      pageCount: 1,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Kim Jong Un' } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Mentioned by 2 sources.' } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: [
              '*Role*',
              '• Kim met Xi in Beijing &lt;!here&gt; [1]',
              '• Attends the parade _(not yet in the fact sheet)_ [1][2]',
              '      ↳ [2] “will attend”',
              '      ↳ [1] “Kim met Xi”',
            ].join('\n'),
          },
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: '*[1]* <https://example.com/kim?x=1&amp;y=2|Kim &amp; Xi &lt;meet&gt;> · Reuters, 2 Sep 2025 · original reporting · 002',
            },
            {
              type: 'mrkdwn',
              text: '*[2]* a blog, 28 Aug 2025 (estimated) · auto-blog rewrite, not original reporting · 004',
            },
          ],
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '/summit who kim' }] },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'summit_share',
              text: { type: 'plain_text', text: 'Share in channel' },
              value: '{"c":"who kim","p":0}',
              style: 'primary',
            },
          ],
        },
      ],
    });
  });

  it('says who shared a public message and offers no Share button there', () => {
    const { blocks } = answerToBlocks(answer, { command: 'who kim', page: 0, sharedBy: 'U0ALICE' });
    expect(blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U0ALICE>' }] });
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('offers Previous and Next on a middle page, carrying the command and the target page', () => {
    const long = hostileAnswer({ sections: 2, lines: 60, lineLength: 300 });
    const page = answerToBlocks(long, { command: 'who <x>', page: 1 });
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
    const long = hostileAnswer({ sections: 1, lines: 60, lineLength: 300 });
    const second = answerToBlocks(long, { command: 'x', page: 1 });
    const first = second.blocks.find((b) => b.type === 'section');
    expect(first?.type === 'section' && first.text.text.split('\n')[0]).toMatch(
      /^\*&lt;!channel&gt; heading 0.*\* \(continued\)$/,
    );
  });

  it('clamps a page number beyond the last page to the last page', () => {
    expect(answerToBlocks(answer, { command: 'who kim', page: 7 }).page).toBe(0);
  });
});
