// A named pipe dropped into a running bot's articles/ folder: the edit is refused by name without the pipe being
// opened (which would block the process until something wrote to it), the last good pack keeps serving, and commands
// and /healthz keep answering within Slack's 3 s.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { slashCommand } from '../fakes/discord-payloads.ts';
import { spawnBot, stopBot, waitForReady, type BotProcess } from '../support/bot-process.ts';
import { BUNDLED_STORY_DIR } from '../../src/config.ts';

let fake: FakeDiscord;
let bot: BotProcess;
let port: number;
const cwd = mkdtempSync(path.join(tmpdir(), 'summit-fifo-'));
const storyDir = path.join(cwd, 'story');

beforeAll(async () => {
  fake = await new FakeDiscord().listen();
  cpSync(BUNDLED_STORY_DIR, storyDir, { recursive: true });
  bot = spawnBot({
    cwd,
    env: {
      DISCORD_TOKEN: 'fake-discord-token-0123456789',
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.apiUrl,
      PORT: '0',
      STORY_DIR: storyDir,
      DATABASE_PATH: path.join(cwd, 'summit.db'),
    },
  });
  await bot.unlessExited(fake.identified);
  port = await bot.listeningPort();
  await waitForReady(port);
}, 30_000);
afterAll(async () => {
  await stopBot(bot);
  await fake.close();
});

async function timedWho(): Promise<{ ms: number; title?: string }> {
  const interaction = { ...slashCommand('who', { name: 'putin' }), id: String(BigInt(Date.now()) * 1000n + 7n) };
  const started = performance.now();
  fake.dispatchInteraction(interaction);
  const body = (await fake.callbackOf(interaction.id)).body as { data: { embeds: { title: string }[] } };
  return { ms: performance.now() - started, title: body.data.embeds[0]?.title };
}

describe('a named pipe in the served pack', () => {
  it('is refused without being opened, while commands keep answering within 3 s', async () => {
    const made = spawnSync('mkfifo', [path.join(storyDir, 'articles/095.md')], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    await bot.waitFor('is not a regular file (a named pipe)');
    expect(bot.output()).toContain('story pack edit refused; still serving the last good pack');

    const answered = await timedWho();
    expect(answered.title).toBe('Vladimir Putin');
    expect(answered.ms).toBeLessThan(3000);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3000) });
    expect(health.status).toBe(200);
  }, 30_000);
});
