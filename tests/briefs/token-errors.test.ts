// A token error (invalid_auth, token_revoked, a Discord 401) is the workspace's, not a channel's: no subscription is
// marked failing, the workspace's posts pause (one refused call per run, not one per channel), `brief status` and
// /readyz say so, and a working token posts every channel's brief, the missed one included under the catch-up rule.
import { afterEach, describe, expect, it } from 'vitest';
import { startBriefs, type RunningBriefs } from '../../src/briefs/index.ts';
import { classifyPublishError } from '../../src/briefs/publish-error.ts';
import type { Publisher } from '../../src/briefs/publisher.ts';
import type { BriefsConfig } from '../../src/config.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { summaryText } from '../support/answer-view.ts';
import { FakeClock, FakePlatform, fakePublisher } from './fake-publisher.ts';
import { cleanUp, tempDbPath } from './helpers.ts';

let running: RunningBriefs | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await cleanUp();
});

const slackError = (error: string) =>
  Object.assign(new Error(`An API error occurred: ${error}`), {
    code: 'slack_webapi_platform_error',
    data: { ok: false, error },
  });

const config = (databasePath: string): BriefsConfig => ({
  databasePath,
  databaseWaitMs: 0,
  timezone: 'UTC',
  catchupHours: 6,
  claimLeaseMs: 120_000,
  slackAdmins: [],
  slackChannels: [{ channelId: 'C1' }, { channelId: 'C2' }, { channelId: 'C3' }],
  discordChannels: [],
});

/** Slack as the fake platform, refusing the token while `token.bad` is set. */
function slackWithToken(world: FakePlatform, clock: FakeClock, token: { bad: boolean }): Publisher {
  const inner = fakePublisher('slack', world, clock.now);
  return {
    ...inner,
    post: async (...args) => {
      if (!token.bad) return inner.post(...args);
      world.postCalls += 1;
      throw slackError('invalid_auth');
    },
  };
}

function setup() {
  const file = tempDbPath();
  const world = new FakePlatform();
  const clock = new FakeClock(Date.parse('2026-03-02T07:59:00Z'));
  const token = { bad: true };
  const start = async () => {
    await running?.stop();
    const started = await startBriefs({
      config: config(file),
      getPack: bundledPack,
      publishers: [slackWithToken(world, clock, token)],
      clock,
      ticker: clock.ticker,
    });
    if (!started.ok) throw new Error(started.problem);
    running = started.briefs;
    return started.briefs;
  };
  const status = async (briefs: RunningBriefs, channelId: string) => {
    const ctx = { platform: 'slack' as const, channelId, userId: 'U1', canManage: true };
    const answer = await briefs.service.handleBriefCommand(ctx, 'status');
    return `${answer.title}: ${summaryText(answer)}`;
  };
  const posted = () => world.messages.map((m) => [m.channelId, m.at.toISOString(), m.delayed]);
  return { world, clock, token, start, status, posted };
}

