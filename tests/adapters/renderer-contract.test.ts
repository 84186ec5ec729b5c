// The renderer contract, the same cases for every front end (Slack blocks, Discord embeds and brief messages, the
// terminal): every Answer the core can produce, and answers built to break renderers, keep every platform limit on every
// page, ping nobody, and lose nothing — every heading, line, mark, quote and source is shown, in the answer's order,
// however many pages it takes.
import { describe, expect, it } from 'vitest';
import { lineMarks, partsToPlain, quotesBehind } from '../../src/core/answer-plain-text.ts';
import type { Answer } from '../../src/core/answer-model.ts';
import { markedAnswer } from '../support/marked-answer.ts';
import { hostileAnswer, interactive, sampleAnswers } from '../support/sample-answers.ts';
import { RENDERERS } from './renderings.ts';
import { reviewAnswers } from './review-answers.ts';

/** Line breaks, spaces and the platforms' formatting marks (bold, italics, code) are layout, not content. */
const squash = (text: string) => text.replace(/[\s*_`']+/g, '');

/** What a reader must find, in this order: title, summary, then each heading and, per line, its marks, words, quotes. */
function readingOrder(answer: Answer): string[] {
  return [
    answer.title,
    partsToPlain(answer.summary),
    ...answer.sections.flatMap((section) => [
      section.heading,
      ...section.lines.flatMap((line) => [
        ...lineMarks(line, section).map((m) => `[${m}]`),
        partsToPlain(line.parts),
        ...quotesBehind(line).map(({ n, quote }) => `[${n}] “${quote}”`),
      ]),
    ]),
  ].filter((text) => text !== '');
}

/** The first expected text not found after the one before it, or undefined when all are there in order. */
function firstMissing(shown: string, expected: readonly string[]): string | undefined {
  const text = squash(shown);
  let from = 0;
  for (const item of expected) {
    const at = text.indexOf(squash(item), from);
    if (at < 0) return item;
    from = at + squash(item).length;
  }
  return undefined;
}

/** Source 3 is quoted only inline, in the summary: it must still be listed wherever the quote is shown. */
const quotedInSummary: Answer = {
  ...markedAnswer,
  summary: [
    ...markedAnswer.summary,
    { type: 'text', text: ' One says ' },
    { type: 'quote', source: 3, text: 'no talks' },
  ],
  sources: [...markedAnswer.sources, { ...markedAnswer.sources[0]!, n: 3, articleId: '009', outlet: 'Third Post' }],
};

const cases: { name: string; command: string; answer: Answer }[] = [
  ...sampleAnswers().map(({ command, answer }) => ({ name: `"${command}"`, command, answer })),
  ...reviewAnswers().map(({ name, answer }) => ({ name, command: 'review', answer })),
  { name: 'every mark', command: 'timeline parade', answer: interactive(markedAnswer) },
  { name: 'a source quoted only in the summary', command: 'x', answer: quotedInSummary },
  {
    name: 'hostile, small',
    command: 'who <!channel>',
    answer: hostileAnswer({ sections: 2, lines: 3, lineLength: 80 }),
  },
  { name: 'hostile, huge lines', command: 'x', answer: hostileAnswer({ sections: 6, lines: 12, lineLength: 2500 }) },
  { name: 'hostile, longer lines', command: 'x', answer: hostileAnswer({ sections: 3, lines: 4, lineLength: 9000 }) },
  { name: 'hostile, many lines', command: 'x', answer: hostileAnswer({ sections: 4, lines: 120, lineLength: 200 }) },
  { name: 'hostile, many sections', command: 'x', answer: hostileAnswer({ sections: 80, lines: 1, lineLength: 40 }) },
  // A source URL as long as the pack allows (2,000): shown unlinked or clipped rather than breaking a limit.
  {
    name: 'hostile, very long source URLs',
    command: 'x',
    answer: hostileAnswer({ sections: 1, lines: 8, lineLength: 40, urlLength: 1990 }),
  },
];

describe.each(RENDERERS)('renderer contract: $name', (renderer) => {
  describe.each(cases)('$name', ({ command, answer }) => {
    const rendering = renderer.render(answer, command);

    it('keeps every platform limit on every page, escapes all text and pings nobody', () => {
      expect(rendering.problems).toEqual([]);
    });

    it('shows every heading, line, mark and quote, in the order of the answer', () => {
      expect(firstMissing(rendering.text, readingOrder(answer))).toBeUndefined();
    });

    it('lists every numbered source with its article id and outlet', () => {
      for (const source of answer.sources) {
        const listing = squash(rendering.sources.get(source.n) ?? '');
        expect(listing, `[${source.n}]`).toContain(squash(source.articleId));
        expect(listing, `[${source.n}]`).toContain(squash(source.outlet));
      }
    });
  });
});

describe('the contract itself', () => {
  it('notices a line that is missing or out of order', () => {
    expect(firstMissing('a b c', ['a', 'c'])).toBeUndefined();
    expect(firstMissing('a b c', ['c', 'a'])).toBe('a');
    expect(firstMissing('a b', ['a', 'x'])).toBe('x');
  });

  it('runs hostile answers with every part, conflicts and marks, and answers with several pages', () => {
    const hostile = hostileAnswer({ sections: 2, lines: 3, lineLength: 80 });
    const parts = new Set(hostile.sections.flatMap((s) => s.lines.flatMap((l) => l.parts.map((p) => p.type))));
    expect([...parts].sort()).toEqual(['command', 'date', 'person', 'quote', 'text']);
    const marks = new Set(hostile.sections.flatMap((s) => s.lines.flatMap((l) => lineMarks(l, s))));
    expect([...marks].sort()).toEqual(['expected', 'expected, date passed', 'machine-read', 'sources differ']);
  });
});
