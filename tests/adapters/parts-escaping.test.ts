import { describe, expect, it } from 'vitest';
import { partsToMarkdown } from '../../src/adapters/discord/parts-to-markdown.ts';
import { partsToMrkdwn } from '../../src/adapters/slack/parts-to-mrkdwn.ts';
import type { InlinePart } from '../../src/core/answer-model.ts';

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
