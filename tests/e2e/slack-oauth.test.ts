// End to end, Slack for many workspaces: the real Bolt app in OAuth mode against the fake Web API. Two workspaces
// install through /slack/install and /slack/oauth_redirect (signed state, code exchanged at the fake oauth.v2.access),
// their tokens sealed at rest; a channel in each subscribes, each brief posts with its own workspace's token, and
// app_uninstalled removes the second workspace's installation and subscriptions, leaving the first. A callback with a
// state we did not sign stores nothing.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBriefScheduler } from '../../src/briefs/brief-scheduler.ts';
import { startBriefs, type RunningBriefs } from '../../src/briefs/index.ts';
import { loadConfig } from '../../src/config.ts';
import { FakeClock } from '../briefs/fake-publisher.ts';
import { startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import { slashCommandBody } from '../fakes/slack-signing.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const WORKSPACES = [
  { teamId: 'T0FIRST', teamName: 'First desk', botToken: 'xoxb-first-workspace-token', channel: 'C0FIRST' },
  { teamId: 'T0SECOND', teamName: 'Second desk', botToken: 'xoxb-second-workspace-token', channel: 'C0SECOND' },
] as const;
const [FIRST, SECOND] = WORKSPACES;
const CLIENT_ID = '1111111111.2222222222';

