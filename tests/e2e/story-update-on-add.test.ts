// A story update follows a hand-run `summit add`, not a feed poll: with a real `summit start` (Slack in HTTP mode,
// against the loopback fake) serving a pack and a channel subscribed to updates, `summit add FILE` in another process
// adds an article that brings a new person; the bot's pack store sees the change and the channel gets one update
// naming them. A restart posts nothing more. Each step is awaited on the bot's own log lines.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { createUpdateStore } from '../../src/store/updates.ts';
import { startFakeWebApi, type FakeWebApi } from '../fakes/slack-web-api.ts';
import { RUNNING, spawnBot, stopBot, until, type BotProcess } from '../support/bot-process.ts';
import { copyOfBundledPack } from '../support/fixture-pack.ts';
import { runCli } from '../support/run-cli.ts';

const CHECKED = '"msg":"story updates checked"';
const CHANNEL = 'C0ADDED';
let slack: FakeWebApi;
const dirs: string[] = [];

beforeAll(async () => (slack = await startFakeWebApi()));
afterAll(async () => {
  await slack?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function startBot(databasePath: string, storyDir: string): BotProcess {
  return spawnBot({
    cwd: path.dirname(databasePath),
    env: {
      SLACK_BOT_TOKEN: 'xoxb-1-test-token',
      SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      DATABASE_PATH: databasePath,
      STORY_DIR: storyDir,
      LOG_LEVEL: 'info',
    },
  });
}

const checks = (bot: BotProcess) => bot.output().split(CHECKED).length - 1;
const posts = () => (slack.messages.get(CHANNEL) ?? []).map((m) => JSON.stringify(m));

describe('a story update after summit add', () => {
  it('posts one update naming the new person to a subscribed channel, and nothing more after a restart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summit-add-update-'));
    dirs.push(dir);
    const db = path.join(dir, 'summit.db');
    const storyDir = copyOfBundledPack();
    const opened = await openStore(db);
    if (!opened.ok) throw new Error(opened.problem);
    await createUpdateStore(opened.store.sql).subscribe(
      { platform: 'slack', channelId: CHANNEL, createdBy: 'U1' },
      new Date(Date.now() - 3_600_000),
    );
    await opened.store.close();

    const bot = startBot(db, storyDir);
    try {
      // Start-up records the story's facts as the baseline (one check) before the bot says it is running.
      await bot.waitFor(RUNNING);
      expect(checks(bot)).toBe(1);
      const file = path.join(dir, 'harbour.txt');
      writeFileSync(
        file,
        'Harbour authority chief executive Marta Lindqvist said on Tuesday that the new cranes would arrive in May.\n\n' +
          'Lindqvist told reporters the port expects record traffic this year.\n',
      );
      const added = await runCli(
        [
          'add',
          file,
          '--story',
          storyDir,
          '--headline',
          'Cranes due in May',
          '--outlet',
          'Port Wire',
          '--published',
          '2025-09-04',
        ],
        { env: { BRIEF_TIMEZONE: 'UTC' } },
      );
      expect(added).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Added 005: Cranes due in May/) });
      await bot.unlessExited(until('the update for the added article', () => posts().length > 0, 15_000));
      await bot.unlessExited(until('its check logged', () => checks(bot) === 2, 15_000));
    } finally {
      await stopBot(bot, 'SIGTERM');
    }
    expect(posts()).toHaveLength(1);
    expect(posts()[0]).toContain('Marta Lindqvist');

    const again = startBot(db, storyDir);
    try {
      await again.waitFor(RUNNING);
      expect(checks(again)).toBe(1);
    } finally {
      await stopBot(again, 'SIGTERM');
    }
    expect(posts()).toHaveLength(1);
  });
});