describe('a token refused at brief time', () => {
  it('pauses the workspace without marking a channel failing, and a restart with a good token posts every brief', async () => {
    const { world, clock, token, start, status, posted } = setup();
    let briefs = await start();
    await clock.runTo('2026-03-02T08:03:00Z');

    expect(world.messages).toEqual([]);
    // 08:00: each channel's timer and the sweep try once; then one try per minute's sweep, not one per channel.
    expect(world.postCalls).toBe(7);
    expect((await briefs.store.subscriptions.listActive()).map((s) => s.channelId)).toEqual(['C1', 'C2', 'C3']);
    expect(await briefs.store.sql.all('SELECT * FROM brief_log')).toEqual([]);
    expect(briefs.pauses.all()).toEqual([
      { workspace: 'slack', code: 'invalid_auth', since: '2026-03-02T08:00:00.000Z' },
    ]);
    const text = await status(briefs, 'C2');
    expect(text).toContain('Subscribed, but paused');
    expect(text).toContain('refused the bot’s token (invalid_auth)');
    expect(text).not.toContain('failing');

    // The operator replaces the token and restarts at 10:00: the day's brief is 2 h late, inside BRIEF_CATCHUP_HOURS.
    token.bad = false;
    clock.set('2026-03-02T10:00:00Z');
    briefs = await start();
    await clock.runTo('2026-03-03T08:01:00Z');
    expect(posted()).toEqual([
      ['C1', '2026-03-02T10:00:00.000Z', true],
      ['C2', '2026-03-02T10:00:00.000Z', true],
      ['C3', '2026-03-02T10:00:00.000Z', true],
      ['C1', '2026-03-03T08:00:00.000Z', false],
      ['C2', '2026-03-03T08:00:00.000Z', false],
      ['C3', '2026-03-03T08:00:00.000Z', false],
    ]);
    expect(await status(briefs, 'C2')).toMatch(/^Subscribed\b/);
  });

  it('resumes every channel by itself once the token works again (the app reinstalled), missed briefs included', async () => {
    const { clock, token, start, status, posted } = setup();
    const briefs = await start();
    await clock.runTo('2026-03-02T08:30:00Z');
    expect(posted()).toEqual([]);

    token.bad = false;
    await clock.runTo('2026-03-02T08:31:00Z');
    expect(posted()).toEqual([
      ['C1', '2026-03-02T08:31:00.000Z', true],
      ['C2', '2026-03-02T08:31:00.000Z', true],
      ['C3', '2026-03-02T08:31:00.000Z', true],
    ]);
    expect(briefs.pauses.all()).toEqual([]);
    expect(await status(briefs, 'C3')).not.toContain('paused');
  });

  it('skips a brief missed longer than BRIEF_CATCHUP_HOURS, as any missed brief', async () => {
    const { clock, token, start, posted } = setup();
    await start();
    await clock.runTo('2026-03-02T08:01:00Z');
    token.bad = false;
    clock.set('2026-03-02T15:00:00Z');
    const briefs = await start();
    expect(posted()).toEqual([]);
    const log = await briefs.store.sql.all('SELECT channel_id, state FROM brief_log ORDER BY channel_id');
    expect(log).toEqual([
      { channel_id: 'C1', state: 'skipped' },
      { channel_id: 'C2', state: 'skipped' },
      { channel_id: 'C3', state: 'skipped' },
    ]);
  });
});

describe('channels an earlier version stopped on a token error', () => {
  it('are subscribed again at start and get the brief they missed', async () => {
    const { clock, token, start, posted } = setup();
    token.bad = false;
    const first = await start();
    const at = new Date('2026-03-01T08:00:00Z');
    for (const channelId of ['C4', 'C5']) {
      const sub = { platform: 'slack' as const, channelId, time: '08:00', timezone: 'UTC', createdBy: 'U1' };
      await first.store.subscriptions.upsert(sub, at);
    }
    await first.store.subscriptions.markFailing('slack', 'C4', 'invalid_auth: An API error occurred', at);
    await first.store.subscriptions.markFailing('slack', 'C5', 'channel_not_found: An API error occurred', at);
    clock.set('2026-03-02T09:00:00Z');
    const briefs = await start();
    const active = (await briefs.store.subscriptions.listActive()).map((s) => s.channelId);
    expect(active).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(posted().filter(([channel]) => channel === 'C4' || channel === 'C5')).toEqual([
      ['C4', '2026-03-02T09:00:00.000Z', true],
    ]);
  });
});

describe('which errors are the token’s', () => {
  it.each(['invalid_auth', 'token_revoked', 'account_inactive', 'missing_scope', 'token_expired'])(
    'Slack %s pauses the workspace',
    (code) => {
      expect(classifyPublishError('slack', slackError(code))).toMatchObject({ kind: 'workspace', code });
    },
  );

  it('a Discord 401 pauses the bot; Missing Access stays the channel’s', () => {
    const unauthorized = Object.assign(new Error('401: Unauthorized'), { code: 0, status: 401 });
    expect(classifyPublishError('discord', unauthorized)).toMatchObject({ kind: 'workspace' });
    const noAccess = Object.assign(new Error('Missing Access'), { code: 50001, status: 403 });
    expect(classifyPublishError('discord', noAccess)).toMatchObject({ kind: 'permanent', code: '50001' });
  });
});
