// `summit start` when something it needs is broken: a clear message naming the problem, exit code 2 (which the
// systemd unit does not restart on), connections closed again, and the database file left untouched.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { spawnBot } from '../support/bot-process.ts';

let fake: FakeDiscord;
const cwd = mkdtempSync(path.join(tmpdir(), 'summit-startup-'));

beforeAll(async () => {
  fake = await new FakeDiscord().listen();
});
afterAll(async () => {
  await fake.close();
});

const discordEnv = () => ({
  DISCORD_TOKEN: 'fake-discord-token-0123456789',
  DISCORD_APPLICATION_ID: FAKE_IDS.application,
  DISCORD_API_URL: fake.apiUrl,
  LOG_LEVEL: 'warn',
});

describe('summit start refuses to run half-broken', () => {
  it('exits 2 naming a corrupt database, and leaves the file as it was', async () => {
    const database = path.join(cwd, 'corrupt.db');
    const garbage = 'this is not an SQLite database\n'.repeat(200);
    writeFileSync(database, garbage);
    const bot = spawnBot({ cwd, env: { ...discordEnv(), DATABASE_PATH: database, PORT: '0' } });
    const [code] = await bot.exited;
    expect(code).toBe(2);
    expect(bot.output()).toMatch(/Startup failed: .*corrupt\.db/);
    expect(bot.output()).not.toMatch(/^\s+at /m);
    expect(readFileSync(database, 'utf8')).toBe(garbage);
  });

  it('exits 2 when PORT is already taken', async () => {
    // The test holds the port from the start (port 0: the system picks a free one), so nothing else can take it.
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const { port } = squatter.address() as AddressInfo;
    try {
      const bot = spawnBot({
        cwd,
        env: { ...discordEnv(), DATABASE_PATH: path.join(cwd, 'ok.db'), PORT: String(port) },
      });
      const [code] = await bot.exited;
      expect(code).toBe(2);
      expect(bot.output()).toMatch(/Startup failed: .*EADDRINUSE/);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
