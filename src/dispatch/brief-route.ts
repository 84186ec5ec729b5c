// `brief subscribe|unsubscribe|status` act on the channel: they go to the brief service. `brief` and `brief preview`
// stay with the core.
import type { BriefService } from '../briefs/index.ts';
import { isChannelBriefAction } from '../core/brief/answer-brief.ts';
import type { ChannelRoute } from './channel-route.ts';

export function briefRoute(getBriefs: () => BriefService | undefined): ChannelRoute {
  return {
    name: 'briefs',
    matches: (command) => command.subcommand === 'brief' && isChannelBriefAction(command.options.action),
    handler: () => {
      const service = getBriefs();
      if (!service) return undefined;
      return (command, context) =>
        service.handleBriefCommand(context, command.options.action, command.options.time, command.options.timezone);
    },
    unavailable: 'Daily brief subscriptions are',
  };
}
