import { describe, expect, it } from 'vitest';
import { answerToBlocks } from '../../../src/adapters/slack/answer-to-blocks.ts';
import { MAX_PAGE_TEXT } from '../../../src/adapters/slack/slack-limits.ts';
import type { Answer, AnswerLine } from '../../../src/core/answer-model.ts';
import { markedAnswer } from '../../support/marked-answer.ts';
import { INTERACTIVE_ACTIONS, hostileAnswer } from '../../support/sample-answers.ts';
import { checkSlackMessage } from './check-slack-message.ts';

/** Characters of text a message carries, as checkSlackMessage counts them. */
function textOf(page: ReturnType<typeof answerToBlocks>): number {
  return page.blocks.reduce((sum, b) => {
    if (b.type === 'header' || b.type === 'section') return sum + b.text.text.length;
    if (b.type === 'context') return sum + b.elements.reduce((n, e) => n + e.text.length, 0);
    return sum + b.elements.reduce((n, e) => n + e.text.text.length + e.value.length, 0);
  }, 0);
}

describe('Slack pages: how rows are packed', () => {
  const long = { ...hostileAnswer({ sections: 2, lines: 60, lineLength: 300 }), actions: [...INTERACTIVE_ACTIONS] };

  it('fills a page up to the limit, keeping room only for the frame the answer can carry', () => {
    const first = answerToBlocks(long, { command: 'who x', page: 0 });
    const pages = Array.from({ length: first.pageCount }, (_, page) =>
      answerToBlocks(long, { command: 'who x', page, sharedBy: `U${'0'.repeat(20)}` }),
    );
    for (const page of pages) expect(checkSlackMessage(page, { allowMention: `U${'0'.repeat(20)}` })).toEqual([]);
    // A page holds ~10,000 characters; it used to keep 1,000 per possible button free and held ~6,000.
    for (const page of pages.slice(0, -1)) expect(textOf(page)).toBeGreaterThan(MAX_PAGE_TEXT - 1500);
  });

  it('splits the answer alike whoever shares a page, so Share and Next show the lines the sharer saw', () => {
    const own = answerToBlocks(long, { command: 'who x', page: 0 });
    for (let page = 0; page < own.pageCount; page++) {
      const sections = (sharedBy?: string) =>
        answerToBlocks(long, { command: 'who x', page, ...(sharedBy ? { sharedBy } : {}) }).blocks.filter(
          (b) => b.type === 'section',
        );
      expect(sections('U0ALICE')).toEqual(sections());
    }
  });

  it('splits a channel post alike with and without the note of a late one', () => {
    // A post carries no buttons to page or share (brief-publisher.ts posts every page at once).
    const post = { ...hostileAnswer({ sections: 2, lines: 60, lineLength: 300 }), actions: [] };
    const sections = (note?: string) =>
      Array.from({ length: answerToBlocks(post, { command: 'brief', page: 0 }).pageCount }, (_, page) =>
        answerToBlocks(post, { command: 'brief', page, ...(note ? { note } : {}) }).blocks.filter(
          (b) => b.type === 'section',
        ),
      );
    expect(sections('(delayed) The bot was offline when this brief was due; posted on its return.')).toEqual(
      sections(),
    );
  });

  it('shows none of the sources a line carries in moreCitations', () => {
    const line: AnswerLine = {
      kind: 'event',
      parts: [{ type: 'text', text: 'Parade in Beijing' }],
      citations: [{ source: 1, quote: 'a military parade on Wednesday' }],
      moreCitations: [{ source: 2, quote: 'a hidden quote' }],
    };
    const answer: Answer = { ...markedAnswer, sections: [{ heading: 'Wed 3 Sep 2025', lines: [line] }] };
    const text = JSON.stringify(answerToBlocks(answer, { command: 'timeline', page: 0 }).blocks);
    expect(text).toContain('“a military parade on Wednesday”');
    expect(text).not.toContain('a hidden quote');
    expect(text).not.toContain('[2]');
  });
});
