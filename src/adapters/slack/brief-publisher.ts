// Posts to Slack channels for src/briefs (briefs, story updates, notices, corrections): every page of the post as
// consecutive messages (nothing is cut), each carrying message metadata with the slot's idempotency key, so a claim
// whose holder crashed can be settled by reading the channel's recent history; edits a post in place (chat.update).
// https://docs.slack.dev/messaging/message-metadata
import type { webApi } from '@slack/bolt';
import { systemClock, type Clock } from '../../briefs/clock.ts';
import type { Publisher } from '../../briefs/index.ts';
import type { Answer } from '../../core/answer-model.ts';
import type { PostKind } from '../../store/post-records.ts';
import type { Logger } from '../../log.ts';
import { answerToBlocks, type SlackPage } from './answer-to-blocks.ts';
import { toBoltMessage } from './block-kit.ts';
import { escapeMrkdwn, SLACK_USER_ID } from './escape-mrkdwn.ts';

export const BRIEF_EVENT_TYPE = 'summit_brief';

export interface SlackPublisherOptions {
  /**
   * Least time between two posts to one channel. Slack: about one message per second per channel
   * (https://docs.slack.dev/apis/web-api/rate-limits#posting-messages); 429s beyond that are waited out by WebClient.
   */
  readonly perChannelIntervalMs?: number;
  /** History pages (of 100 messages) read when looking for a brief already posted. */
  readonly maxHistoryPages?: number;
  /** What pacing reads and waits on; tests pass a fake to see the waits without waiting. */
  readonly clock?: Clock;
  /** OAuth mode: the bot token of the workspace the channel subscribed from (every call carries it); else the app's. */
  readonly tokenFor?: (channelId: string) => Promise<string>;
}

interface BriefMetadata {
  readonly key: string;
  readonly delayed: boolean;
  readonly page: number;
  readonly pages: number;
}

