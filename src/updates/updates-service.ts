// `/summit updates subscribe|unsubscribe|status` in a channel: a short post whenever new articles change the story.
// Subscribing and unsubscribing need a user who may manage the channel; status is for everyone.
import { command, finishAnswer, say, type DraftPart } from '../core/answer-draft.ts';
import type { Answer } from '../core/answer-model.ts';
import type { ChannelContext, ChannelRoute } from '../dispatch/channel-route.ts';
import type { UpdateStore } from '../store/updates.ts';

export interface UpdatesService {
  handleUpdatesCommand(ctx: ChannelContext, action?: string): Promise<Answer>;
}

const reply = (status: Answer['status'], title: string, ...summary: (string | DraftPart)[]): Answer =>
  finishAnswer({ status, title, summary: say(...summary), sections: [] });

const WHAT =
  'a short post when new articles bring new people, new events, an expected event reported held, or a new conflict';

export function createUpdatesService(options: { updates: UpdateStore; now: () => Date }): UpdatesService {
  const { updates } = options;
  return {
    async handleUpdatesCommand(ctx, action = 'status') {
      const chosen = action.toLowerCase();
      if (chosen === 'status') {
        const sub = await updates.get(ctx.platform, ctx.channelId);
        return sub
          ? reply(
              'answered',
              'Subscribed to story updates',
              `Since ${sub.createdAt.slice(0, 10)}, this channel gets ${WHAT}.`,
            )
          : reply(
              'answered',
              'Not subscribed to story updates',
              'Subscribe with ',
              command('updates subscribe'),
              ` to get ${WHAT}.`,
            );
      }
      if (chosen !== 'subscribe' && chosen !== 'unsubscribe') {
        return reply(
          'bad-input',
          `There is no “updates ${chosen.slice(0, 30)}”`,
          'Try ',
          command('updates subscribe'),
          ', ',
          command('updates unsubscribe'),
          ' or ',
          command('updates status'),
          '.',
        );
      }
      if (!ctx.canManage) {
        return reply(
          'bad-input',
          'You cannot change this channel’s updates',
          'Only people who may manage this channel can subscribe or unsubscribe it.',
        );
      }
      if (chosen === 'unsubscribe') {
        return (await updates.unsubscribe(ctx.platform, ctx.channelId))
          ? reply('answered', 'Unsubscribed from story updates', 'This channel will get no more update posts.')
          : reply('not-found', 'This channel is not subscribed', 'There was nothing to stop.');
      }
      const made = await updates.subscribe(
        { platform: ctx.platform, channelId: ctx.channelId, createdBy: ctx.userId },
        options.now(),
      );
      return made === 'created'
        ? reply(
            'answered',
            'Subscribed to story updates',
            `From now on this channel gets ${WHAT}. Nothing new, nothing posted.`,
          )
        : reply('answered', 'Already subscribed', `This channel already gets ${WHAT}.`);
    },
  };
}

export function updatesRoute(getService: () => UpdatesService | undefined): ChannelRoute {
  return {
    name: 'updates',
    matches: (c) => c.subcommand === 'updates',
    handler: () => {
      const service = getService();
      return service && ((c, ctx) => service.handleUpdatesCommand(ctx, c.options.action));
    },
    unavailable: 'Story updates are',
  };
}
