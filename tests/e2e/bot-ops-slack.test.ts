// One `summit start` process serving Slack (HTTP mode) and Discord together, logging at debug level while a Web API
// call fails: the ops routes share Slack's port, and no configured secret ever reaches the logs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { blockActionsPayload, slackSignatureHeaders, slashCommandBody } from '../fakes/slack-signing.ts';
import { startFakeWebApi, type FakeWebApi } from '../fakes/slack-web-api.ts';
import { spawnBot, waitForReady, type BotProcess } from '../support/bot-process.ts';

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-1111-2222-SECRETbottoken',
  SLACK_SIGNING_SECRET: 'feedfacecafebeef0123456789abcdef',
  DISCORD_TOKEN: 'discord-SECRET-token-abcdefghijklmnop',
};
let api: FakeWebApi;
let discord: FakeDiscord;
let port: number;
let bot: BotProcess;

const events = (body: string) =>
  fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    body,
    headers: slackSignatureHeaders(body, SECRETS.SLACK_SIGNING_SECRET),
  });

beforeAll(async () => {
  api = await startFakeWebApi();
  discord = await new FakeDiscord().listen();
  const cwd = mkdtempSync(path.join(tmpdir(), 'summit-ops-slack-'));
  bot = spawnBot({
    cwd,
    env: {
      ...SECRETS,
      SLACK_API_URL: api.apiUrl,
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: discord.apiUrl,
      // 0: the bot binds a free port itself and names it in its running line (no window for another to take it).
      PORT: '0',
      DATABASE_PATH: path.join(cwd, 'summit.db'),
      LOG_LEVEL: 'debug',
    },
  });
  await bot.unlessExited(discord.identified);
  port = await bot.listeningPort();
  await waitForReady(port);
});

afterAll(async () => {
  if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await discord.close();
  await api.close();
});

describe('summit start with Slack and Discord in one process', () => {
  it('serves health and readiness on the Slack HTTP port', async () => {
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).text()).toBe('ok\n');
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
  });

  it('answers /summit, and survives a failing Web API call with a logged error', async () => {
    const res = await events(slashCommandBody({ text: 'who putin', responseUrl: 'http://127.0.0.1:9/gone' }));
    const answer = (await res.json()) as {
      blocks: { type: string; elements?: { action_id: string; value: string }[] }[];
    };
    expect(JSON.stringify(answer.blocks[0])).toContain('Vladimir Putin');
    const share = answer.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'summit_share');
    expect(share).toBeDefined();

    api.failNext('chat.postMessage', 500);
    const payload = blockActionsPayload({
      actionId: 'summit_share',
      value: share?.value ?? '',
      responseUrl: 'http://127.0.0.1:9/gone',
    });
    expect((await events(`payload=${encodeURIComponent(JSON.stringify(payload))}`)).status).toBe(200);
    await api.calls.next((c) => c.method === 'chat.postMessage');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/summit_commands_total\{platform="slack",subcommand="who",status="answered"\} 1/);
  });

  it('exits 0 on SIGTERM, and no token or signing secret appears anywhere in its logs', async () => {
    bot.child.kill('SIGTERM');
    const [code] = await bot.exited;
    expect(code).toBe(0);
    expect(bot.output()).toMatch(/"level":(20|30)/);
    for (const secret of Object.values(SECRETS)) expect(bot.output()).not.toContain(secret);
    expect(bot.output()).not.toMatch(/SECRET/);
  });
});
