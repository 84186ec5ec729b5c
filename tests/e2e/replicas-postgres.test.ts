// Three `summit start` replicas on one PostgreSQL share a fan-out of 200 briefs (100 Slack channels in HTTP mode, 100
// Discord channels; scripted 429s on both) and one is SIGKILLed mid-fan-out: every channel gets exactly one brief,
// and the channels the killed replica held are finished by the others once its claims' lease has run out. The victim
// is chosen by what the fakes saw (each replica posts with its own token), never by timing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeyOf } from '../../src/briefs/publisher.ts';
import { briefMessagesIn } from '../fakes/brief-messages.ts';
import { subscribeDueNow } from '../support/brief-log.ts';
import { RUNNING, stopBot, until } from '../support/bot-process.ts';
import { startReplicaFanout, type ReplicaFanout } from '../support/replica-fanout.ts';

const LEASE_SECONDS = 6;
const REPLICAS = 3;
const SLACK_CHANNELS = Array.from({ length: 100 }, (_, i) => `C0REP${String(i).padStart(3, '0')}`);
const DISCORD_CHANNELS = Array.from({ length: 100 }, (_, i) => `8${String(i).padStart(17, '0')}`);

let fanout: ReplicaFanout;

beforeAll(async () => {
  // Every 25th chat.postMessage is refused with 429 (Retry-After 1 s); every 10th Discord channel's first POST too.
  fanout = await startReplicaFanout({
    slackChannels: SLACK_CHANNELS,
    discordChannels: DISCORD_CHANNELS,
    leaseSeconds: LEASE_SECONDS,
    slackRateLimitEvery: 25,
    discordRateLimitOnce: DISCORD_CHANNELS.filter((_, i) => i % 10 === 3),
    discordMessageDelayMs: 20,
  });
}, 30_000);

afterAll(async () => {
  await fanout?.close();
});

describe('three replicas on one PostgreSQL', () => {
  it('post each of 200 briefs exactly once though one is killed mid-fan-out, its channels taken over within the lease', async () => {
    const { slack, discord, databaseUrl, startReplica, briefLog, slackPostsBy, briefMessageCount } = fanout;
    const slots = await subscribeDueNow(databaseUrl, [
      ...SLACK_CHANNELS.map((channelId) => ({ platform: 'slack' as const, channelId })),
      ...DISCORD_CHANNELS.map((channelId) => ({ platform: 'discord' as const, channelId })),
    ]);
    const started = Date.now();
    const replicas = Array.from({ length: REPLICAS }, (_, i) => startReplica(i + 1));

    // Mid-fan-out: a few briefs are out. The next Slack post is held unanswered, so the replica that sent it is
    // certainly holding that brief's claim when it is killed (choosing by post counts raced the fan-out: on a fast
    // run the busiest replica had already finished its claims).
    await until('the first briefs', () => briefMessageCount() >= 10, 30_000);
    const held = await slack.hold('chat.postMessage', 'before');
    const counts = replicas.map((_, i) => slackPostsBy(i + 1));
    const victim = Number(/xoxb-replica-(\d+)-token/.exec(held.authorization ?? '')?.[1]) - 1;
    expect(replicas[victim]).toBeDefined();
    await stopBot(replicas[victim]!, 'SIGKILL');
    const killedAt = Date.now();
    // Claim tokens start with the holder's host:pid: the victim's claims, as the survivors will find them.
    const victimPid = `:${replicas[victim]!.child.pid}/`;
    const heldAtKill = (await briefLog()).filter((r) => r.state === 'claimed' && r.claim_token?.includes(victimPid));

    const survivors = replicas.filter((_, i) => i !== victim);
    await Promise.all(survivors.map((b) => b.waitFor(RUNNING, 30_000)));
    const rows = await until(
      'every brief posted',
      async () => {
        const log = await briefLog();
        return log.length === slots.length && log.every((r) => r.state === 'posted') && log;
      },
      LEASE_SECONDS * 1000 + 20_000,
    );

    for (const slot of slots) {
      const found = briefMessagesIn({ slack, discord }, slot);
      const parts = found[0]?.parts ?? 0;
      expect(found.map((b) => b.key)).toEqual(found.map(() => idempotencyKeyOf(slot)));
      expect(found.map((b) => `${b.part}/${b.parts}`)).toEqual(
        Array.from({ length: Math.max(parts, 1) }, (_, i) => `${i + 1}/${Math.max(parts, 1)}`),
      );
      const row = rows.find((r) => r.platform === slot.platform && r.channel_id === slot.channelId);
      expect(row?.message_id).toBe(found[0]?.id);
    }
    // The victim's channels waited for its claims to expire, then a survivor finished them.
    const heldKeys = new Set(heldAtKill.map((r) => `${r.platform}:${r.channel_id}`));
    const finishedAt = rows
      .filter((r) => heldKeys.has(`${r.platform}:${r.channel_id}`))
      .map((r) => Date.parse(r.posted_at ?? ''));
    const doneMs = Math.max(...finishedAt) - killedAt;
    // When the survivors took the victim's claims over, from their own log lines.
    const takeovers = survivors.flatMap((b) =>
      b
        .output()
        .split('\n')
        .filter((line) => line.includes('took over a brief claim'))
        .map((line) => (JSON.parse(line) as { time: number }).time),
    );
    const takeoverMs = Math.max(...takeovers) - killedAt;
    console.info(
      `replicas: victim ${victim + 1} (Slack posts by replica ${counts.join('/')}), ${heldAtKill.length} claims held at ` +
        `the kill (${killedAt - started} ms after the start), ${takeovers.length} taken over by ${takeoverMs} ms ` +
        `and done ${doneMs} ms after it ` +
        `(lease ${LEASE_SECONDS} s); all 200 posted ${Date.now() - started} ms after the start; ` +
        `429s: Slack ${slack.rateLimited()}, Discord ${discord.channels.rateLimits}`,
    );
    expect(heldAtKill.length).toBeGreaterThan(0);
    expect(takeovers.length).toBe(heldAtKill.length);
    // Taken over once the lease of the victim's last renewal (before the kill) ran out, plus the recheck margin.
    expect(takeoverMs).toBeLessThan(LEASE_SECONDS * 1000 + 2000);
    expect(slack.rateLimited()).toBeGreaterThan(0);
    expect(discord.channels.rateLimits).toBe(10);
  }, 60_000);
});
