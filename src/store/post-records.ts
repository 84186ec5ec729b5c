// What each channel post showed: its kind, the platform's message ids (one per page or part), the Answer as posted
// (so a correction can re-render it with a "corrected" mark) and the ids of the facts its lines showed (so a decision
// on a fact finds every channel that got it). Written once per post, keyed like the brief log's slot.
import { answerSchema, type Answer } from '../core/answer-model.ts';
import type { SqlEngine } from './sql-engine.ts';
import type { BriefPlatform } from './subscriptions.ts';

export type PostKind = 'brief' | 'update' | 'notice' | 'correction';

export interface PostRecord {
  readonly platform: BriefPlatform;
  readonly channelId: string;
  /** The delivery slot's key: a local date for a brief, "update:<batch>", "correction:<decision>". */
  readonly postKey: string;
  readonly kind: PostKind;
  readonly messageIds: readonly string[];
  readonly answer: Answer;
  readonly factIds: readonly string[];
  readonly postedAt: string;
}

export interface PostRecords {
  /** Keeps the first record of a post (a retried record is a no-op). */
  record(post: PostRecord): Promise<void>;
  /** Posts that showed `factId` before `before`, oldest first. */
  showing(factId: string, before: Date): Promise<PostRecord[]>;
}

interface Row {
  platform: BriefPlatform;
  channel_id: string;
  post_key: string;
  kind: PostKind;
  message_ids: string;
  answer: string;
  posted_at: string;
}

export function createPostRecords(sql: SqlEngine): PostRecords {
  const factsOf = async (r: Row) =>
    (
      await sql.all<{ fact_id: string }>(
        'SELECT fact_id FROM channel_post_facts WHERE platform = ? AND channel_id = ? AND post_key = ? ORDER BY fact_id',
        [r.platform, r.channel_id, r.post_key],
      )
    ).map((f) => f.fact_id);
  return {
    record: (post) =>
      sql.transaction(async (tx) => {
        const key = [post.platform, post.channelId, post.postKey];
        const added = await tx.run(
          `INSERT INTO channel_posts (platform, channel_id, post_key, kind, message_ids, answer, posted_at)
           VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, channel_id, post_key) DO NOTHING`,
          [...key, post.kind, JSON.stringify(post.messageIds), JSON.stringify(post.answer), post.postedAt],
        );
        if (added === 0) return;
        for (const fact of new Set(post.factIds)) {
          await tx.run(
            `INSERT INTO channel_post_facts (platform, channel_id, post_key, fact_id) VALUES (?, ?, ?, ?)
             ON CONFLICT DO NOTHING`,
            [...key, fact],
          );
        }
      }),
    async showing(factId, before) {
      const rows = await sql.all<Row>(
        `SELECT p.* FROM channel_posts p JOIN channel_post_facts f
           ON f.platform = p.platform AND f.channel_id = p.channel_id AND f.post_key = p.post_key
         WHERE f.fact_id = ? AND p.posted_at < ? ORDER BY p.posted_at, p.platform, p.channel_id`,
        [factId, before.toISOString()],
      );
      return Promise.all(
        rows.map(async (r) => ({
          platform: r.platform,
          channelId: r.channel_id,
          postKey: r.post_key,
          kind: r.kind,
          messageIds: JSON.parse(r.message_ids) as string[],
          // Parsed, not cast: a row written by an older summit must not reach a renderer unchecked.
          answer: answerSchema.parse(JSON.parse(r.answer)),
          factIds: await factsOf(r),
          postedAt: r.posted_at,
        })),
      );
    },
  };
}
