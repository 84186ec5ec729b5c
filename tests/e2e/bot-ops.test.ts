// The bot as operators run it: one `summit start` process (Discord, against the loopback fake) with health, readiness
// and metrics on PORT, a story pack edited while it runs, secrets kept out of its logs, and a clean SIGTERM.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { slashCommand } from '../fakes/discord-payloads.ts';
import { spawnBot, until, waitForReady, type BotProcess } from '../support/bot-process.ts';
import { copyOfBundledPack, editFile } from '../support/fixture-pack.ts';

const TOKEN = 'fake-discord-token-SECRET-0123456789abcdef';
let fake: FakeDiscord;
let port: number;
let storyDir: string;
let bot: BotProcess;

const get = (p: string) => fetch(`http://127.0.0.1:${port}${p}`);

async function answerOf(subcommand: string, options: Record<string, string>) {
  const interaction = {
    ...slashCommand(subcommand, options),
    id: String(BigInt(Date.now()) * 1000n + BigInt(Math.floor(Math.random() * 1000))),
  };
  fake.dispatchInteraction(interaction);
  return (await fake.callbackOf(interaction.id)).body as {
    data: { embeds: { title: string; description?: string }[] };
  };
}

beforeAll(async () => {
  fake = await new FakeDiscord().listen();
  const cwd = mkdtempSync(path.join(tmpdir(), 'summit-ops-'));
  // copyOfBundledPack cleans up after each test; this pack must outlive them, so copy it once more by hand.
  storyDir = path.join(cwd, 'story');
  const source = copyOfBundledPack();
  cpSync(source, storyDir, { recursive: true });
  bot = spawnBot({
    cwd,
    env: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.apiUrl,
      // 0: the bot binds a free port itself and names it in its running line (no window for another to take it).
      PORT: '0',
      STORY_DIR: storyDir,
      DATABASE_PATH: path.join(cwd, 'summit.db'),
      LOG_LEVEL: 'debug',
    },
  });
  await bot.unlessExited(fake.identified);
  port = await bot.listeningPort();
  // Ready once the gateway is READY: poll /readyz (bounded, and failing loudly) rather than sleeping a fixed time.
  await waitForReady(port);
});

afterAll(async () => {
  if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await fake.close();
});

describe('summit start, operated', () => {
  it('serves /healthz and /readyz on PORT in a Discord-only setup', async () => {
    expect(await (await get('/healthz')).text()).toBe('ok\n');
    const ready = await get('/readyz');
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
  });

  it('counts commands in /metrics by platform and subcommand', async () => {
    expect((await answerOf('who', { name: 'putin' })).data.embeds[0]?.title).toBe('Vladimir Putin');
    const metrics = await (await get('/metrics')).text();
    expect(metrics).toMatch(/summit_commands_total\{platform="discord",subcommand="who",status="answered"\} [1-9]/);
    expect(metrics).toContain('summit_command_duration_seconds_bucket');
  });

  it('picks up an edited pack without a restart, and keeps serving through a broken edit', async () => {
    editFile(storyDir, 'facts.yaml', (t) => t.replace("'Russian President Vladimir Putin' }", "'no such words' }"));
    await until('the broken edit counted as a failed reload', async () =>
      (await (await get('/metrics')).text()).includes('summit_pack_reloads_total{outcome="error"} 1'),
    );
    expect(bot.output()).toContain('story pack edit refused; still serving the last good pack');
    expect((await answerOf('who', { name: 'putin' })).data.embeds[0]?.title).toBe('Vladimir Putin');

    const article = readFileSync(path.join(storyDir, 'articles/000.md'), 'utf8');
    editFile(storyDir, 'facts.yaml', (t) => t.replace("'no such words' }", "'Russian President Vladimir Putin' }"));
    writeFileSync(
      path.join(storyDir, 'articles/009.md'),
      article.replace('id: "000"', 'id: "009"').replace(/^url: .*$/m, 'url: null'),
    );
    await until('the repaired pack counted as a good reload', async () =>
      (await (await get('/metrics')).text()).includes('summit_pack_reloads_total{outcome="ok"}'),
    );
    const sources = await answerOf('sources', {});
    expect(JSON.stringify(sources.data.embeds)).toContain('4 articles');
  });

  it('stops cleanly on SIGTERM within its 10-second limit, and never logged the token', async () => {
    bot.child.kill('SIGTERM');
    const [code] = await bot.exited;
    // Exit 0 means the stop finished inside the bot's own limit (past it the bot exits 1): no wall clock needed here.
    expect(code).toBe(0);
    expect(bot.output()).toContain('"msg":"stopped"');
    expect(bot.output()).not.toContain(TOKEN);
    expect(bot.output()).not.toContain('SECRET-0123456789abcdef');
  });
});
