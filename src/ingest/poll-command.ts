// `summit poll`: one poll of every configured feed, then exit — for cron and tests. Prints one line per feed and what
// it added. Exit codes: 0 polled, 1 some feed failed or none is configured, 2 pack or database error.
import type { Config } from '../config.ts';
import { openPackStore, problemLines } from '../pack/pack-store.ts';
import { createFeedStore } from '../store/feeds.ts';
import { openStore } from '../store/open-store.ts';
import { extractBudgetOf } from './extract-in-worker.ts';
import { DEFAULT_FETCH_LIMITS } from './fetch-limits.ts';
import { pollFeeds, type FeedReport } from './poll-feeds.ts';

export async function runPollCommand(
  config: Config,
  io: { output: NodeJS.WritableStream; error: NodeJS.WritableStream },
  now: () => Date = () => new Date(),
): Promise<number> {
  const pack = openPackStore(config.storyDir);
  if (!pack.ok) {
    io.error.write(`The story pack in ${config.storyDir} has problems:\n${problemLines(pack.problems)}\n`);
    return 2;
  }
  const opened = await openStore(config.briefs.databaseUrl ?? config.briefs.databasePath, { now });
  if (!opened.ok) {
    io.error.write(`${opened.problem}\n`);
    return 2;
  }
  try {
    const reports = await pollFeeds({
      feeds: createFeedStore(opened.store.sql),
      envFeedUrls: config.ingest.feedUrls,
      pack: pack.store,
      limits: { ...DEFAULT_FETCH_LIMITS, allowPrivate: config.ingest.allowPrivate },
      extractBudget: extractBudgetOf(config.ingest),
      maxAgeDays: config.ingest.maxAgeDays,
      now,
      // A manual poll polls at once, but not a feed a running replica is polling (docs/ingest.md).
      claim: { leaseMs: config.briefs.claimLeaseMs, restMs: 0 },
    });
    if (reports.length === 0) {
      io.error.write('No feeds to poll: set FEED_URLS, or add one in a channel with /summit feeds add URL.\n');
      return 1;
    }
    for (const report of reports) io.output.write(`${describeReport(report)}\n`);
    const added = reports.reduce((n, r) => n + r.added.length, 0);
    io.output.write(
      `Added ${added} article${added === 1 ? '' : 's'} from ${reports.length} feed${reports.length === 1 ? '' : 's'}.\n`,
    );
    return reports.some((r) => r.outcome === 'failed') ? 1 : 0;
  } finally {
    await opened.store.close();
  }
}

function describeReport(report: FeedReport): string {
  const head = `${report.url}:`;
  switch (report.outcome) {
    case 'first-poll':
      return `${head} first poll, ${report.recorded} item(s) recorded and none added (a new feed's existing items are not imported)`;
    case 'not-modified':
      return `${head} not modified since the last poll`;
    case 'elsewhere':
      return `${head} skipped: another summit process polls it, or polled it moments ago`;
    case 'resting':
    case 'failed':
      return `${head} ${report.outcome === 'failed' ? 'failed' : 'skipped'}: ${report.message ?? ''}`;
    case 'fetched': {
      const added = report.added.map((a) => `\n  added ${a.id}: ${a.headline ?? '(no headline)'} (${a.outlet})`);
      const skipped = report.skipped.map(
        (s) => `\n  skipped (${s.outcome}${s.articleId ? ` as ${s.articleId}` : ''})${s.detail ? `: ${s.detail}` : ''}`,
      );
      return report.recorded === 0 ? `${head} nothing new` : `${head}${added.join('')}${skipped.join('')}`;
    }
  }
}
