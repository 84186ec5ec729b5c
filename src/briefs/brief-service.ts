// `/summit brief preview|subscribe|unsubscribe|status` in a channel, for any platform: validates, writes the
// subscription to the database and answers with a neutral Answer. Permission is decided by the adapter (canManage).
import type { Answer } from '../core/answer-model.ts';
import { command, finishAnswer, say, type DraftPart } from '../core/answer-draft.ts';
import { isBriefAction } from '../core/brief/answer-brief.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { BriefPlatform, Store } from '../store/index.ts';
import {
  canonicalTimeZone,
  DEFAULT_BRIEF_TIME,
  formatInstant,
  isTimeZone,
  localDateIn,
  nextBriefAt,
  parseBriefTime,
} from './brief-time.ts';
import { systemClock, type Clock } from './clock.ts';
import { briefFor } from './deliver-post.ts';
import type { WorkspacePauses } from './workspace-pauses.ts';

export interface BriefCommandContext {
  readonly platform: BriefPlatform;
  readonly channelId: string;
  readonly userId: string;
  /** Slack: the subscribing workspace (team id), stored so the brief posts with its token in OAuth mode. */
  readonly workspaceId?: string;
  /** Slack: in SLACK_BRIEF_ADMINS (or none set); Discord: Manage Channels, checked on the server side. */
  readonly canManage: boolean;
}

export interface BriefServiceOptions {
  readonly store: Store;
  readonly getPack: () => StoryPack;
  /** BRIEF_TIMEZONE. */
  readonly defaultTimezone: string;
  readonly clock?: Clock;
  /** Called after a subscription changed, so the scheduler re-reads it at once. */
  readonly onChange?: () => void;
  /** Workspaces whose token was refused: `status` says so for their channels. */
  readonly pauses?: WorkspacePauses;
}

export interface BriefService {
  handleBriefCommand(ctx: BriefCommandContext, action?: string, time?: string, timezone?: string): Promise<Answer>;
}

const reply = (status: Answer['status'], title: string, ...summary: (string | DraftPart)[]): Answer =>
  finishAnswer({ status, title, summary: say(...summary), sections: [] });

