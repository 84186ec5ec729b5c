// Source text in Discord markdown shows as written: discord.js's escapeMarkdown for formatting, ours for mention
// syntax, block quotes and mass mentions.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, neutraliseMassMentions } from '../../../src/adapters/discord/escape-markdown.ts';

describe('escapeMarkdown for Discord', () => {
  it('escapes bold, italics, underline, strike-through, spoilers and code', () => {
    expect(escapeMarkdown('a *b* _c_ __d__ ~~e~~ ||f|| `g`')).toBe(
      'a \\*b\\* \\_c\\_ \\_\\_d\\_\\_ \\~\\~e\\~\\~ \\|\\|f\\|\\| \\`g\\`',
    );
  });

  it('escapes headings, bulleted and numbered lists and masked links at the start of a line', () => {
    expect(escapeMarkdown('# Notes\n- first\n2. second\n[site](http://example.org)')).toBe(
      '\\# Notes\n\\- first\n2\\. second\n\\[site](http://example.org)',
    );
  });

  it('shows mention, channel, role, emoji and timestamp syntax as typed instead of rendering it', () => {
    expect(escapeMarkdown('<@12> <#34> <@&56> <:ok:78> <t:1700000000>')).toBe(
      '\\<@12\\> \\<#34\\> \\<@&56\\> \\<:ok:78\\> \\<t:1700000000\\>',
    );
  });

  it('escapes a block quote at the start of a line, and a backslash that was in the text', () => {
    expect(escapeMarkdown('> quoted\n>>> more\nC:\\temp')).toBe('\\> quoted\n\\>\\>\\> more\nC:\\\\temp');
  });

  it('breaks up @everyone and @here in rendered and in plain text', () => {
    expect(escapeMarkdown('tell @everyone and @here')).toBe('tell @\u200beveryone and @\u200bhere');
    expect(neutraliseMassMentions('tell @everyone')).toBe('tell @\u200beveryone');
  });
});
