import { describe, expect, it } from 'vitest';
import { summitCommand } from '../../../commands/summit.ts';
import { commandToDiscordData } from '../../../src/adapters/discord/command-data.ts';
import { inviteUrl } from '../../../src/adapters/discord/invite-url.ts';

describe('Discord registration data', () => {
  it('derives one /summit command with a subcommand per definition entry', () => {
    const data = commandToDiscordData(summitCommand);
    expect(data).toMatchObject({ type: 1, name: 'summit', contexts: [0], integration_types: [0] });
    const subs = (data.options ?? []) as { name: string; type: number }[];
    expect(subs.map((s) => s.name)).toEqual(summitCommand.subcommands.map((s) => s.name));
    expect(subs.every((s) => s.type === 1)).toBe(true);
  });

  it('makes who name: an autocompleted, optional string of at most 100 characters', () => {
    const who = (commandToDiscordData(summitCommand).options ?? []).find((o) => o.name === 'who');
    expect(who).toEqual({
      type: 1,
      name: 'who',
      description: 'The people in the story, or one person: role, spellings, what each source says',
      options: [
        {
          type: 3,
          name: 'name',
          description: 'A name in any spelling the sources use, or a short name',
          required: false,
          max_length: 100,
          autocomplete: true,
        },
      ],
    });
  });

  it('refuses a description Discord would reject instead of cutting it', () => {
    const bad = { ...summitCommand, description: 'x'.repeat(101) };
    expect(() => commandToDiscordData(bad)).toThrow(/Discord accepts 1-100/);
  });

  it('builds an invite with the bot and applications.commands scopes and only the permissions sharing needs', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // ViewChannel 1<<10 + SendMessages 1<<11 + EmbedLinks 1<<14 + SendMessagesInThreads 1<<38
    expect(url.searchParams.get('permissions')).toBe(String(2 ** 10 + 2 ** 11 + 2 ** 14 + 2 ** 38));
  });
});
