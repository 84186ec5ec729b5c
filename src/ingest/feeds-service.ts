// `/summit feeds add|remove|list` in a channel: the feeds the poller reads, kept in the database. Adding and removing
// need a user who may manage the channel (the adapter decides: Manage Channels on Discord, SLACK_BRIEF_ADMINS on
// Slack); the list is for everyone. Nothing is fetched here: the next poll records the feed (answers stay within 3 s).
// `feeds add <url> all` makes a feed take every item; by default only items about the story are added
// (story-topic.ts), so a general news feed does not fill the pack with other news. Adding a known feed again sets it.
import { command, finishAnswer, noteLine, say, type DraftPart } from '../core/answer-draft.ts';
import type { Answer } from '../core/answer-model.ts';
import type { ChannelContext, ChannelRoute } from '../dispatch/channel-route.ts';
import type { Feed, FeedStore } from '../store/feeds.ts';
import type { LookupFunction } from 'node:net';
import { guardedLookup, PrivateAddressError, type PrivateAccess } from './address-guard.ts';
import { checkFetchUrl } from './check-url.ts';

export interface FeedsService {
  /** scope (add only): 'all' = every item; 'story' (default) = only items about the story. */
  handleFeedsCommand(ctx: ChannelContext, action?: string, url?: string, scope?: string): Promise<Answer>;
}

const reply = (status: Answer['status'], title: string, ...summary: (string | DraftPart)[]): Answer =>
  finishAnswer({ status, title, summary: say(...summary), sections: [] });

export function createFeedsService(options: {
  feeds: FeedStore;
  allowPrivate: PrivateAccess;
  pollMinutes: number;
  now: () => Date;
  /** How a feed's host name is resolved at `feeds add` (default: the fetcher's own guard); tests pass their own. */
  lookup?: LookupFunction;
}): FeedsService {
  const lookup = options.lookup ?? guardedLookup(options.allowPrivate);
  const { feeds } = options;
  const list = async (): Promise<Answer> => {
    const all = await feeds.list();
    if (all.length === 0) {
      return reply(
        'answered',
        'No feeds yet',
        'Add one with ',
        command('feeds add <url>'),
        ' (RSS, Atom or JSON Feed).',
      );
    }
    return finishAnswer({
      status: 'answered',
      title: `${all.length} ${all.length === 1 ? 'feed' : 'feeds'}, polled every ${options.pollMinutes} minutes`,
      summary: say('New items become articles in the story pack.'),
      sections: [{ heading: 'Feeds', lines: all.map((f) => noteLine(describeFeed(f))) }],
    });
  };
  return {
    async handleFeedsCommand(ctx, action = 'list', url, scope) {
      const chosen = action.toLowerCase();
      if (chosen === 'list') return list();
      if (chosen !== 'add' && chosen !== 'remove') {
        return reply(
          'bad-input',
          `There is no “feeds ${chosen.slice(0, 30)}”`,
          'Try ',
          command('feeds list'),
          ', ',
          command('feeds add <url>'),
          ' or ',
          command('feeds remove <url>'),
          '.',
        );
      }
      if (!ctx.canManage) {
        return reply(
          'bad-input',
          'You cannot change the feeds',
          'Only people who may manage this channel can add or remove feeds.',
        );
      }
      if (!url) return reply('bad-input', 'Which feed?', 'Give its address: ', command(`feeds ${chosen} <url>`), '.');
      const checked = checkFetchUrl(url.trim(), options.allowPrivate);
      if (!checked.ok)
        return reply(
          'bad-input',
          'That feed address cannot be used',
          `It ${checked.message.replace(/^"[^"]*" /, '')}.`,
        );
      const href = checked.url.href;
      // A name for a private or loopback address (http://localhost/...) is refused now, by the guard every poll uses,
      // instead of being stored and failing at every poll.
      const privateHost = chosen === 'add' ? await refusedHost(lookup, checked.url.hostname) : undefined;
      if (privateHost) return reply('bad-input', 'That feed address cannot be used', `It ${privateHost}.`);
      if (chosen === 'remove') {
        const removed = await feeds.removeChannelFeed(href);
        if (removed === 'removed') return reply('answered', 'Feed removed', `${href} is no longer polled.`);
        if (removed === 'env')
          return reply('bad-input', 'That feed is set in FEED_URLS', 'Remove it from the bot’s configuration instead.');
        return reply('not-found', 'No such feed', 'See the feeds with ', command('feeds list'), '.');
      }
      const allItems = scope?.toLowerCase() === 'all';
      const added = await feeds.addChannelFeed(
        { url: href, platform: ctx.platform, channelId: ctx.channelId, addedBy: ctx.userId },
        options.now(),
      );
      const before = added === 'exists' ? (await feeds.get(href))?.allItems : undefined;
      if (added === 'added' || (scope !== undefined && before !== allItems)) await feeds.setAllItems(href, allItems);
      const takes = allItems
        ? 'every new item becomes an article'
        : 'new items about the story become articles (others are recorded as off-topic)';
      if (added === 'exists') {
        return before === allItems || scope === undefined
          ? reply('answered', 'Already a feed', `${href} is already polled.`)
          : reply('answered', 'Feed changed', `From ${href}, ${takes}.`);
      }
      return reply(
        'answered',
        'Feed added',
        `${href} is polled every ${options.pollMinutes} minutes. Its current items are recorded as seen; from now on, ${takes}. If it starts failing, this channel is told once.`,
      );
    },
  };
}

/** Within LOOKUP_LIMIT_MS: the reason the guard refuses the host, or undefined (a slow or failing DNS waits for the poll). */
const LOOKUP_LIMIT_MS = 1000;
function refusedHost(lookup: LookupFunction, hostname: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), LOOKUP_LIMIT_MS);
    lookup(hostname.replace(/^\[|\]$/g, ''), { all: true }, (error) => {
      clearTimeout(timer);
      resolve(error instanceof PrivateAddressError ? `names ${hostname}, a private or local address` : undefined);
    });
  });
}

function describeFeed(feed: Feed): string {
  const origin = feed.origin === 'env' ? 'from FEED_URLS' : 'added in a channel';
  const state =
    feed.failures > 0
      ? `failing (${feed.failures} in a row: ${feed.lastError ?? 'unknown error'}; next try after ${feed.nextPollAt ?? 'the next poll'})`
      : feed.firstPolledAt
        ? 'working'
        : 'not polled yet';
  return `${feed.url} — ${origin} — ${state}${feed.allItems ? ' — every item' : ''}`;
}

export function feedsRoute(getService: () => FeedsService | undefined): ChannelRoute {
  return {
    name: 'feeds',
    matches: (c) => c.subcommand === 'feeds',
    handler: () => {
      const service = getService();
      return service && ((c, ctx) => service.handleFeedsCommand(ctx, c.options.action, c.options.url, c.options.scope));
    },
    unavailable: 'Feeds are',
  };
}
