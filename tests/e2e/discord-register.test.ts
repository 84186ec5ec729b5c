// `npm run discord:register` logic against the fake: guild-scoped with DISCORD_GUILD_ID, global otherwise, and a
// bulk overwrite, so registering twice leaves exactly the same commands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summitCommand } from '../../commands/summit.ts';
import { commandToDiscordData } from '../../src/adapters/discord/command-data.ts';
import { createDiscordRest } from '../../src/adapters/discord/create-client.ts';
import { registerCommands } from '../../src/adapters/discord/register-commands.ts';
import type { DiscordConfig } from '../../src/config.ts';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';

let fake: FakeDiscord;
let config: DiscordConfig;
beforeAll(async () => {
  fake = await new FakeDiscord().listen();
  config = { token: 'fake-discord-token-0123456789', applicationId: FAKE_IDS.application, apiUrl: fake.apiUrl };
});
afterAll(async () => {
  await fake.close();
});

describe('Discord command registration', () => {
  it('registers /summit in the guild, and a second run sends and leaves the same payload', async () => {
    const guild = { ...config, guildId: FAKE_IDS.guild };
    const path = `/api/v10/applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands`;
    expect(await registerCommands(createDiscordRest(guild), guild)).toEqual({ scope: 'guild', names: ['summit'] });
    const afterFirst = fake.commands.get(path);
    await registerCommands(createDiscordRest(guild), guild);
    const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path === path);
    expect(puts).toHaveLength(2);
    expect(puts[0]?.body).toEqual([commandToDiscordData(summitCommand)]);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
    expect(puts[0]?.headers.authorization).toBe('Bot fake-discord-token-0123456789');
    expect(fake.commands.get(path)).toEqual(afterFirst);
  });

  it('registers globally without a guild id', async () => {
    expect(await registerCommands(createDiscordRest(config), config)).toEqual({ scope: 'global', names: ['summit'] });
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'PUT',
      path: `/api/v10/applications/${FAKE_IDS.application}/commands`,
    });
  });
});
