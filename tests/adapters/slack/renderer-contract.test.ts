// The renderer contract: every Answer the core can produce, and answers built to break renderers, fit every Slack
// limit on every page, carry no markup but ours, and lose no line (pagination, never truncation).
import { describe, expect, it } from 'vitest';
import { answerToBlocks } from '../../../src/adapters/slack/answer-to-blocks.ts';
import { escapeMrkdwn } from '../../../src/adapters/slack/escape-mrkdwn.ts';
import type { Answer } from '../../../src/core/answer-model.ts';
import { hostileAnswer, sampleAnswers } from '../../support/sample-answers.ts';
import { checkSlackMessage } from './check-slack-message.ts';

function allPages(answer: Answer, command: string, sharedBy?: string) {
  const first = answerToBlocks(answer, { command, page: 0, sharedBy });
  return Array.from({ length: first.pageCount }, (_, page) => answerToBlocks(answer, { command, page, sharedBy }));
}

/** Section text of every page, without our "(continued)" headings, whitespace removed. */
function contentOf(pages: ReturnType<typeof allPages>): string {
  return pages
    .flatMap((p) => p.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : [])))
    .join('\n')
    .split('\n')
    .filter((line) => !/^\*.*\* \(continued\)$/.test(line))
    .join('')
    .replace(/[\s*]+/g, '');
}

/** Our bold markers (`*`) and line breaks are formatting, not content: compare without them. */
const squash = (text: string) => escapeMrkdwn(text).replace(/[\s*]+/g, '');

const cases: { name: string; command: string; answer: Answer }[] = [
  ...sampleAnswers().map(({ command, answer }) => ({ name: `"${command}"`, command, answer })),
  {
    name: 'hostile, small',
    command: 'who <!channel>',
    answer: hostileAnswer({ sections: 2, lines: 3, lineLength: 80 }),
  },
  { name: 'hostile, long lines', command: 'x', answer: hostileAnswer({ sections: 3, lines: 4, lineLength: 9000 }) },
  { name: 'hostile, many lines', command: 'x', answer: hostileAnswer({ sections: 4, lines: 120, lineLength: 200 }) },
  { name: 'hostile, many sections', command: 'x', answer: hostileAnswer({ sections: 80, lines: 1, lineLength: 40 }) },
  // A source URL as long as the pack allows (2,000): shown unlinked rather than breaking the context element limit.
  {
    name: 'hostile, very long source URL',
    command: 'x',
    answer: hostileAnswer({ sections: 1, lines: 3, lineLength: 40, urlLength: 1990 }),
  },
];

describe('Slack renderer contract', () => {
  for (const { name, command, answer } of cases) {
    describe(name, () => {
      const pages = allPages(answer, command);
      const shared = allPages(answer, command, 'U0SHARER');

      it('keeps every page, ephemeral or shared, within every Slack limit and escapes all text', () => {
        for (const page of pages) expect(checkSlackMessage(page)).toEqual([]);
        for (const page of shared) expect(checkSlackMessage(page, { allowMention: 'U0SHARER' })).toEqual([]);
        expect(shared.length).toBe(pages.length);
      });

      it('shows every heading, line and quote somewhere across its pages', () => {
        const content = contentOf(pages);
        const shown = (text: string) => expect(content.includes(squash(text)), text.slice(0, 60)).toBe(true);
        for (const section of answer.sections) {
          shown(section.heading);
          for (const line of section.lines) {
            shown(line.text);
            for (const c of line.citations) if (!line.text.includes(c.quote)) shown(c.quote);
          }
        }
        if (answer.summary) shown(answer.summary);
        if (answer.title.length > 150) shown(answer.title);
      });

      it('links only between pages that exist', () => {
        pages.forEach((page, i) => {
          const ids = page.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
          expect(ids.includes('summit_page_previous')).toBe(i > 0);
          expect(ids.includes('summit_page_next')).toBe(i < pages.length - 1);
          expect(ids).toContain('summit_share');
        });
      });
    });
  }
});
