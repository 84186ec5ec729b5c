import { describe, expect, it } from 'vitest';
import { answerToEmbeds } from '../../../src/adapters/discord/answer-to-embeds.ts';
import type { Answer, AnswerSource } from '../../../src/core/answer-model.ts';
import { markedAnswer } from '../../support/marked-answer.ts';

const source = markedAnswer.sources[0] as AnswerSource;
const bare = (over: Partial<Answer>): Answer => ({ ...markedAnswer, summary: [], sections: [], sources: [], ...over });

describe('answerToEmbeds', () => {
  it('marks expected, unreviewed and conflicting lines, and flags a conflict section before a word is read', () => {
    expect(answerToEmbeds(markedAnswer)).toEqual([
      {
        title: 'Timeline: parade',
        description: 'Two events. Ask `/summit who <name>` for a profile.',
        color: 0x5865f2,
        fields: [
          {
            name: 'Events',
            value: [
              '• *[expected]* 3 Sep 2025 — Military parade in Beijing [1]',
              '  ↳ [1] “a military parade on Wednesday”',
              '• *[machine-read]* 3 Sep 2025 — “The talks lasted two and a half hours.” [2]',
            ].join('\n'),
          },
          {
            name: '⚠ Sources differ: how long the talks lasted',
            value: [
              '• *[sources differ]* two and a half hours [2]',
              '  ↳ [2] “The talks lasted two and a half hours.”',
              '• *[sources differ]* an hour and a half [1]',
              '  ↳ [1] “they spoke for an hour and a half”',
            ].join('\n'),
          },
        ],
        footer: {
          text: [
            '[1] 000 · Example Wire, 2 Sep 2025 · original reporting · https://example.com/a',
            '[2] 007 · Other Daily, 3 Sep 2025 (estimated) · aggregator rewrite, not original reporting',
          ].join('\n'),
        },
      },
    ]);
  });

  it('renders a not-found answer with no sections as a yellow embed with only title and summary', () => {
    const answer = bare({
      status: 'not-found',
      title: 'No one called “zz”',
      summary: [
        { type: 'text', text: 'Try ' },
        { type: 'command', command: 'who' },
        { type: 'text', text: '.' },
      ],
    });
    expect(answerToEmbeds(answer)).toEqual([
      { title: 'No one called “zz”', description: 'Try `/summit who`.', color: 0xfee75c },
    ]);
  });

  it('escapes markdown and mention syntax so source text shows as written', () => {
    const answer = bare({
      title: '*bold* <@123>',
      sections: [
        {
          heading: '# big',
          lines: [{ kind: 'note', parts: [{ type: 'text', text: '@everyone look at _this_' }], citations: [] }],
        },
      ],
    });
    expect(answerToEmbeds(answer)).toEqual([
      {
        title: '\\*bold\\* \\<@123\\>',
        color: 0x5865f2,
        fields: [{ name: '\\# big', value: '• @\u200beveryone look at \\_this\\_' }],
      },
    ]);
  });

  it('continues a long section on the next page, naming it "(continued)" and labelling the pages', () => {
    const sources = Array.from({ length: 12 }, (_, i) => ({ ...source, n: i + 1, articleId: `a${i}` }));
    const pages = answerToEmbeds(
      bare({
        title: 'Long',
        sections: [
          {
            heading: 'Many',
            lines: sources.map((s, i) => ({
              kind: 'mention' as const,
              parts: [{ type: 'text' as const, text: `${'word '.repeat(180)}${i}` }],
              citations: [{ source: s.n, quote: `${i}` }],
            })),
          },
        ],
        sources,
      }),
    );
    expect(pages.length).toBe(3);
    expect(pages[0]?.fields?.[0]?.name).toBe('Many');
    expect(pages[1]?.fields?.[0]?.name).toBe('Many (continued)');
    expect(pages[0]?.footer?.text.split('\n')[0]).toBe('Page 1 of 3');
    expect(pages[1]?.footer?.text).toMatch(/^Page 2 of 3\n\[\d+\] a\d+ · /);
  });

  it('shows a heading too long for a field name whole above its lines, and says "(continued)" after it', () => {
    const heading = 'h '.repeat(700);
    const line = { kind: 'note' as const, parts: [{ type: 'text' as const, text: 'the line' }], citations: [] };
    const [page] = answerToEmbeds(bare({ title: 'T', sections: [{ heading, lines: [line] }] }));
    const fields = page?.fields ?? [];
    expect(fields[0]?.name).toBe(`${heading.slice(0, 255)}…`);
    expect(fields[1]?.name).toMatch(/^(h ){100,}h?…? \(continued\)$/);
    expect(
      fields
        .map((f) => f.value)
        .join(' ')
        .replace(/\*\*|\s+/g, ''),
    ).toBe(`${'h'.repeat(700)}•theline`);
  });
});
