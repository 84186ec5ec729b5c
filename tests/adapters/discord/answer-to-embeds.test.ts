import { describe, expect, it } from 'vitest';
import { answerToEmbeds } from '../../../src/adapters/discord/answer-to-embeds.ts';
import type { Answer, Citation } from '../../../src/core/answer-model.ts';

const citation: Citation = {
  articleId: '000',
  headline: 'Kim meets Xi and Putin',
  outlet: 'topgab.com (news aggregator)',
  url: 'https://topgab.com/a.html',
  published: '2025-09-02',
  publishedEstimated: true,
  kind: 'aggregator-rewrite',
  quote: 'Russian President Vladimir Putin',
};

describe('answerToEmbeds', () => {
  it('renders title, summary, a field per section, numbered references and a footer with the sources', () => {
    const answer: Answer = {
      status: 'answered',
      title: 'Vladimir Putin',
      summary: 'Mentioned by 1 source.',
      sections: [
        { heading: 'Role', lines: [{ text: 'Russian President (Russia)', citations: [citation] }] },
        {
          heading: 'Spellings',
          lines: [{ text: 'Spelled “Vladimir Putin”', citations: [{ ...citation, quote: 'Vladimir Putin' }] }],
        },
      ],
    };
    expect(answerToEmbeds(answer)).toEqual([
      {
        title: 'Vladimir Putin',
        description: 'Mentioned by 1 source.',
        color: 0x5865f2,
        fields: [
          { name: 'Role', value: '• Russian President (Russia) [1]\n  ↳ [1] “Russian President Vladimir Putin”' },
          { name: 'Spellings', value: '• Spelled “Vladimir Putin” [1]' },
        ],
        footer: {
          text: '[1] 000 · topgab.com (news aggregator), 2 Sep 2025 (estimated) · aggregator rewrite, not original reporting · https://topgab.com/a.html',
        },
      },
    ]);
  });

  it('renders a not-found answer with no sections as a yellow embed with only title and summary', () => {
    const answer: Answer = {
      status: 'not-found',
      title: 'No one called “zz”',
      summary: 'Try `/summit who`.',
      sections: [],
    };
    expect(answerToEmbeds(answer)).toEqual([
      { title: 'No one called “zz”', description: 'Try \\`/summit who\\`.', color: 0xfee75c },
    ]);
  });

  it('escapes markdown and mention syntax so source text shows as written', () => {
    const answer: Answer = {
      status: 'answered',
      title: '*bold* <@123>',
      sections: [{ heading: '# big', lines: [{ text: '@everyone look at _this_', citations: [] }] }],
    };
    expect(answerToEmbeds(answer)).toEqual([
      {
        title: '\\*bold\\* \\<@123\\>',
        color: 0x5865f2,
        fields: [{ name: '\\# big', value: '• @\u200beveryone look at \\_this\\_' }],
      },
    ]);
  });

  it('continues a long section on the next page, naming it "(continued)" and labelling the pages', () => {
    const line = (i: number) => ({
      text: `${'word '.repeat(180)}${i}`,
      citations: [{ ...citation, articleId: `a${i}` }],
    });
    const pages = answerToEmbeds({
      status: 'answered',
      title: 'Long',
      sections: [{ heading: 'Many', lines: Array.from({ length: 12 }, (_, i) => line(i)) }],
    });
    expect(pages.length).toBe(3);
    expect(pages[0]?.fields?.[0]?.name).toBe('Many');
    expect(pages[1]?.fields?.[0]?.name).toBe('Many (continued)');
    expect(pages[0]?.footer?.text.split('\n')[0]).toBe('Page 1 of 3');
    expect(pages[1]?.footer?.text).toMatch(/^Page 2 of 3\n\[\d+\] a\d+ · /);
  });
});
