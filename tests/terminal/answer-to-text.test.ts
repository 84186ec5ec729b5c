import { describe, expect, it } from 'vitest';
import { answerToText } from '../../src/adapters/terminal/answer-to-text.ts';
import type { Answer, Citation } from '../../src/core/answer-model.ts';

const citation: Citation = {
  articleId: '000',
  headline: 'H',
  outlet: 'topgab.com (news aggregator)',
  url: 'https://topgab.com/x',
  published: '2025-09-02',
  publishedEstimated: true,
  kind: 'aggregator-rewrite',
  quote: 'Russian President Vladimir Putin',
};

describe('answerToText', () => {
  it('numbers sources, quotes what backs each line and lists the sources', () => {
    const answer: Answer = {
      status: 'answered',
      title: 'Vladimir Putin',
      summary: 'Mentioned by 1 of 1 sources.',
      sections: [
        { heading: 'Role', lines: [{ text: 'Russian President (Russia)', citations: [citation] }] },
        { heading: 'Notes', lines: [{ text: 'No citation here', citations: [] }] },
      ],
    };
    expect(answerToText(answer)).toBe(
      [
        'Vladimir Putin',
        'Mentioned by 1 of 1 sources.',
        '',
        'Role',
        '  • Russian President (Russia) [1]',
        '      [1] “Russian President Vladimir Putin”',
        '',
        'Notes',
        '  • No citation here',
        '',
        'Sources',
        '  [1] 000 · topgab.com (news aggregator), 2 Sep 2025 (estimated) · aggregator rewrite, not original reporting · https://topgab.com/x',
      ].join('\n'),
    );
  });
});
