import { describe, expect, it } from 'vitest';
import { answerToText } from '../../src/adapters/terminal/answer-to-text.ts';
import { markedAnswer } from '../support/marked-answer.ts';

describe('answerToText', () => {
  it('marks expected, unreviewed and conflicting lines, numbers sources and quotes what backs each line', () => {
    expect(answerToText(markedAnswer)).toBe(
      [
        'Timeline: parade',
        'Two events. Ask /summit who <name> for a profile.',
        '',
        'Events',
        '  • [expected] 3 Sep 2025 — Military parade in Beijing [1]',
        '      [1] “a military parade on Wednesday”',
        '  • [machine-read] 3 Sep 2025 — “The talks lasted two and a half hours.” [2]',
        '',
        'Sources differ: how long the talks lasted',
        '  • [sources differ] two and a half hours [2]',
        '      [2] “The talks lasted two and a half hours.”',
        '  • [sources differ] an hour and a half [1]',
        '      [1] “they spoke for an hour and a half”',
        '',
        'Sources',
        '  [1] 000 · Example Wire, 2 Sep 2025 · original reporting · https://example.com/a',
        '  [2] 007 · Other Daily, 3 Sep 2025 (estimated) · aggregator rewrite, not original reporting',
      ].join('\n'),
    );
  });
});
