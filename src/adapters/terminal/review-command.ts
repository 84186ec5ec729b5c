// `summit review` beside the bot's database: `summit review log` prints the latest decisions from the audit log, and a
// decision made here (runReview, through the pack store) is recorded there too, as by the editor "terminal:<login>",
// so `/summit review log` lists it and the running bot sends its corrections when it sees the pack change. The
// database is opened before the decision is written, so the record follows the write by milliseconds.
import { userInfo } from 'node:os';
import type { Config } from '../../config.ts';
import { loadPack } from '../../core/load-pack.ts';
import { answerReviewLog } from '../../review/answer-review.ts';
import { parseReviewArgs } from '../../review/review-args.ts';
import { findFact } from '../../review/review-facts.ts';
import type { StartIo } from '../../start.ts';
import { openStore, type Store } from '../../store/open-store.ts';
import { answerToText } from './answer-to-text.ts';
import { runReview } from './review.ts';

const LOG_LENGTH = 20;

export async function runReviewCommand(
  config: Config,
  args: readonly string[],
  io: Pick<StartIo, 'output' | 'error'>,
): Promise<number> {
  const request = parseReviewArgs(args);
  if (request.kind !== 'log' && request.kind !== 'decide') return runReview(config.storyDir, args, io);
  const store = await openDatabase(config, io);
  try {
    if (request.kind === 'log') {
      if (!store) return 2;
      io.output.write(`${answerToText(answerReviewLog(await store.audit.latest(LOG_LENGTH)))}\n`);
      return 0;
    }
    const before = loadPack(config.storyDir);
    const code = runReview(config.storyDir, args, io);
    if (code !== 0 || !store || !before.ok) return code;
    const after = loadPack(config.storyDir);
    const decidedAt = new Date().toISOString();
    for (const decision of request.decisions) {
      await store.audit.record({
        decisionId: `terminal-${decidedAt}-${decision.id}`.slice(0, 200),
        factId: decision.id,
        action: decision.action,
        editor: `terminal:${userInfo().username}`,
        platform: 'terminal',
        channelId: null,
        before: findFact(before.pack, decision.id)?.says ?? '',
        after: decision.action === 'hide' || !after.ok ? null : (findFact(after.pack, decision.id)?.says ?? null),
        decidedAt,
      });
    }
    return 0;
  } finally {
    await store?.close();
  }
}

async function openDatabase(config: Config, io: Pick<StartIo, 'error'>): Promise<Store | undefined> {
  const opened = await openStore(config.briefs.databaseUrl ?? config.briefs.databasePath);
  if (opened.ok) return opened.store;
  io.error.write(`The audit log is not available: ${opened.problem}\n`);
  return undefined;
}
