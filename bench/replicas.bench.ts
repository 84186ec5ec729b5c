// `npm run bench`: one daily brief fanned out to 2,500 Slack (HTTP mode) and 2,500 Discord channels by three
// `summit start` replicas sharing one throwaway PostgreSQL (tests/support/replica-fanout.ts, as in
// tests/e2e/replicas-postgres.test.ts): every channel is due before the replicas start, every 25th chat.postMessage is
// refused with 429 (Retry-After 1 s) and every 10th Discord channel's first POST too. Duplicates are counted from what
// the fakes received (a brief part seen twice in a channel), never from the bot's own log. No replica is killed here;
// takeover time is the e2e test's figure.
import { briefMessagesIn } from '../tests/fakes/brief-messages.ts';
import { subscribeDueNow } from '../tests/support/brief-log.ts';
import { until } from '../tests/support/bot-process.ts';
import { startReplicaFanout } from '../tests/support/replica-fanout.ts';
import { round } from './measure.ts';

export const name = 'replicas: brief fan-out to 5,000 channels across 3 replicas on one PostgreSQL (through 429s)';

const PER_PLATFORM = 2500;
const REPLICAS = 3;
/** The whole fan-out must finish in this; past it the suite fails naming what it waited for, rather than hanging. */
const DEADLINE_MS = 240_000;

export async function run(): Promise<Record<string, number | string>> {
  const slackChannels = Array.from({ length: PER_PLATFORM }, (_, i) => `C${String(i).padStart(5, '0')}REPL`);
  const discordChannels = Array.from({ length: PER_PLATFORM }, (_, i) => `6${String(i).padStart(17, '0')}`);
  const fanout = await startReplicaFanout({
    slackChannels,
    discordChannels,
    leaseSeconds: 30,
    slackRateLimitEvery: 25,
    discordRateLimitOnce: discordChannels.filter((_, i) => i % 10 === 3),
  });
  try {
    const { slack, discord } = fanout;
    const slots = await subscribeDueNow(fanout.databaseUrl, [
      ...slackChannels.map((channelId) => ({ platform: 'slack' as const, channelId })),
      ...discordChannels.map((channelId) => ({ platform: 'discord' as const, channelId })),
    ]);
    const started = Date.now();
    for (let i = 1; i <= REPLICAS; i += 1) fanout.startReplica(i);
    // Cheap check on the fakes first (every slot has at least one message), then the shared log says all posted.
    await until(
      `all ${slots.length} briefs posted by ${REPLICAS} replicas`,
      async () =>
        fanout.briefMessageCount() >= slots.length &&
        (await fanout.briefLog()).filter((r) => r.state === 'posted').length === slots.length,
      DEADLINE_MS,
    );
    const wallMs = Date.now() - started;

    let duplicates = 0;
    let messages = 0;
    let firstAt = Infinity;
    let lastAt = 0;
    for (const slot of slots) {
      const found = briefMessagesIn({ slack, discord }, slot);
      messages += found.length;
      duplicates += found.length - new Set(found.map((b) => `${b.key}#${b.part}`)).size;
      for (const b of found) {
        firstAt = Math.min(firstAt, b.at);
        lastAt = Math.max(lastAt, b.at);
      }
    }
    if (duplicates !== 0) throw new Error(`${duplicates} duplicate brief messages in the fakes (must be 0)`);
    const postingMs = Math.round(lastAt - firstAt);
    return {
      channels: slots.length,
      'slack / discord channels': `${PER_PLATFORM} / ${PER_PLATFORM}`,
      replicas: REPLICAS,
      'brief messages received (all parts)': messages,
      'wall ms, replicas started (all due) -> all posted': wallMs,
      'ms, first post -> last post (fakes)': postingMs,
      'briefs per second (wall)': round((slots.length / wallMs) * 1000, 1),
      'slack posts by replica 1/2/3': [1, 2, 3].map((r) => fanout.slackPostsBy(r)).join(' / '),
      'slack 429s': slack.rateLimited(),
      'discord 429s': discord.channels.rateLimits,
      duplicates,
    };
  } finally {
    await fanout.close();
  }
}
