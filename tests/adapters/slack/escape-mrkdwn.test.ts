import { describe, expect, it } from 'vitest';
import { chunkEscaped, escapeMrkdwn, linkTo, mentionUser } from '../../../src/adapters/slack/escape-mrkdwn.ts';

describe('escaping for Slack', () => {
  it('turns & < > into entities so <!channel> cannot ping anyone', () => {
    expect(escapeMrkdwn('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('links only http(s) URLs, with | < > in the URL encoded and the label escaped', () => {
    expect(linkTo('https://x.example/a|b<c>&d', 'A & <B>')).toBe(
      '<https://x.example/a%7Cb%3Cc%3E&amp;d|A &amp; &lt;B&gt;>',
    );
    expect(linkTo('javascript:alert(1)', 'label')).toBe('label');
    expect(linkTo(null, '<b>')).toBe('&lt;b&gt;');
    expect(linkTo(`https://x.example/${'a'.repeat(600)}`, 'label')).toBe('label');
  });

  it('mentions only well-formed user ids', () => {
    expect(mentionUser('U0ALICE')).toBe('<@U0ALICE>');
    expect(() => mentionUser('!channel')).toThrow();
  });

  it('splits long text at spaces without cutting an escape or a surrogate pair', () => {
    const pieces = chunkEscaped('a&b '.repeat(10) + '😀'.repeat(10), 12);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(12);
      expect(piece).not.toMatch(/&(?!amp;)/);
      expect(piece).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(pieces.join('')).toBe('a&amp;b'.repeat(10) + '😀'.repeat(10));
  });
});
