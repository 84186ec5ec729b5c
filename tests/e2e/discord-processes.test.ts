// The commands a user runs, as child processes against the fake: `npm start` answers /summit who name:putin, and
// `npm run discord:register` registers (twice, with the same result).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { slashCommand } from '../fakes/discord-payloads.ts';
import { RUNNING, spawnBot } from '../support/bot-process.ts';

// A clean environment and an empty working directory, so no developer .env leaks in.
const cwd = mkdtempSync(path.join(tmpdir(), 'summit-discord-'));
let fake: FakeDiscord;
let env: Record<string, string>;

beforeAll(async () => {
  fake = await new FakeDiscord().listen();
  env = {
    DISCORD_TOKEN: 'fake-discord-token-0123456789',
    DISCORD_APPLICATION_ID: FAKE_IDS.application,
    DISCORD_GUILD_ID: FAKE_IDS.guild,
    DISCORD_API_URL: fake.apiUrl,
    DATABASE_PATH: path.join(cwd, 'summit.db'),
    // 0: the ops server takes a free port (the default 3000 may be anyone's on a shared machine).
    PORT: '0',
    // info: the running line, after which the bot handles SIGTERM.
    LOG_LEVEL: 'info',
  };
});
afterAll(async () => {
  await fake.close();
});

const run = (script: string, args: string[]) => spawnBot({ cwd, env, command: [script, ...args] });

describe('Discord from the command line', () => {
  it('npm run discord:register registers /summit in the guild, idempotently', async () => {
    for (let i = 0; i < 2; i++) {
      const { exited, output } = run('discord.js', ['register']);
      const [code] = await exited;
      expect(output()).toContain(`Registered /summit in server ${FAKE_IDS.guild}`);
      expect(code).toBe(0);
    }
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([
      `/api/v10/applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands`,
      `/api/v10/applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands`,
    ]);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
  });

  it('npm start answers /summit who name:putin through the fake, and stops cleanly on SIGTERM', async () => {
    const { child, exited, unlessExited, waitFor } = run('summit.js', ['start']);
    await unlessExited(fake.identified);
    const interaction = slashCommand('who', { name: 'putin' });
    fake.dispatchInteraction(interaction);
    const callback = await fake.callbackOf(interaction.id);
    expect(callback.status).toBe(204);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64, embeds: [{ title: 'Vladimir Putin' }] } });
    // Signals are handled once startup is done (the running line); one sent earlier would kill the process outright.
    await waitFor(RUNNING);
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
  });
});