let h: SlackHarness;
let briefs: RunningBriefs | undefined;
let dir: string;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'summit-slack-oauth-'));
  const database = { DATABASE_PATH: path.join(dir, 'summit.db'), BRIEF_TIMEZONE: 'UTC' };
  h = await startSlackHarness('http', {
    getBriefs: () => briefs?.service,
    env: {
      SLACK_BOT_TOKEN: '', // empty counts as unset: OAuth mode has no fixed token
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: 'c0ffee0123456789c0ffee0123456789',
      SLACK_STATE_SECRET: randomBytes(24).toString('hex'),
      SLACK_TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      ...database,
    },
  });
  base = `http://127.0.0.1:${h.slack.port}`;
  const loaded = loadConfig(database);
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const started = await startBriefs({
    config: loaded.config.briefs,
    getPack: bundledPack,
    publishers: [h.slack.publisher!],
  });
  if (!started.ok) throw new Error(started.problem);
  briefs = started.briefs;
});
afterAll(async () => {
  await briefs?.stop();
  await h?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const installationRows = () =>
  briefs!.store.sql.all<{ install_key: string; team_id: string; sealed: string }>('SELECT * FROM slack_installations');

/** GET /slack/install as a browser would: the redirect to Slack's authorize page and the state cookie it sets. */
async function startInstall() {
  const res = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  const location = new URL(res.headers.get('location') ?? 'about:blank');
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { status: res.status, location, cookie, state: location.searchParams.get('state') ?? '' };
}

async function ask(text: string, channelId: string, teamId: string) {
  const form = new URLSearchParams(slashCommandBody({ text, responseUrl: h.responses.urlFor('unused'), channelId }));
  form.set('team_id', teamId);
  const res = await h.signedEvent(form.toString());
  expect(res.status).toBe(200);
  return ((await res.json()) as { text: string }).text;
}

describe('Slack OAuth install for many workspaces', () => {
  it('redirects /slack/install to the authorize page with our client id, scopes and a signed state', async () => {
    const { status, location, cookie, state } = await startInstall();
    expect(status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(location.searchParams.get('scope')).toBe(
      'commands,chat:write,channels:history,groups:history,usergroups:read',
    );
    // A signed JWT (header.payload.signature), also set as the cookie the callback checks it against.
    expect(state.split('.')).toHaveLength(3);
    expect(cookie).toBe(`slack-app-oauth-state=${state}`);
  });

  it('refuses a callback whose state we did not sign, and stores nothing', async () => {
    h.api.grantInstall('forged-code', { teamId: 'T0FORGED', teamName: 'Forged', botToken: 'xoxb-forged' });
    const { cookie } = await startInstall();
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJpbnN0YWxsT3B0aW9ucyI6e319.bm90LW91ci1zaWduYXR1cmU';
    const res = await fetch(`${base}/slack/oauth_redirect?code=forged-code&state=${forged}`, {
      headers: { cookie: cookie.replace(/=.*/, `=${forged}`) },
      redirect: 'manual',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(h.api.calls.all.some((c) => c.method === 'oauth.v2.access')).toBe(false);
    expect(await installationRows()).toEqual([]);
  });

  it('installs two workspaces through the callback, their tokens sealed at rest', async () => {
    for (const [i, workspace] of WORKSPACES.entries()) {
      h.api.grantInstall(`code-${i}`, workspace);
      const { cookie, state } = await startInstall();
      const res = await fetch(`${base}/slack/oauth_redirect?code=code-${i}&state=${encodeURIComponent(state)}`, {
        headers: { cookie },
        redirect: 'manual',
      });
      expect(res.status).toBe(200);
    }
    const exchanges = h.api.calls.all.filter((c) => c.method === 'oauth.v2.access');
    expect(exchanges.map((c) => c.args.code)).toEqual(['code-0', 'code-1']);
    const rows = (await installationRows()).sort((a, b) => a.team_id.localeCompare(b.team_id));
    expect(rows.map((r) => [r.install_key, r.team_id])).toEqual([
      ['T:T0FIRST', 'T0FIRST'],
      ['T:T0SECOND', 'T0SECOND'],
    ]);
    for (const row of rows) {
      expect(row.sealed).toMatch(/^v1:/);
      expect(row.sealed).not.toContain('xoxb');
    }
  });

  it("records the workspace on a subscription from that workspace's channel", async () => {
    for (const { channel, teamId } of WORKSPACES) {
      expect(await ask('brief subscribe 08:00 UTC', channel, teamId)).toMatch(/^Subscribed to the daily brief/);
    }
    const rows = await briefs!.store.sql.all<{ channel_id: string; team_id: string }>(
      "SELECT channel_id, team_id FROM subscriptions WHERE platform = 'slack' ORDER BY channel_id",
    );
    expect(rows).toEqual([
      { channel_id: 'C0FIRST', team_id: 'T0FIRST' },
      { channel_id: 'C0SECOND', team_id: 'T0SECOND' },
    ]);
  });

  it("posts each brief with its own workspace's token", async () => {
    // The next 08:00 UTC after the subscriptions were made (their created_at is the real time): the slot is due.
    const next = new Date();
    next.setUTCHours(8, 0, 0, 0);
    if (next.getTime() <= Date.now()) next.setUTCDate(next.getUTCDate() + 1);
    const clock = new FakeClock(next.getTime());
    const scheduler = createBriefScheduler({
      store: briefs!.store,
      publishers: [h.slack.publisher!],
      getPack: bundledPack,
      catchupHours: 6,
      clock,
      retry: { attempts: 2, baseMs: 10, maxMs: 20 },
    });
    try {
      const results = await scheduler.runDue();
      expect(results.map((r) => [r.channelId, r.outcome]).sort()).toEqual([
        ['C0FIRST', 'posted'],
        ['C0SECOND', 'posted'],
      ]);
    } finally {
      await scheduler.stop();
    }
    // Every call about a channel (the history read for an earlier post, then the post) carries its workspace's token.
    for (const { channel, botToken } of WORKSPACES) {
      const calls = h.api.calls.all.filter((c) => c.args.channel === channel);
      expect(calls.map((c) => c.method)).toContain('chat.postMessage');
      expect(new Set(calls.map((c) => c.authorization))).toEqual(new Set([`Bearer ${botToken}`]));
    }
  });

  it("deletes the workspace's installation and subscriptions on app_uninstalled, and only that workspace's", async () => {
    const event = JSON.stringify({
      token: 'legacy-verification-token',
      team_id: SECOND.teamId,
      api_app_id: 'A0SUMMIT',
      type: 'event_callback',
      event_id: 'Ev0UNINSTALL',
      event_time: 1_756_886_400,
      event: { type: 'app_uninstalled' },
    });
    const uninstalled = h.logLines.next(
      (l) => l.msg === 'Slack workspace uninstalled: installation and subscriptions deleted',
    );
    const res = await h.signedEvent(event, { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    expect(await uninstalled).toMatchObject({ teamId: SECOND.teamId, subscriptions: 1, why: 'app_uninstalled' });
    expect((await installationRows()).map((r) => r.team_id)).toEqual([FIRST.teamId]);
    expect((await briefs!.store.subscriptions.listActive('slack')).map((s) => s.channelId)).toEqual([FIRST.channel]);
  });
});
