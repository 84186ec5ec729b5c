// End to end, daily briefs on Slack: `/summit brief subscribe|status|unsubscribe` through the real Bolt app into a
// SQLite file, and one brief fanned out to 200 channels through the real delivery (src/briefs) and the Slack
// publisher against the fake Web API, with 429s injected: every channel receives exactly one brief.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBriefScheduler } from '../../src/briefs/brief-scheduler.ts';
import { idempotencyKeyOf, startBriefs, type RunningBriefs } from '../../src/briefs/index.ts';
import { loadConfig } from '../../src/config.ts';
import { FakeClock } from '../briefs/fake-publisher.ts';
import { cleanUp, openTestStore } from '../briefs/helpers.ts';
import { startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import { slashCommandBody } from '../fakes/slack-signing.ts';
import { bundledPack } from '../support/bundled-pack.ts';

let h: SlackHarness;
let briefs: RunningBriefs | undefined;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'summit-slack-briefs-'));
  h = await startSlackHarness('http', { getBriefs: () => briefs?.service, env: { SLACK_BRIEF_ADMINS: 'U0ALICE' } });
  const loaded = loadConfig({ DATABASE_PATH: path.join(dir, 'summit.db'), BRIEF_TIMEZONE: 'UTC' });
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
afterEach(cleanUp);

async function ask(text: string, userId = 'U0ALICE', channelId = 'C0DESK') {
  const body = slashCommandBody({ text, responseUrl: h.responses.urlFor('unused'), userId, channelId });
  const res = await h.signedEvent(body);
  expect(res.status).toBe(200);
  const reply = (await res.json()) as { response_type: string; text: string; blocks: { type: string }[] };
  expect(reply.response_type).toBe('ephemeral');
  return reply;
}

describe('daily briefs on Slack', () => {
  it('subscribes the channel with `/summit brief subscribe 07:30 Europe/Berlin`, stored in SQLite', async () => {
    const reply = await ask('brief subscribe 07:30 Europe/Berlin');
    expect(reply.text).toMatch(/^Subscribed to the daily brief — This channel gets the brief every day at 07:30/);
    expect(reply.text).toContain('Europe/Berlin');
    // An answer about the subscription has no buttons: a replayed click must not subscribe again.
    expect(reply.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(await briefs!.store.subscriptions.get('slack', 'C0DESK')).toMatchObject({
      time: '07:30',
      timezone: 'Europe/Berlin',
      createdBy: 'U0ALICE',
      status: 'active',
    });
    expect((await ask('brief status')).text).toMatch(/^Subscribed — Every day at 07:30 Europe\/Berlin/);
  });

  it('refuses subscribing to someone not in SLACK_BRIEF_ADMINS, kindly, and changes nothing', async () => {
    const reply = await ask('brief subscribe 09:00 UTC', 'U0BOB', 'C0OTHER');
    expect(reply.text).toMatch(/^You cannot change this channel’s brief/);
    expect(await briefs!.store.subscriptions.get('slack', 'C0OTHER')).toBeUndefined();
  });

  it('unsubscribes, and says so when there is nothing to stop', async () => {
    await ask('brief subscribe 08:00', 'U0ALICE', 'C0GONE');
    expect((await ask('brief unsubscribe', 'U0ALICE', 'C0GONE')).text).toMatch(/^Unsubscribed/);
    expect((await ask('brief unsubscribe', 'U0ALICE', 'C0GONE')).text).toMatch(/^This channel is not subscribed/);
  });

  it('answers a bad time zone with a kind message', async () => {
    expect((await ask('brief subscribe 08:00 Mars/Olympus')).text).toMatch(/is not a time zone I know/);
  });

  it('previews `/summit brief` through the core, with the usual buttons', async () => {
    const reply = await ask('brief');
    expect(reply.text).toMatch(/^Daily brief — /);
    expect(reply.blocks.some((b) => b.type === 'actions')).toBe(true);
  });

  it('fans one brief out to 200 channels through 429s: each channel receives it exactly once', async () => {
    const store = await openTestStore();
    const channels = Array.from({ length: 200 }, (_, i) => `C${String(i).padStart(4, '0')}FAN`);
    const subscribedAt = new Date('2025-09-01T00:00:00Z');
    for (const channelId of channels) {
      await store.subscriptions.upsert(
        { platform: 'slack', channelId, time: '08:00', timezone: 'Europe/Berlin', createdBy: 'U0ALICE' },
        subscribedAt,
      );
    }
    // Every 7th post is rate limited; with one WebClient retry, some posts exhaust it and delivery retries them.
    h.api.rateLimitEvery('chat.postMessage', 7, 0);
    const clock = new FakeClock(Date.parse('2025-09-03T06:00:00Z')); // 08:00 in Berlin
    const scheduler = createBriefScheduler({
      store,
      publishers: [h.slack.publisher!],
      getPack: bundledPack,
      catchupHours: 6,
      clock,
      concurrency: 8,
      retry: { attempts: 5, baseMs: 10, maxMs: 50 },
    });
    try {
      const results = await scheduler.runDue();
      expect(results.filter((r) => r.outcome !== 'posted' && r.outcome !== 'found-existing')).toEqual([]);
    } finally {
      h.api.rateLimitEvery('chat.postMessage', 0, 0);
      await scheduler.stop();
    }
    expect(h.api.rateLimited()).toBeGreaterThanOrEqual(200 / 7 - 1);
    for (const channelId of channels) {
      const key = idempotencyKeyOf({ platform: 'slack', channelId, localDate: '2025-09-03' });
      const got = h.api.messages.get(channelId) ?? [];
      expect(got.map((m) => m.metadata?.event_payload.key)).toEqual([key]);
      expect(await store.briefLog.get({ platform: 'slack', channelId, localDate: '2025-09-03' })).toMatchObject({
        state: 'posted',
        messageId: got[0]!.ts,
      });
    }
  });
});

describe('daily briefs on Slack without the brief service', () => {
  it('answers subscribe kindly when briefs are unavailable', async () => {
    const bare = await startSlackHarness('http');
    try {
      const body = slashCommandBody({ text: 'brief subscribe', responseUrl: bare.responses.urlFor('x') });
      const res = await bare.signedEvent(body);
      expect(((await res.json()) as { text: string }).text).toMatch(/^Daily brief subscriptions are unavailable/);
    } finally {
      await bare.stop();
    }
  });
});
