// Fixed ids of the fake Discord's world (one guild, one channel, one user) and a snowflake generator.
import { SnowflakeUtil } from 'discord.js';

export const FAKE_IDS = {
  application: '111111111111111111',
  bot: '111111111111111111',
  guild: '222222222222222222',
  channel: '333333333333333333',
  user: '444444444444444444',
} as const;

export const BOT_USER = {
  id: FAKE_IDS.bot,
  username: 'summit-desk',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
} as const;

/** A fresh snowflake carrying the current time, like Discord's ids. */
export function snowflake(): string {
  return SnowflakeUtil.generate().toString();
}

/** A message object as Discord's API returns it; `body` is what the bot sent (content, embeds, components, flags). */
export function messageObject(
  channelId: string,
  body: Record<string, unknown>,
  extra: { type?: number; author?: { id: string; username: string; bot?: boolean }; defaultFlags?: number } = {},
) {
  const nonce = body.nonce === undefined ? undefined : String(body.nonce);
  return {
    id: snowflake(),
    channel_id: channelId,
    type: extra.type ?? 0,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: (body.embeds as { footer?: { text: string } }[] | undefined) ?? [],
    components: body.components ?? [],
    flags: body.flags ?? extra.defaultFlags ?? 0,
    ...(nonce ? { nonce } : {}),
    author: extra.author ?? BOT_USER,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
  };
}
