// Exactly-once daily briefs with real `summit start` child processes (Slack in HTTP mode and Discord, against the
// loopback fakes) on one SQLite file: SIGKILLed after claiming, after the platform accepted a post, after recording;
// two processes at once; and a channel subscribed in each platform getting its brief at its local time across
// restarts. Timing comes only from the fakes (a held request, never answered) and from signals: nothing in src knows.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readRef } from '../../src/adapters/discord/brief-messages.ts';
import { lastBriefAt, localDateIn } from '../../src/briefs/brief-time.ts';
import { idempotencyKeyOf } from '../../src/briefs/publisher.ts';
import { openStore, type BriefPlatform, type BriefSlot } from '../../src/store/index.ts';
import { FakeDiscord } from '../fakes/discord-fake.ts';
import { FAKE_IDS } from '../fakes/discord-ids.ts';
import { MEMBER_PERMISSIONS, slashCommand } from '../fakes/discord-payloads.ts';
import { slackSignatureHeaders, slashCommandBody } from '../fakes/slack-signing.ts';
import { startFakeWebApi, type FakeWebApi } from '../fakes/slack-web-api.ts';
import { freePort } from '../support/free-port.ts';
import { REPO_ROOT } from '../support/run-cli.ts';

const SIGNING_SECRET = 'abcdef0123456789abcdef0123456789';
const MANAGE_CHANNELS = (BigInt(MEMBER_PERMISSIONS) | (1n << 4n)).toString();
/** The bot's claim lease (src/briefs/brief-scheduler.ts): a claim younger than this is left to its holder. */
const LEASE_MS = 2 * 60_000;

let slack: FakeWebApi;
let discord: FakeDiscord;
const dirs: string[] = [];
const bots = new Set<Bot>();
/** The bots of scenario (e), which outlive the other tests. */
const localBots = new Set<Bot>();

interface Bot {
  readonly child: ChildProcess;
  readonly port: number;
  output(): string;
  /** Resolves once the output contains `text`; rejects if the process exits first. */
  waitFor(text: string): Promise<void>;
}

async function spawnBot(databasePath: string, group?: Set<Bot>): Promise<Bot> {
  const port = await freePort();
  const cwd = path.dirname(databasePath);
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/summit.js'), 'start'], {
    cwd,
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: 'xoxb-1-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      DISCORD_TOKEN: 'fake-discord-token-0123456789',
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: discord.apiUrl,
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'info',
    },
  });
  let output = '';
  const waiters: { text: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const settle = () => {
    for (const w of [...waiters]) {
      if (output.includes(w.text)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      } else if (child.exitCode !== null || child.signalCode !== null) {
        waiters.splice(waiters.indexOf(w), 1);
        w.reject(new Error(`bot exited before "${w.text}":\n${output.slice(-3000)}`));
      }
    }
  };
  child.stdout?.on('data', (d: Buffer) => ((output += d.toString()), settle()));
  child.stderr?.on('data', (d: Buffer) => ((output += d.toString()), settle()));
  child.on('exit', settle);
  const bot: Bot = {
    child,
    port,
    output: () => output,
    waitFor: (text) =>
      new Promise((resolve, reject) => {
        waiters.push({ text, resolve, reject });
        settle();
      }),
  };
  bots.add(bot);
  group?.add(bot);
  return bot;
}

/** Startup done: the briefs due at start (catch-up, settling old claims) have been handled. */
const RUNNING = '"msg":"summit bot running"';

async function kill(bot: Bot, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  bots.delete(bot);
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  const exited = once(bot.child, 'exit');
  bot.child.kill(signal);
  await exited;
}

function tempDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-exactly-once-'));
  dirs.push(dir);
  return path.join(dir, 'summit.db');
}

/** Subscribes channels whose brief was due two minutes ago (subscribed yesterday): each start delivers it at once. */
function subscribeDueNow(
  databasePath: string,
  channels: { platform: BriefPlatform; channelId: string }[],
): BriefSlot[] {
  const now = new Date();
  const due = new Date(now.getTime() - 2 * 60_000);
  const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
  const opened = openStore(databasePath);
  if (!opened.ok) throw new Error(opened.problem);
  for (const c of channels) {
    opened.store.subscriptions.upsert(
      { ...c, time, timezone: 'UTC', createdBy: 'env' },
      new Date(now.getTime() - 86_400_000),
    );
  }
  opened.store.close();
  const localDate = localDateIn(lastBriefAt(time, 'UTC', now), 'UTC');
  return channels.map((c) => ({ ...c, localDate }));
}

