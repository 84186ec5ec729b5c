// `summit start` with DISCORD_PUBLIC_KEY serves Discord's HTTP interactions endpoint on PORT next to the ops routes:
// a bad signature gets 401, a signed PING gets PONG, a signed /summit command is answered.
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { spawnBot, stopBot, type BotProcess } from '../support/bot-process.ts';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
const dir = mkdtempSync(path.join(tmpdir(), 'summit-discord-http-'));
let discord: FakeDiscord;
let bot: BotProcess;
let url: string;

beforeAll(async () => {
  discord = await new FakeDiscord().listen();
  bot = spawnBot({
    cwd: dir,
    env: {
      DISCORD_TOKEN: 'fake-discord-token-0123456789',
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_PUBLIC_KEY: publicHex,
      DATABASE_PATH: path.join(dir, 'summit.db'),
      PORT: '0',
    },
  });
  url = `http://127.0.0.1:${await bot.listeningPort()}/discord/interactions`;
}, 30_000);
afterAll(async () => {
  await stopBot(bot);
  await discord?.close();
  rmSync(dir, { recursive: true, force: true });
});

const signed = (body: unknown, key = privateKey) => {
  const raw = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + raw), key).toString('hex');
  return fetch(url, {
    method: 'POST',
    headers: { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
    body: raw,
  });
};

describe('summit start with DISCORD_PUBLIC_KEY', () => {
  it('refuses a bad signature with 401 and answers a signed PING with PONG', async () => {
    expect((await signed({ type: 1 }, generateKeyPairSync('ed25519').privateKey)).status).toBe(401);
    const pong = await signed({ type: 1 });
    expect([pong.status, await pong.json()]).toEqual([200, { type: 1 }]);
  });

  it('answers a signed /summit sources through the same dispatcher as the gateway', async () => {
    const res = await signed({
      type: 2,
      channel_id: FAKE_IDS.channel,
      member: { user: { id: FAKE_IDS.user }, permissions: '0' },
      data: { name: 'summit', options: [{ name: 'sources', options: [] }] },
    });
    const body = (await res.json()) as { type: number; data: { flags: number; embeds: unknown[] } };
    expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(body.data.embeds)).toMatch(/Sources|sources/);
  });
});
