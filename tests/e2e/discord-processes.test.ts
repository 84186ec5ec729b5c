// The commands a user runs, as child processes against the fake: `npm start` answers /summit who name:putin, and
// `npm run discord:register` registers (twice, with the same result).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { slashCommand } from '../fakes/discord-payloads.ts';

const root = path.resolve(import.meta.dirname, '../..');
// A clean environment and an empty working directory, so no developer .env leaks in.
const cwd = mkdtempSync(path.join(tmpdir(), 'summit-discord-'));
let fake: FakeDiscord;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  fake = await new FakeDiscord().listen();
  env = {
    PATH: process.env.PATH,
    DISCORD_TOKEN: 'fake-discord-token-0123456789',
    DISCORD_APPLICATION_ID: FAKE_IDS.application,
    DISCORD_GUILD_ID: FAKE_IDS.guild,
    DISCORD_API_URL: fake.apiUrl,
    DATABASE_PATH: path.join(cwd, 'summit.db'),
    LOG_LEVEL: 'warn',
  };
});
afterAll(async () => {
  await fake.close();
});

function run(script: string, args: string[]) {
  const child = spawn(process.execPath, [path.join(root, 'bin', script), ...args], { cwd, env });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

describe('Discord from the command line', () => {
  it('npm run discord:register registers /summit in the guild, idempotently', async () => {
    for (let i = 0; i < 2; i++) {
      const { child, output } = run('discord.js', ['register']);
      const [code] = (await once(child, 'exit')) as [number];
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
    const { child, output } = run('summit.js', ['start']);
    const exited = once(child, 'exit');
    await Promise.race([fake.identified, exited.then(() => Promise.reject(new Error(output())))]);
    const interaction = slashCommand('who', { name: 'putin' });
    fake.dispatchInteraction(interaction);
    const callback = await fake.callbackOf(interaction.id);
    expect(callback.status).toBe(204);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64, embeds: [{ title: 'Vladimir Putin' }] } });
    child.kill('SIGTERM');
    const [code] = (await exited) as [number];
    expect(code).toBe(0);
  });
});