export function createBriefService(options: BriefServiceOptions): BriefService {
  const { store } = options;
  const clock = options.clock ?? systemClock;

  async function subscribe(ctx: BriefCommandContext, timeText?: string, zoneText?: string): Promise<Answer> {
    // "subscribe Europe/Berlin" without a time: the one value is the zone.
    if (timeText && !zoneText && !/^\d/.test(timeText)) [timeText, zoneText] = [undefined, timeText];
    const time = parseBriefTime(timeText ?? DEFAULT_BRIEF_TIME);
    if (!time) {
      return reply(
        'bad-input',
        `“${timeText?.slice(0, 20)}” is not a time`,
        'Give a 24-hour time HH:MM, e.g. 08:00 or 17:30.',
      );
    }
    const zoneInput = zoneText ?? options.defaultTimezone;
    if (!isTimeZone(zoneInput)) {
      return reply(
        'bad-input',
        `“${zoneInput.slice(0, 40)}” is not a time zone I know`,
        'Use an IANA time zone name such as Europe/Berlin, America/New_York or UTC.',
      );
    }
    const timezone = canonicalTimeZone(zoneInput);
    const now = clock.now();
    const change = await store.subscriptions.upsert(
      {
        platform: ctx.platform,
        channelId: ctx.channelId,
        time,
        timezone,
        createdBy: ctx.userId,
        teamId: ctx.workspaceId,
      },
      now,
    );
    options.onChange?.();
    const next = formatInstant(nextBriefAt(time, timezone, now), timezone);
    const titles = {
      created: 'Subscribed to the daily brief',
      updated: 'Daily brief time updated',
      unchanged: 'Already subscribed',
    };
    return reply(
      'answered',
      titles[change],
      `This channel gets the brief every day at ${time} ${timezone}. Next: ${next}.`,
    );
  }

  async function unsubscribe(ctx: BriefCommandContext): Promise<Answer> {
    if (!(await store.subscriptions.remove(ctx.platform, ctx.channelId))) {
      return reply(
        'not-found',
        'This channel is not subscribed',
        'There was nothing to stop. Subscribe with ',
        command('brief subscribe [HH:MM] [time zone]'),
        '.',
      );
    }
    options.onChange?.();
    return reply('answered', 'Unsubscribed', 'This channel will get no more daily briefs. Subscribe again any time.');
  }

  async function status(ctx: BriefCommandContext): Promise<Answer> {
    const sub = await store.subscriptions.get(ctx.platform, ctx.channelId);
    if (!sub) {
      return reply(
        'answered',
        'Not subscribed',
        'This channel gets no daily brief. Subscribe with ',
        command('brief subscribe [HH:MM] [time zone]'),
        '.',
      );
    }
    const now = clock.now();
    const today = localDateIn(now, sub.timezone);
    const last = await store.briefLog.previousPosted(sub.platform, sub.channelId, '9999-12-31');
    const lastText = last
      ? ` Last brief: ${last.localDate}${last.delayed ? ' (delayed)' : ''}.`
      : ' No brief posted yet.';
    if (sub.status === 'failing') {
      return reply(
        'answered',
        'Subscribed, but failing',
        `Briefs stopped because the bot cannot post here (${sub.lastError ?? 'unknown error'}). Fix access, then subscribe again.${lastText}`,
      );
    }
    const pause = options.pauses?.get(options.pauses.workspaceOf(sub));
    if (pause) {
      return reply(
        'answered',
        'Subscribed, but paused',
        `Posts stopped for the whole workspace because ${ctx.platform === 'slack' ? 'Slack' : 'Discord'} refused the bot’s token (${pause.code}) at ${formatInstant(new Date(pause.since), sub.timezone)}. Nothing to fix in this channel: once the token works again (replaced, or the app reinstalled) briefs resume, and a brief missed in the last hours is posted late.${lastText}`,
      );
    }
    const next = formatInstant(nextBriefAt(sub.time, sub.timezone, now), sub.timezone);
    return reply(
      'answered',
      'Subscribed',
      `Every day at ${sub.time} ${sub.timezone} (today there: ${today}). Next: ${next}.${lastText}`,
    );
  }

  return {
    async handleBriefCommand(ctx, action = 'preview', time, timezone) {
      const chosen = action.toLowerCase();
      if (!isBriefAction(chosen)) {
        return reply(
          'bad-input',
          `There is no “brief ${chosen.slice(0, 30)}”`,
          'Try `brief`, `brief subscribe [HH:MM] [time zone]`, `brief unsubscribe` or `brief status`.',
        );
      }
      if ((chosen === 'subscribe' || chosen === 'unsubscribe') && !ctx.canManage) {
        const who =
          ctx.platform === 'discord'
            ? 'members with the Manage Channels permission'
            : 'the brief admins (SLACK_BRIEF_ADMINS)';
        return reply(
          'bad-input',
          'You cannot change this channel’s brief',
          `Only ${who} can subscribe or unsubscribe a channel.`,
        );
      }
      if (chosen === 'subscribe') return subscribe(ctx, time, timezone);
      if (chosen === 'unsubscribe') return unsubscribe(ctx);
      if (chosen === 'status') return status(ctx);
      const sub = await store.subscriptions.get(ctx.platform, ctx.channelId);
      const now = clock.now();
      const localDate = localDateIn(now, sub?.timezone ?? options.defaultTimezone);
      return briefFor(store, options.getPack(), { platform: ctx.platform, channelId: ctx.channelId, localDate }, now);
    },
  };
}

/** Slack's rule: with SLACK_BRIEF_ADMINS set, only those users manage subscriptions; otherwise anyone in the channel. */
export function canManageSlackBriefs(admins: readonly string[], userId: string): boolean {
  return admins.length === 0 || admins.includes(userId);
}
