import { describe, expect, it } from 'vitest';
import { answerToBlocks } from '../../../src/adapters/slack/answer-to-blocks.ts';
import { renderedPage } from '../../../src/adapters/slack/page-memo.ts';
import { answerText } from '../../support/answer-text.ts';
import { bundledPack } from '../../support/bundled-pack.ts';

describe('rendered pages kept with their answer', () => {
  const answer = answerText(bundledPack(), 'timeline');

  it('gives the same page object for the same answer and controls, equal to a fresh render', () => {
    const first = renderedPage(answer, { command: 'timeline', page: 0 });
    expect(renderedPage(answer, { command: 'timeline', page: 0 })).toBe(first);
    expect(first).toEqual(answerToBlocks(answer, { command: 'timeline', page: 0 }));
  });

  it('renders another page, another sharer or another answer anew', () => {
    const first = renderedPage(answer, { command: 'timeline', page: 0 });
    const shared = renderedPage(answer, { command: 'timeline', page: 0, sharedBy: 'U0123ABCD' });
    expect(shared).not.toBe(first);
    expect(JSON.stringify(shared.blocks)).toContain('Shared by <@U0123ABCD>');
    const other = answerText(bundledPack(), 'timeline');
    expect(renderedPage(other, { command: 'timeline', page: 0 })).not.toBe(first);
  });
});