export function createSlackPublisher(
  client: webApi.WebClient,
  logger: Logger,
  options: SlackPublisherOptions = {},
): Publisher {
  // Slack allows about one message per second per channel (https://docs.slack.dev/apis/web-api/rate-limits); a little
  // more than a second apart keeps clock jitter from earning a 429 on every second page.
  const interval = options.perChannelIntervalMs ?? 1100;
  const nextPostAt = new Map<string, number>();
  // Pages already posted for a key whose later page failed: the retry (same process) resumes instead of repeating.
  const partial = new Map<string, string[]>();
  const log = logger.child({ component: 'slack-briefs' });

  const clock = options.clock ?? systemClock;
  const tokenOf = async (channel: string) => (options.tokenFor ? { token: await options.tokenFor(channel) } : {});
  const paced = async (channel: string): Promise<void> => {
    const now = clock.now().getTime();
    const at = Math.max(now, nextPostAt.get(channel) ?? 0);
    nextPostAt.set(channel, at + interval);
    if (at > now) await clock.sleep(at - now);
  };

  return {
    platform: 'slack',
    async post(channel, answer, { idempotencyKey: key, delayed, kind }) {
      const pages = postPages(answer, { kind, delayed });
      const token = await tokenOf(channel);
      const posted = partial.get(key) ?? [];
      partial.set(key, posted);
      for (let page = posted.length; page < pages.length; page += 1) {
        await paced(channel);
        const metadata: BriefMetadata = { key, delayed, page, pages: pages.length };
        const result = await client.chat.postMessage({
          ...token,
          channel,
          ...toBoltMessage(pages[page]!),
          // Links to articles would unfold into large previews under every brief.
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: BRIEF_EVENT_TYPE, event_payload: { ...metadata } },
        });
        posted.push(result.ts ?? '');
      }
      partial.delete(key);
      return { messageId: posted[0]!, messageIds: [...posted] };
    },

    async edit(channel, ts, answer, { kind }) {
      // https://docs.slack.dev/reference/methods/chat.update — a page the new answer no longer has is left as it was.
      const pages = postPages(answer, { kind, delayed: false });
      const token = await tokenOf(channel);
      for (const [i, id] of ts.entries()) {
        const page = pages[i];
        if (page) await client.chat.update({ ...token, channel, ts: id, ...toBoltMessage(page) });
      }
    },

    async findExisting(channel, key, since) {
      // This process knows the post is incomplete: report nothing, so delivery calls post() again, which resumes.
      if (partial.has(key)) return undefined;
      const found: { ts: string; meta: BriefMetadata }[] = [];
      let cursor: string | undefined;
      const token = await tokenOf(channel);
      for (let i = 0; i < (options.maxHistoryPages ?? 5); i += 1) {
        const history = await client.conversations.history({
          ...token,
          channel,
          oldest: (since.getTime() / 1000).toFixed(6),
          include_all_metadata: true,
          limit: 100,
          ...(cursor && { cursor }),
        });
        for (const message of history.messages ?? []) {
          const meta = briefMetadataOf(message.metadata);
          if (meta?.key === key && message.ts) found.push({ ts: message.ts, meta });
        }
        cursor = history.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
      if (found.length === 0) return undefined;
      found.sort((a, b) => a.meta.page - b.meta.page);
      const { pages } = found[0]!.meta;
      if (found.length < pages) {
        // A crash between pages left the first ones posted: report nothing, so delivery calls post(), which resumes
        // after them (the same map a failed page in this process uses) instead of repeating them or stopping short.
        if (found.every((f, i) => f.meta.page === i)) {
          partial.set(
            key,
            found.map((f) => f.ts),
          );
          log.warn({ channel, key, found: found.length, pages }, 'brief found only partly posted; posting the rest');
          return undefined;
        }
        log.warn({ channel, key, found: found.length, pages }, 'brief found with pages missing; not posting it again');
      }
      return found[0]!.ts;
    },

    async notifyFailure(subscription, message, resubscribe = 'brief subscribe') {
      // A user id as channel posts in the app's direct messages with that user (chat:write is enough).
      // https://docs.slack.dev/reference/methods/chat.postMessage#app_home
      if (!SLACK_USER_ID.test(subscription.createdBy)) return; // e.g. 'env': channels configured in SLACK_BRIEF_CHANNELS
      const channel = /^[CG][A-Z0-9]+$/.test(subscription.channelId) ? `<#${subscription.channelId}>` : 'a channel';
      const text = `${escapeMrkdwn(message)} (${channel}). Fix the bot's access there, then run \`/summit ${resubscribe}\` in it again.`;
      await client.chat.postMessage({
        ...(await tokenOf(subscription.channelId)),
        channel: subscription.createdBy,
        text,
      });
    },
  };
}

/** The command a post's footer names, by kind: where a reader finds more of the same, or manages it. */
const FOOTER_COMMAND: Record<PostKind, string> = {
  brief: 'brief',
  update: 'updates status',
  notice: 'feeds',
  correction: 'review log',
};

/** Every page of a post, without page buttons (a channel post stays as posted); a late one says so at the top. */
export function postPages(answer: Answer, post: { kind: PostKind; delayed: boolean }): SlackPage[] {
  const { delayed } = post;
  const note = delayed ? '(delayed) The bot was offline when this brief was due; posted on its return.' : undefined;
  const render = (page: number): SlackPage => {
    const rendered = answerToBlocks(answer, { command: FOOTER_COMMAND[post.kind], page, ...(note ? { note } : {}) });
    return delayed ? { ...rendered, text: `(delayed) ${rendered.text}` } : rendered;
  };
  const first = render(0);
  return [first, ...Array.from({ length: first.pageCount - 1 }, (_, i) => render(i + 1))];
}

function briefMetadataOf(metadata: unknown): BriefMetadata | undefined {
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const { event_type: type, event_payload: payload } = metadata as { event_type?: unknown; event_payload?: unknown };
  if (type !== BRIEF_EVENT_TYPE || typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as Record<string, unknown>;
  if (typeof p.key !== 'string') return undefined;
  const page = typeof p.page === 'number' ? p.page : 0;
  const pages = typeof p.pages === 'number' ? p.pages : 1;
  return { key: p.key, delayed: p.delayed === true, page, pages };
}
