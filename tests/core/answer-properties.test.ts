// Free text in, trust out: whatever anyone types, the core never throws, and every citation it shows quotes its
// article verbatim (modulo whitespace and typographic quotes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summitCommand } from '../../commands/summit.ts';
import { answerText } from '../support/answer-text.ts';
import { normalizeQuoteText } from '../../src/core/normalize-text.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const pack = bundledPack();
const bodies = new Map(pack.articles.map((a) => [a.id, normalizeQuoteText(a.body)]));
const words = [
  'who',
  'timeline',
  'sources',
  'help',
  'ask',
  'putin',
  'kim',
  'sep',
  '3',
  '2025-09-03',
  '004',
  'jong-un',
  '<!channel>',
  '@everyone',
];
const commandText = fc.oneof(
  fc.string({ maxLength: 600 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(' ')),
  fc
    .tuple(fc.constantFrom(...summitCommand.subcommands.map((s) => s.name)), fc.string({ maxLength: 120 }))
    .map(([s, t]) => `${s} ${t}`),
);

describe('answerText on any input', () => {
  it('never throws and never cites words its article does not contain', () => {
    fc.assert(
      fc.property(commandText, (text) => {
        const answer = answerText(pack, text);
        expect(['answered', 'not-found', 'bad-input']).toContain(answer.status);
        for (const line of answer.sections.flatMap((s) => s.lines)) {
          for (const c of line.citations)
            expect(bodies.get(answer.sources[c.source - 1]?.articleId ?? '')).toContain(normalizeQuoteText(c.quote));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
