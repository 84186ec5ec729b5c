import { describe, expect, it } from 'vitest';
import { partsToMarkdown } from '../../src/adapters/discord/parts-to-markdown.ts';
import { partsToMrkdwn } from '../../src/adapters/slack/parts-to-mrkdwn.ts';
import type { InlinePart } from '../../src/core/answer-model.ts';
import { partsToPlain } from '../../src/core/answer-plain-text.ts';

// A command part carries text a user typed (an id, a name): it must not end its code span early or ping anyone.
const hostile: InlinePart[] = [
  { type: 'command', command: 'who `x` @everyone <!channel>' },
  { type: 'text', text: ' <@U1> @here' },
];

describe('inline parts with hostile text', () => {
  it('Slack: one code span, entities escaped, no mention syntax left', () => {
    expect(partsToMrkdwn(hostile)).toBe("`/summit who 'x' @everyone &lt;!channel&gt;` &lt;@U1&gt; @here");
  });

  it('Discord: one code span, mass mentions neutralised inside and outside it', () => {
    const out = partsToMarkdown(hostile);
    expect(out.startsWith('`/summit who ')).toBe(true);
    expect(out.match(/`/g)).toHaveLength(2);
    expect(out).not.toMatch(/@everyone|@here/);
  });
});

// ask marks the words that answer the question as a strong text part.
const answered: InlinePart[] = [
  { type: 'text', text: 'The ferry carries ' },
  { type: 'text', text: '120 cars', strong: true },
  { type: 'text', text: ' a trip.' },
];

describe('an answer span (strong text)', () => {
  it('Slack: in bold, escaped like any text', () => {
    expect(partsToMrkdwn(answered)).toBe('The ferry carries *120 cars* a trip.');
    expect(partsToMrkdwn([{ type: 'text', text: '<b> & co', strong: true }])).toBe('*&lt;b&gt; &amp; co*');
  });

  it('Discord: in bold', () => {
    expect(partsToMarkdown(answered)).toBe('The ferry carries **120 cars** a trip.');
  });

  it('plain text (terminal, notifications): the words as they are', () => {
    expect(partsToPlain(answered)).toBe('The ferry carries 120 cars a trip.');
  });
});
