// The fake Discord's channels: the messages posted in each, Discord's nonce dedupe (a repeated nonce with
// enforce_nonce within a few minutes returns the first message), GET with `after`/`limit`, DM channels, and scripted
// failures: 403 Missing Access (50001), 404 Unknown Channel (10003) and 429s with rate-limit headers.
// https://discord.com/developers/docs/resources/message#create-message
// https://discord.com/developers/docs/resources/message#get-channel-messages
import { FAKE_IDS, messageObject } from './discord-ids.ts';

export interface FakeMessage {
  readonly id: string;
  readonly channel_id: string;
  readonly content: string;
  readonly embeds: { footer?: { text: string } }[];
  readonly nonce?: string;
  readonly author: { id: string; bot?: boolean; username: string };
  readonly [key: string]: unknown;
}

export interface ChannelScript {
  /** Channels the bot may not see: 403 Missing Access (50001). */
  readonly missingAccess?: readonly string[];
  /** Channels that no longer exist: 404 Unknown Channel (10003). */
  readonly unknown?: readonly string[];
  /** Channels whose first message POST gets a 429 with rate-limit headers (discord.js waits and retries). */
  readonly rateLimitOnce?: readonly string[];
  /** How long a nonce dedupes; Discord says "a few minutes". */
  readonly nonceWindowMs?: number;
}

export type ChannelReply = { status: number; json: unknown; headers?: Record<string, string> };

const BOT_AUTHOR = { id: FAKE_IDS.bot, username: 'summit-desk', discriminator: '0', global_name: null, bot: true };

export class FakeChannels {
  readonly #messages = new Map<string, FakeMessage[]>();
  readonly #nonces = new Map<string, { message: FakeMessage; at: number }>();
  readonly #rateLimited = new Set<string>();
  /** 429s answered so far. */
  rateLimits = 0;

  constructor(public script: ChannelScript = {}) {}

  /** Messages in a channel, oldest first. */
  in(channelId: string): FakeMessage[] {
    return this.#messages.get(channelId) ?? [];
  }

  /** Puts a message in a channel as if someone (by default another user) had posted it. */
  add(channelId: string, body: Record<string, unknown>, authorId: string = FAKE_IDS.user): FakeMessage {
    const author = authorId === FAKE_IDS.bot ? BOT_AUTHOR : { id: authorId, username: 'someone', discriminator: '0' };
    return this.#store(channelId, body, author);
  }

  post(channelId: string, body: Record<string, unknown>): ChannelReply {
    const refused = this.#refusal(channelId);
    if (refused) return refused;
    if (this.script.rateLimitOnce?.includes(channelId) && !this.#rateLimited.has(channelId)) {
      this.#rateLimited.add(channelId);
      this.rateLimits += 1;
      // https://discord.com/developers/docs/topics/rate-limits#header-format
      return {
        status: 429,
        json: { code: 0, message: 'You are being rate limited.', retry_after: 0.05, global: false },
        headers: {
          'retry-after': '0.05',
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': '0.05',
          'x-ratelimit-bucket': `fake-bucket-${channelId}`,
          'x-ratelimit-scope': 'user',
        },
      };
    }
    const nonce = typeof body.nonce === 'string' || typeof body.nonce === 'number' ? String(body.nonce) : undefined;
    const key = `${channelId}:${nonce}`;
    if (nonce && body.enforce_nonce === true) {
      const seen = this.#nonces.get(key);
      if (seen && Date.now() - seen.at < (this.script.nonceWindowMs ?? 5 * 60_000)) {
        return { status: 200, json: seen.message };
      }
    }
    const message = this.#store(channelId, body, BOT_AUTHOR);
    if (nonce && body.enforce_nonce === true) this.#nonces.set(key, { message, at: Date.now() });
    return { status: 200, json: message };
  }

  /** GET /channels/:id/messages: `after` gives the `limit` oldest after that id; newest first, as Discord returns. */
  list(channelId: string, query: URLSearchParams): ChannelReply {
    const refused = this.#refusal(channelId);
    if (refused) return refused;
    const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 50)));
    const after = query.get('after');
    const all = this.in(channelId);
    const picked = after
      ? all.filter((m) => BigInt(m.id) > BigInt(after)).slice(0, limit)
      : all.slice(Math.max(0, all.length - limit));
    // Discord does not return `nonce` on fetched messages.
    return { status: 200, json: picked.reverse().map(({ nonce: _nonce, ...rest }) => rest) };
  }

  /** PATCH /channels/:id/messages/:id: the fields sent replace the message's (content, embeds, components). */
  edit(channelId: string, messageId: string, body: Record<string, unknown>): ChannelReply {
    const refused = this.#refusal(channelId);
    if (refused) return refused;
    const list = this.#messages.get(channelId) ?? [];
    const at = list.findIndex((m) => m.id === messageId);
    if (at < 0) return { status: 404, json: { code: 10008, message: 'Unknown Message' } };
    const edited = { ...list[at]!, ...body, edited_timestamp: new Date().toISOString() } as FakeMessage;
    list[at] = edited;
    return { status: 200, json: edited };
  }

  /** POST /users/@me/channels: the DM channel with a user. */
  openDm(recipientId: string): ChannelReply {
    return { status: 200, json: { id: `8${recipientId.slice(1)}`, type: 1, recipients: [{ id: recipientId }] } };
  }

  #refusal(channelId: string): ChannelReply | undefined {
    if (this.script.missingAccess?.includes(channelId)) {
      return { status: 403, json: { code: 50001, message: 'Missing Access' } };
    }
    if (this.script.unknown?.includes(channelId))
      return { status: 404, json: { code: 10003, message: 'Unknown Channel' } };
    return undefined;
  }

  #store(channelId: string, body: Record<string, unknown>, author: FakeMessage['author']): FakeMessage {
    const message: FakeMessage = messageObject(channelId, body, { author });
    const list = this.#messages.get(channelId) ?? [];
    list.push(message);
    this.#messages.set(channelId, list);
    return message;
  }
}
