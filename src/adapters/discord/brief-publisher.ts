// Channel posts (briefs, story updates, notices, corrections) into Discord channels: the Publisher src/briefs delivers
// through; an earlier post is edited in place (a correction's mark). Posting goes through discord.js's
// REST manager, which queues per route and waits out 429s. Exactly-once aids: every part carries a nonce with
// enforce_nonce (a retried POST returns the first message), and its ref line lets findExisting recognise it later.
// A channel we can't post to gets a DM to whoever subscribed it (the channel itself is what failed).
import { Client, REST, Routes, SnowflakeUtil, type APIChannel, type APIMessage, type APIUser } from 'discord.js';
import type { Publisher } from '../../briefs/index.ts';
import type { Logger } from '../../log.ts';
import { NO_MENTIONS } from './answer-message.ts';
import { postToMessages, readRef } from './brief-messages.ts';

// https://discord.com/developers/docs/resources/message#get-channel-messages-query-string-params
const PAGE_LIMIT = 100;
/** findExisting reads at most this many pages of history (10,000 messages) before giving up. */
const MAX_PAGES = 100;

/** The smallest snowflake at or after `date`, minus one: `after` it lists every message posted since `date`. */
// https://discord.com/developers/docs/reference#snowflakes
export function snowflakeBefore(date: Date): string {
  // At or before Discord's epoch every message is newer: 0 lists them all.
  if (date.getTime() <= SnowflakeUtil.epochNumber) return '0';
  const zero = { increment: 0n, workerId: 0n, processId: 0n };
  return (SnowflakeUtil.generate({ ...zero, timestamp: Math.floor(date.getTime()) }) - 1n).toString();
}

export function createDiscordPublisher(source: Client | REST, logger: Logger): Publisher {
  const rest = source instanceof REST ? source : source.rest;
  const log = logger.child({ part: 'briefs' });
  let botId: Promise<string> | undefined;
  const ownId = () => (botId ??= (rest.get(Routes.user()) as Promise<APIUser>).then((u) => u.id));

  async function history(channelId: string, since: Date): Promise<APIMessage[]> {
    const found: APIMessage[] = [];
    let after = snowflakeBefore(since);
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const query = new URLSearchParams({ after, limit: String(PAGE_LIMIT) });
      const batch = (await rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
      found.push(...batch);
      if (batch.length < PAGE_LIMIT) break;
      after = batch.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
    }
    return found;
  }

  return {
    platform: 'discord',
    async post(channelId, answer, { idempotencyKey, delayed }) {
      const ids: string[] = [];
      for (const body of postToMessages(answer, idempotencyKey, delayed)) {
        const sent = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
        ids.push(sent.id);
      }
      return { messageId: ids[0] as string, messageIds: ids };
    },
    async edit(channelId, messageIds, answer, { idempotencyKey }) {
      // https://discord.com/developers/docs/resources/message#edit-message — the ref line stays, so findExisting
      // still recognises the post; a part the new answer no longer fills is left as it was.
      const parts = postToMessages(answer, idempotencyKey, false);
      for (const [i, id] of messageIds.entries()) {
        const part = parts[i];
        if (!part) continue;
        const body = { content: part.content ?? '', embeds: part.embeds, allowed_mentions: part.allowed_mentions };
        await rest.patch(Routes.channelMessage(channelId, id), { body });
      }
    },
    async findExisting(channelId, idempotencyKey, since) {
      const me = await ownId();
      const parts = new Map<number, { id: string; of: number }>();
      for (const m of await history(channelId, since)) {
        if (m.author.id !== me) continue;
        const ref = readRef(m);
        if (ref?.key === idempotencyKey) parts.set(ref.part, { id: m.id, of: ref.parts });
        else if (m.nonce === idempotencyKey) parts.set(1, { id: m.id, of: 1 });
      }
      const first = parts.get(1);
      // Only a complete brief counts: a post cut short re-posts, and the nonces keep recent parts from doubling.
      if (!first || parts.size < first.of) {
        if (first) log.warn({ channelId, found: parts.size, of: first.of }, 'brief found only in part; posting again');
        return undefined;
      }
      return first.id;
    },
    async notifyFailure(subscription, message, resubscribe = 'brief subscribe') {
      const text = `${message} Channel: <#${subscription.channelId}>. Give me View Channel, Send Messages and Embed Links there, then run \`/summit ${resubscribe}\` again.`;
      if (!/^\d{15,22}$/.test(subscription.createdBy)) {
        // Subscribed from DISCORD_BRIEF_CHANNELS: nobody to DM; the log is where an operator looks.
        log.warn({ channelId: subscription.channelId }, text);
        return;
      }
      // https://discord.com/developers/docs/resources/user#create-dm
      const dm = (await rest.post(Routes.userChannels(), {
        body: { recipient_id: subscription.createdBy },
      })) as APIChannel;
      await rest.post(Routes.channelMessages(dm.id), { body: { content: text, allowed_mentions: NO_MENTIONS } });
      log.info({ channelId: subscription.channelId, user: subscription.createdBy }, 'subscriber told by DM');
    },
  };
}
