// Property: whatever a user types after /summit, every page of the answer fits Slack and carries no markup but ours.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerToBlocks } from '../../../src/adapters/slack/answer-to-blocks.ts';
import { answerText } from '../../support/answer-text.ts';
import { bundledPack } from '../../support/bundled-pack.ts';
import { checkSlackMessage } from './check-slack-message.ts';

const word = fc.constantFrom(
  'who',
  'timeline',
  'sources',
  'ask',
  'help',
  'putin',
  'kim',
  'sep',
  '3',
  '<!channel>',
  '&',
  '<@U1>',
  '>',
);
const commandText = fc.oneof(
  fc.string({ maxLength: 600 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(word, { maxLength: 12 }).map((w) => w.join(' ')),
);

describe('any command text', () => {
  it('yields pages within every Slack limit with no unescaped <', () => {
    const pack = bundledPack();
    fc.assert(
      fc.property(commandText, fc.nat(5), (text, page) => {
        const rendered = answerToBlocks(answerText(pack, text), { command: text, page });
        expect(checkSlackMessage(rendered)).toEqual([]);
        expect(rendered.page).toBeLessThan(rendered.pageCount);
      }),
      { numRuns: 300 },
    );
  });
});
