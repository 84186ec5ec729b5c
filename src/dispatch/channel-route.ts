// A command that acts on a channel (subscribe it to briefs, add a feed) goes to a service, not the core. Each
// service registers one route; the dispatcher asks them in order. The one place where that rule lives.
import type { Answer } from '../core/answer-model.ts';
import type { SummitCommand } from '../core/parse-command.ts';
import type { PlatformContext } from './platform-context.ts';

/** A channel's service as the dispatcher sees it: the context carries a channel (checked before the call). */
export type ChannelHandler = (command: SummitCommand, context: ChannelContext) => Promise<Answer>;

export interface ChannelContext extends PlatformContext {
  readonly platform: 'slack' | 'discord';
  readonly channelId: string;
  readonly userId: string;
}

export interface ChannelRoute {
  /** Short name for logs and metrics ("briefs"). */
  readonly name: string;
  /** Does this command act on the channel through this service? */
  readonly matches: (command: SummitCommand) => boolean;
  /** The running service's handler, or undefined while it is unavailable (no database). */
  readonly handler: () => ChannelHandler | undefined;
  /** What the user is told when the service is unavailable: plain words, no markup. */
  readonly unavailable: string;
}
