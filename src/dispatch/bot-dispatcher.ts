// The dispatcher `summit start` serves Slack and Discord with: the core, plus one route per channel service.
import type { BriefService } from '../briefs/index.ts';
import type { StoryPack } from '../core/story-pack.ts';
import { newRequestId, type Logger } from '../log.ts';
import { briefRoute } from './brief-route.ts';
import type { ChannelRoute } from './channel-route.ts';
import { createDispatcher, type Dispatcher } from './dispatcher.ts';

export interface BotServices {
  readonly getPack: () => StoryPack;
  /** Undefined until briefs have started (they need the platforms' publishers) or when the database is down. */
  readonly getBriefs?: () => BriefService | undefined;
  /** BRIEF_TIMEZONE: whose "today" a brief preview shows. */
  readonly timezone: string;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** The other channel services (feeds, story updates), after briefs. */
  readonly routes?: readonly ChannelRoute[];
}

export function createBotDispatcher(services: BotServices): Dispatcher {
  const getBriefs = services.getBriefs ?? (() => undefined);
  return createDispatcher({
    getPack: services.getPack,
    routes: [briefRoute(getBriefs), ...(services.routes ?? [])],
    now: services.now ?? (() => new Date()),
    timezone: services.timezone,
    logger: services.logger,
    newRequestId,
  });
}