function readLog(databasePath: string) {
  const db = new Database(databasePath, { readonly: true, timeout: 5000 });
  try {
    return db.prepare('SELECT platform, channel_id, local_date, state, message_id FROM brief_log').all() as {
      platform: string;
      channel_id: string;
      local_date: string;
      state: string;
      message_id: string | null;
    }[];
  } finally {
    db.close();
  }
}

/**
 * What a restart after the claim lease would see, without waiting the lease out: the dead process's claims are moved
 * back by one lease (only the timestamp; the row stays `claimed`, its holder unknown).
 */
function ageClaims(databasePath: string): number {
  const db = new Database(databasePath, { timeout: 5000 });
  try {
    const rows = db.prepare("SELECT id, claimed_at FROM brief_log WHERE state = 'claimed'").all() as {
      id: number;
      claimed_at: string;
    }[];
    const age = db.prepare('UPDATE brief_log SET claimed_at = ? WHERE id = ?');
    for (const r of rows) age.run(new Date(Date.parse(r.claimed_at) - LEASE_MS - 1000).toISOString(), r.id);
    return rows.length;
  } finally {
    db.close();
  }
}

async function until<T>(what: string, probe: () => T | undefined | false, deadlineMs = 30_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The brief messages in a channel, by platform: each with its key and part, and the platform's id and time. */
function briefsIn(slot: { platform: BriefPlatform; channelId: string }) {
  if (slot.platform === 'slack') {
    return (slack.messages.get(slot.channelId) ?? [])
      .filter((m) => m.metadata?.event_type === 'summit_brief')
      .map((m) => ({
        id: m.ts,
        at: Number(m.ts) * 1000,
        key: String(m.metadata?.event_payload.key),
        part: Number(m.metadata?.event_payload.page) + 1,
        parts: Number(m.metadata?.event_payload.pages),
        text: m.text,
      }));
  }
  return discord.channels.in(slot.channelId).flatMap((m) => {
    const ref = readRef(m);
    const at = Date.parse(String(m.timestamp));
    return ref ? [{ id: m.id, at, ...ref, text: JSON.stringify(m.embeds) }] : [];
  });
}

/** Exactly one brief for the slot's date in the channel: every part once, no other brief, logged as posted. */
function expectExactlyOneBrief(databasePath: string, slot: BriefSlot) {
  const found = briefsIn(slot);
  const key = idempotencyKeyOf(slot);
  expect(found.map((b) => b.key)).toEqual(found.map(() => key));
  const parts = found[0]?.parts ?? 1;
  expect(found.map((b) => `${b.part}/${b.parts}`)).toEqual(
    Array.from({ length: parts }, (_, i) => `${i + 1}/${parts}`),
  );
  const row = readLog(databasePath).find(
    (r) => r.platform === slot.platform && r.channel_id === slot.channelId && r.local_date === slot.localDate,
  );
  expect(row).toMatchObject({ state: 'posted', message_id: found[0]!.id });
  return found;
}

// Discord channel ids for the scenarios; the fake's own channel (FAKE_IDS.channel) is the one /summit runs in.
const discordChannel = (n: number) => `7${String(n).padStart(17, '0')}`;

// (e) runs alongside the others: it waits for a minute boundary, and the other scenarios fill that wait.
let localTime: Promise<LocalTimeResult>;

beforeAll(async () => {
  slack = await startFakeWebApi();
  discord = await new FakeDiscord().listen();
  localTime = startLocalTimeScenario();
  // Keep an early failure from surfacing as an unhandled rejection before its test awaits it.
  localTime.catch(() => undefined);
  await localTime.then((r) => r.subscribed).catch(() => undefined);
}, 30_000);

afterEach(async () => {
  // The scenario still waiting for its minute keeps its bot until its own test.
  await Promise.all([...bots].filter((b) => !localBots.has(b)).map((b) => kill(b)));
});

afterAll(async () => {
  await Promise.all([...bots].map((b) => kill(b)));
  await Promise.all([slack?.close(), discord?.close()]);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a bot process killed at each step of a post, then restarted', () => {
  it('(a) killed after claiming, before the post reached the platform: the restart posts it once', async () => {
    const db = tempDatabase();
    const slots = subscribeDueNow(db, [
      { platform: 'slack', channelId: 'C0KILLA' },
      { platform: 'discord', channelId: discordChannel(1) },
    ]);
    // Lost on the way: the fakes take the first post of each and neither apply nor answer it.
    const held = [
      slack.hold('chat.postMessage', 'before', (args) => args.channel === 'C0KILLA'),
      discord.holdChannelMessage('before', (channelId) => channelId === discordChannel(1)),
    ];
    const first = await spawnBot(db);
    await Promise.all(held);
    await kill(first);
    expect(readLog(db).map((r) => r.state)).toEqual(['claimed', 'claimed']);
    for (const slot of slots) expect(briefsIn(slot)).toEqual([]);

    expect(ageClaims(db)).toBe(2);
    const second = await spawnBot(db);
    await second.waitFor(RUNNING);
    for (const slot of slots) expectExactlyOneBrief(db, slot);
  });

  it('(b) killed after the platform accepted the post, before it was recorded: the restart completes it, repeats nothing', async () => {
    const db = tempDatabase();
    // In each platform one brief held at its last message (all of it landed) and one at its first (cut short).
    const slots = subscribeDueNow(db, [
      { platform: 'slack', channelId: 'C0KILLB1' },
      { platform: 'slack', channelId: 'C0KILLB2' },
      { platform: 'discord', channelId: discordChannel(2) },
      { platform: 'discord', channelId: discordChannel(3) },
    ]);
    const slackPage = (args: Record<string, unknown>) =>
      (args.metadata as { event_payload: { page: number; pages: number } }).event_payload;
    const held = [
      slack.hold('chat.postMessage', 'after', (args) => {
        const { page, pages } = slackPage(args);
        return args.channel === 'C0KILLB1' && page === pages - 1;
      }),
      slack.hold('chat.postMessage', 'after', (args) => args.channel === 'C0KILLB2'),
      discord.holdChannelMessage('after', (channelId, body) => {
        const ref = readRef(body);
        return channelId === discordChannel(2) && ref !== undefined && ref.part === ref.parts;
      }),
      discord.holdChannelMessage('after', (channelId) => channelId === discordChannel(3)),
    ];
    const first = await spawnBot(db);
    await Promise.all(held);
    await kill(first);
    expect(readLog(db).map((r) => r.state)).toEqual(['claimed', 'claimed', 'claimed', 'claimed']);
    const landed = slots.map((slot) => briefsIn(slot).map((b) => b.id));
    expect(landed.every((ids) => ids.length > 0)).toBe(true);

    expect(ageClaims(db)).toBe(4);
    const second = await spawnBot(db);
    await second.waitFor(RUNNING);
    const [slackWhole, slackCut, discordWhole, discordCut] = slots.map((slot) => expectExactlyOneBrief(db, slot));
    // All of it had landed: recorded as found, nothing posted again.
    expect(slackWhole!.map((b) => b.id)).toEqual(landed[0]);
    expect(discordWhole!.map((b) => b.id)).toEqual(landed[2]);
    expect(second.output().split('brief was already posted; recorded it without posting again').length - 1).toBe(2);
    // Cut short: the parts that landed stay, the rest follow (Discord: the re-sent part 1 nonce returned the first
    // message; Slack: posting resumes after the pages found in the history).
    expect(slackCut![0]!.id).toBe(landed[1]![0]);
    expect(discordCut![0]!.id).toBe(landed[3]![0]);
  });

  it('(c) killed after recording: the restart leaves the slot alone', async () => {
    const db = tempDatabase();
    const slots = subscribeDueNow(db, [
      { platform: 'slack', channelId: 'C0KILLC' },
      { platform: 'discord', channelId: discordChannel(4) },
    ]);
    const first = await spawnBot(db);
    await until('both briefs recorded', () => readLog(db).filter((r) => r.state === 'posted').length === 2);
    await kill(first);
    const before = slots.map((slot) => expectExactlyOneBrief(db, slot));

    const second = await spawnBot(db);
    await second.waitFor(RUNNING);
    expect(slots.map((slot) => expectExactlyOneBrief(db, slot))).toEqual(before);
  });
});

describe('two bot processes on one database', () => {
  it('(d) started together, they post one brief per channel between them', async () => {
    const db = tempDatabase();
    const channels = [
      ...Array.from({ length: 6 }, (_, i) => ({ platform: 'slack' as const, channelId: `C0TWO${i}` })),
      ...Array.from({ length: 6 }, (_, i) => ({ platform: 'discord' as const, channelId: discordChannel(10 + i) })),
    ];
    const slots = subscribeDueNow(db, channels);
    // A slowish Discord keeps the first process's claims open while the second one starts.
    discord.options.channelMessageDelayMs = 400;
    try {
      const pair = await Promise.all([spawnBot(db), spawnBot(db)]);
      await Promise.all(pair.map((b) => b.waitFor(RUNNING)));
      for (const slot of slots) expectExactlyOneBrief(db, slot);
      // Between them (here usually split, each finding the other's claims busy), one post per channel.
      const posts = pair.map((b) => b.output().split('"msg":"brief posted"').length - 1);
      expect(posts[0]! + posts[1]!).toBe(slots.length);
    } finally {
      discord.options.channelMessageDelayMs = 0;
    }
  });
});

interface LocalTimeResult {
  readonly subscribed: true;
  readonly done: Promise<void>;
}

/**
 * (e) A Slack channel (Asia/Kolkata) and a Discord channel (America/New_York) subscribed by command for the local time
 * of the next minute boundary at least 15 s away; the bot is restarted before that minute, posts at it, and is killed
 * and restarted after it. Resolves `subscribed` once the commands were answered; `done` when everything was checked.
 */
async function startLocalTimeScenario(): Promise<LocalTimeResult> {
  const db = tempDatabase();
  const at = Math.ceil((Date.now() + 15_000) / 60_000) * 60_000;
  const local = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      at,
    );
  const slackSlot: BriefSlot = {
    platform: 'slack',
    channelId: 'C0LOCAL',
    localDate: localDateIn(new Date(at), 'Asia/Kolkata'),
  };
  const discordSlot: BriefSlot = {
    platform: 'discord',
    channelId: FAKE_IDS.channel,
    localDate: localDateIn(new Date(at), 'America/New_York'),
  };
  const first = await spawnBot(db, localBots);
  await first.waitFor(RUNNING);

  const body = slashCommandBody({
    text: `brief subscribe ${local('Asia/Kolkata')} Asia/Kolkata`,
    responseUrl: 'http://127.0.0.1:9/unused',
    channelId: slackSlot.channelId,
  });
  const slackReply = await fetch(`http://127.0.0.1:${first.port}/slack/events`, {
    method: 'POST',
    body,
    headers: slackSignatureHeaders(body, SIGNING_SECRET),
  });
  const slackText = ((await slackReply.json()) as { text: string }).text;
  await discord.identified;
  const interaction = slashCommand(
    'brief',
    { action: 'subscribe', time: local('America/New_York'), timezone: 'America/New_York' },
    undefined,
    { permissions: MANAGE_CHANNELS },
  );
  const edited = discord.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.endsWith(`/${interaction.token}/messages/%40original`),
  );
  discord.dispatchInteraction(interaction);
  const discordReply = JSON.stringify((await edited).body);

  const done = (async () => {
    expect(slackText).toMatch(/^Subscribed to the daily brief/);
    expect(discordReply).toContain('Subscribed to the daily brief');
    // A plain restart before the minute (SIGTERM, as systemd does): the subscriptions live in the database.
    await kill(first, 'SIGTERM');
    const second = await spawnBot(db, localBots);
    await second.waitFor(RUNNING);
    expect(Date.now()).toBeLessThan(at);
    for (const slot of [slackSlot, discordSlot]) expect(briefsIn(slot)).toEqual([]);

    await until(
      'both briefs at their local time',
      () => readLog(db).filter((r) => r.state === 'posted').length === 2,
      at - Date.now() + 30_000,
    );
    const posted = [slackSlot, discordSlot].map((slot) => expectExactlyOneBrief(db, slot));
    for (const parts of posted) {
      // At the minute, not before it, and promptly (the fakes' times: Slack ts in seconds, Discord ms).
      expect(parts[0]!.at).toBeGreaterThanOrEqual(at - 1000);
      expect(parts[0]!.at).toBeLessThan(at + 15_000);
      expect(parts[0]!.text).not.toContain('(delayed)');
    }
    // Killed after it posted, and restarted: nothing more.
    await kill(second);
    const third = await spawnBot(db, localBots);
    await third.waitFor(RUNNING);
    expect([slackSlot, discordSlot].map((slot) => expectExactlyOneBrief(db, slot))).toEqual(posted);
    await kill(third);
  })();
  done.catch(() => undefined);
  return { subscribed: true, done };
}

describe('the done-when of issue 5', () => {
  it('(e) a Slack and a Discord channel each get exactly one brief at their local time, across restarts', async () => {
    await (
      await localTime
    ).done;
  }, 90_000);
});
