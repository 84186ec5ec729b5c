// `summit start` while PostgreSQL is down, as after a host reboot where the database comes up later: the bot waits
// (logging each try), /readyz says 503 "startup: not finished" meanwhile, and once the server is back the bot runs.
// Giving up after DATABASE_WAIT_SECONDS exits 1 (systemd restarts it; 2 would stop it for good), and a SIGTERM while
// waiting stops it cleanly with 0.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { spawnBot, stopBot, waitForReady, type BotProcess } from '../support/bot-process.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';

const WAITING = 'database unreachable; waiting for it before starting';
let fake: FakeDiscord;
let cluster: PostgresCluster;
let databaseUrl: string;
const cwd = mkdtempSync(path.join(tmpdir(), 'summit-db-down-'));
const bots: BotProcess[] = [];

beforeAll(async () => {
  fake = await new FakeDiscord().listen();
  cluster = await startPostgresCluster();
  databaseUrl = await cluster.createDatabase('summit');
}, 30_000);
afterAll(async () => {
  await Promise.all(bots.map((b) => stopBot(b)));
  await fake.close();
  await cluster.stop();
});

function startBot(waitSeconds: number): BotProcess {
  const bot = spawnBot({
    cwd,
    env: {
      DISCORD_TOKEN: 'fake-discord-token-0123456789',
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.apiUrl,
      DATABASE_URL: databaseUrl,
      DATABASE_WAIT_SECONDS: String(waitSeconds),
      PORT: '0',
    },
  });
  bots.push(bot);
  return bot;
}

/** The port from the ops server's own line, printed before start-up finishes. */
function opsPort(bot: BotProcess): number {
  const line = bot
    .output()
    .split('\n')
    .find((l) => l.includes('"msg":"ops routes listening"'));
  const port = line ? (JSON.parse(line) as { port?: unknown }).port : undefined;
  if (typeof port !== 'number') throw new Error(`no ops port line in:\n${bot.output()}`);
  return port;
}

describe('summit start with PostgreSQL down', () => {
  it('waits, is not ready meanwhile, and runs once the database is back', async () => {
    await cluster.pause();
    const bot = startBot(120);
    await bot.waitFor(WAITING);
    const readyz = await fetch(`http://127.0.0.1:${opsPort(bot)}/readyz`);
    const text = await readyz.text();
    expect([readyz.status, text]).toEqual([503, 'not ready\nstartup: not finished\n']);
    expect(text).not.toContain(cwd);

    await cluster.resume();
    const port = await bot.listeningPort();
    await waitForReady(port);
    expect(bot.child.exitCode).toBeNull();
    bot.child.kill('SIGTERM');
    expect((await bot.exited)[0]).toBe(0);
  }, 60_000);

  // Two bots at once (the wall time of one): one gives up, the other is stopped while waiting.
  it('exits 1, not 2, past DATABASE_WAIT_SECONDS, and 0 on SIGTERM while waiting', async () => {
    await cluster.pause();
    const givingUp = startBot(1);
    const stopped = startBot(120);
    await stopped.waitFor(WAITING);
    stopped.child.kill('SIGTERM');
    const [[gaveUpCode], [stoppedCode]] = await Promise.all([givingUp.exited, stopped.exited]);
    expect(gaveUpCode).toBe(1);
    expect(givingUp.output()).toContain(WAITING);
    expect(givingUp.output()).toMatch(/Startup failed: DATABASE_URL .* could not be opened .*; gave up after \d+ s/);
    expect(stoppedCode).toBe(0);
    expect(stopped.output()).toContain('"msg":"stopped"');
    await cluster.resume();
  }, 30_000);
});
