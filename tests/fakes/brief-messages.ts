// The daily-brief messages the loopback fakes hold for a channel, read back the way the bot reads them: Slack by the
// summit_brief message metadata, Discord by the reference line in the embed footer.
import { readRef } from '../../src/adapters/discord/brief-messages.ts';
import type { BriefPlatform } from '../../src/store/index.ts';
import type { FakeDiscord } from './discord-fake.ts';
import type { FakeWebApi } from './slack-web-api.ts';

export interface BriefMessage {
  /** The platform's message id (Slack ts, Discord snowflake). */
  readonly id: string;
  /** When the fake received it, in ms. */
  readonly at: number;
  readonly key: string;
  readonly part: number;
  readonly parts: number;
  readonly text: string;
}

export function briefMessagesIn(
  fakes: { slack: FakeWebApi; discord: FakeDiscord },
  slot: { platform: BriefPlatform; channelId: string },
): BriefMessage[] {
  if (slot.platform === 'slack') {
    return (fakes.slack.messages.get(slot.channelId) ?? [])
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
  return fakes.discord.channels.in(slot.channelId).flatMap((m) => {
    const ref = readRef(m);
    const at = Date.parse(String(m.timestamp));
    return ref ? [{ id: m.id, at, ...ref, text: JSON.stringify(m.embeds) }] : [];
  });
}
