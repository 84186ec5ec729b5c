// The terminal's dispatcher: the same routing, cache and failure answers as the chat platforms, with no channel
// services (a terminal has no channel to subscribe) and the machine's clock.
import type { StoryPack } from '../core/story-pack.ts';
import { createLogger, newRequestId } from '../log.ts';
import { createDispatcher, type Dispatcher } from './dispatcher.ts';

export function createTerminalDispatcher(
  pack: StoryPack,
  timezone: string,
  now: () => Date = () => new Date(),
): Dispatcher {
  return createDispatcher({
    getPack: () => pack,
    routes: [],
    now,
    timezone,
    logger: createLogger({ level: 'error', secrets: [] }),
    newRequestId,
  });
}
